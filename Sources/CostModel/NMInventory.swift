import NMModel

/// The N:M hardware `NMConfig` does not describe, all **[ours]**, sized like PermDNN's
/// (`PermDNNInventory`) so the designs differ only where their structures do. The weight SRAM
/// (`pe.weight-sram-kib`), the queues and the accumulators are the config's.
public struct NMInventory: Sendable, Equatable, Codable {
    /// Input activation buffer, KiB: 32K 16-bit activations, read a group of 4 (64 bits) at a time.
    public var activationBufferKiB = 64
    /// Output buffer, KiB, one slice per PE: 32K 16-bit outputs.
    public var outputBufferKiB = 64
    /// Bits of the group index broadcast with each group: 14 (16,384 groups, 65,536 inputs).
    public var groupIndexBits = 14

    public init() {}

    /// The assumptions above.
    public static let `default` = NMInventory()

    func validate() throws {
        let values: [(String, Int, ClosedRange<Int>)] = [
            ("activation-buffer-kib", activationBufferKiB, 1...(1 << 20)), ("output-buffer-kib", outputBufferKiB, 1...(1 << 20)),
            ("group-index-bits", groupIndexBits, 1...64),
        ]
        for (field, value, range) in values where !range.contains(value) {
            throw TechnologyError.invalidInput(field: "nm-inventory.\(field)", rule: "must be in \(range.lowerBound)...\(range.upperBound) (got \(value))")
        }
    }
}
