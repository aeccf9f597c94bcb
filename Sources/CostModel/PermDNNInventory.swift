/// The PermDNN hardware `ArchitectureConfig` does not describe, all **[ours]** (the paper gives
/// only the design point, `docs/cost-model.md` gives each reason). The weight SRAM's capacity is
/// `ArchitectureConfig.weightSRAMKiB`; its word is `N_MUL` 16-bit weights, one bank.
public struct PermDNNInventory: Sendable, Equatable, Codable {
    /// Input activation buffer, KiB: 32K 16-bit activations, more than the EIE suite's widest
    /// input (VGG-16 FC6, 25,088).
    public var activationBufferKiB = 64
    /// Output buffer, KiB, split into one slice per PE: 32K 16-bit outputs.
    public var outputBufferKiB = 64
    /// Accumulator rows per PE (in `N_MUL` banks): 128, so 32 PEs hold 4,096 outputs at once,
    /// EIE's output batch (64 PEs x 64 destination registers).
    public var accumulatorRowsPerPE = 128
    /// Permutation SRAM per PE, KiB (stored `k` values; a formula source leaves it unused).
    public var permutationKiB = 4
    /// Bits of a stored `k`: 5 (block sizes up to 32; the EIE suite's largest `p` is 25).
    public var permutationBits = 5
    /// Bits of the column index `j` broadcast with each non-zero: 16 (inputs up to 65,536).
    public var columnIndexBits = 16
    /// Bits of the slot counter of a column (up to 16 issue slots per column).
    public var slotBits = 4

    public init() {}

    /// The assumptions documented in `docs/cost-model.md`.
    public static let `default` = PermDNNInventory()

    func validate() throws {
        let values: [(String, Int, ClosedRange<Int>)] = [
            ("activation-buffer-kib", activationBufferKiB, 1...(1 << 20)), ("output-buffer-kib", outputBufferKiB, 1...(1 << 20)),
            ("accumulator-rows-per-pe", accumulatorRowsPerPE, 1...(1 << 20)), ("permutation-kib", permutationKiB, 1...(1 << 20)),
            ("permutation-bits", permutationBits, 1...32), ("column-index-bits", columnIndexBits, 1...64), ("slot-bits", slotBits, 1...32),
        ]
        for (field, value, range) in values where !range.contains(value) {
            throw TechnologyError.invalidInput(field: "permdnn-inventory.\(field)", rule: "must be in \(range.lowerBound)...\(range.upperBound) (got \(value))")
        }
    }
}
