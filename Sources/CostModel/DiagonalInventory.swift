/// The diagonal-engine hardware `DiagonalConfig` does not describe, all **[ours]**, sized like
/// PermDNN's (`PermDNNInventory`) so the two designs are priced on the same memories
/// (`docs/diagonal-model.md`, "Pricing").
public struct DiagonalInventory: Sendable, Equatable, Codable {
    /// Input activation buffer, KiB: PermDNN's 64 (32K 16-bit activations).
    public var activationBufferKiB = 64
    /// Output buffer, KiB: PermDNN's 64, one slice per PE.
    public var outputBufferKiB = 64
    /// Accumulator rows per PE: 512 (16,384 outputs on 32 PEs; the catalogue's largest layer,
    /// llm7b-gate/up, has 11,008). Unlike PermDNN's 128 the engine holds every output of a layer.
    public var accumulatorRowsPerPE = 512
    /// Bits of a stored offset (offsets up to 65,535; VGG-16 FC6 needs 15).
    public var offsetBits = 16
    /// Bits of the column index `j` broadcast with each non-zero: 16 (inputs up to 65,536).
    public var columnIndexBits = 16

    public init() {}

    /// The assumptions above.
    public static let `default` = DiagonalInventory()

    func validate() throws {
        let values: [(String, Int, ClosedRange<Int>)] = [
            ("activation-buffer-kib", activationBufferKiB, 1...(1 << 20)), ("output-buffer-kib", outputBufferKiB, 1...(1 << 20)),
            ("accumulator-rows-per-pe", accumulatorRowsPerPE, 1...(1 << 20)), ("offset-bits", offsetBits, 1...32),
            ("column-index-bits", columnIndexBits, 1...64),
        ]
        for (field, value, range) in values where !range.contains(value) {
            throw TechnologyError.invalidInput(field: "diagonal-inventory.\(field)", rule: "must be in \(range.lowerBound)...\(range.upperBound) (got \(value))")
        }
    }
}
