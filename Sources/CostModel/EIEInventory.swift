/// The EIE hardware the simulator does not describe: SRAM sizes and data widths of one PE.
///
/// Defaults are the published design [paper: EIE, Han et al., ISCA 2016]: 128 KB sparse-matrix
/// SRAM, 32 KB pointer SRAM in two banks (even/odd), 2 KB activation SRAM, 16-bit arithmetic.
/// Everything else comes from `EIEConfig` (queue depth, line width, pointer width, register files).
public struct EIEInventory: Sendable, Equatable, Codable {
    public var sparseMatrixKiB = 128
    public var pointerKiB = 32
    public var pointerBanks = 2
    public var activationSRAMKiB = 2
    /// Width of activations and of the destination register file, bits. [paper]: 16-bit fixed
    /// point; our simulator accumulates in `format.accumulatorBits` (32) for bit-exactness with
    /// PermDNN, but the hardware priced is the published one.
    public var dataBits = 16
    /// Width of row addresses (address accumulator, pipeline row fields), bits [ours]: the pointer width.
    public var rowBits = 16

    public init() {}

    /// The published design.
    public static let published = EIEInventory()

    func validate() throws {
        func check(_ value: Int, _ field: String, _ range: ClosedRange<Int>) throws {
            if !range.contains(value) {
                throw TechnologyError.invalidInput(field: "eie-inventory.\(field)", rule: "must be in \(range.lowerBound)...\(range.upperBound) (got \(value))")
            }
        }
        try check(sparseMatrixKiB, "sparse-matrix-kib", 1...(1 << 20))
        try check(pointerKiB, "pointer-kib", 1...(1 << 20))
        try check(pointerBanks, "pointer-banks", 1...pointerKiB * 1024)
        try check(activationSRAMKiB, "activation-sram-kib", 1...(1 << 20))
        try check(dataBits, "data-bits", 1...64)
        try check(rowBits, "row-bits", 1...64)
    }
}
