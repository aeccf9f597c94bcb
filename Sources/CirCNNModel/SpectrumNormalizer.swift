/// The block floating-point normaliser between phase 2 and phase 3. [ours]
///
/// The phase-2 accumulators are `A` bits wide but the butterfly units take 16-bit operands, so
/// each block-row's spectrum is brought into 16 bits with one exponent per block-row: a running
/// maximum of the row's accumulator part magnitudes `M` (updated as each task finishes in
/// phase 2, so it costs no cycle), a leading-one detector giving `s = bitLength(M) - 14`, and a
/// shifter on the IFFT's stage-0 operand path that rounds each part to `round(acc / 2^s)`
/// (`acc * 2^-s` when `s <= 0`). Parts then have magnitude at most `2^14`, so the scaled IFFT
/// cannot overflow, and every row uses the full 16-bit range whatever its size. The exponent
/// returns in the output stage (`e = log2 k + s - G - a`).
public struct SpectrumNormalizer: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Accumulator words compared into a row's running maximum (one per phase-2 task).
        public var maximumUpdates = 0
        /// Block-row exponents produced by the leading-one detector.
        public var exponents = 0
        /// Operands shifted into 16 bits (one per stage-0 IFFT operand fetch).
        public var operands = 0
        public init() {}
    }

    public private(set) var stats = Stats()
    /// Largest part magnitude seen per block-row (registers).
    private(set) var rowLargest: [Int64]

    init(blockRows: Int) { rowLargest = [Int64](repeating: 0, count: blockRows) }

    /// A finished accumulator word of `blockRow` passes the running-maximum comparator.
    mutating func observe(blockRow: Int, real: Int64, imag: Int64) {
        rowLargest[blockRow] = max(rowLargest[blockRow], real.magnitude64, imag.magnitude64)
        stats.maximumUpdates += 1
    }

    /// The exponents `s_i` of every block-row.
    mutating func exponents() -> [Int] {
        stats.exponents += rowLargest.count
        return rowLargest.map { SpectralArithmetic.normalizationShift(maxMagnitude: $0) }
    }

    /// One operand through the shifter.
    @inline(__always)
    mutating func shift(real: Int64, imag: Int64, by s: Int) -> (Int32, Int32) {
        stats.operands += 1
        return (SpectralArithmetic.normalize(real, shift: s), SpectralArithmetic.normalize(imag, shift: s))
    }
}
