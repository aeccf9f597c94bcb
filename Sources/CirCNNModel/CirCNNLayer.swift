import ConfigSupport
import FixedPoint
import Workloads

/// One fully connected layer with block-circulant weights, ready for the CirCNN engine:
/// `y = act(W x)` at batch 1. **[paper: CirCNN]** for the structure, **[ours]** for the formats.
///
/// `W` (`m x n`) is padded with zero rows/columns to `Mb = ceil(m/k)` block-rows and
/// `Nb = ceil(n/k)` block-columns of `k x k` circulant blocks. Block `(i, j)` is defined by one
/// length-`k` vector `c` (its first column): local entry `(r, s)` is `c[(r - s) mod k]`, so the
/// block times `x_j` is the circular convolution `c * x_j` and
/// `y_i = IFFT( sum_j FFT(c_ij) .* FFT(x_j) )`.
///
/// Padding needs no zeroing: padded columns meet zero inputs and padded rows are never output,
/// so entries of `c` that also land in padding change nothing.
///
/// Stored spectra: `FFT(c_ij)` has `k/2 + 1` independent bins (the input is real). Bins 0 and
/// `k/2` are real, so the `k/2 + 1` bins fit in `k/2` words of two 16-bit parts: word 0 packs
/// (bin 0, bin `k/2`), word `f` holds bin `f` for `0 < f < k/2` (`k = 1`: one word, the weight
/// itself). That is exactly `k` 16-bit numbers per block, the compression ratio `k`. The
/// spectra are computed offline in double precision from the 16-bit weights and rounded to 16
/// bits with one per-layer exponent `G` (`spectrumFractionBits`): the largest `G` for which every
/// part fits, so the largest part uses the full 16-bit range.
public struct CirCNNLayer: Sendable, Equatable {
    /// Name shown in reports.
    public let name: String
    /// Output rows `m` (before padding).
    public let rows: Int
    /// Input columns `n` (before padding).
    public let columns: Int
    /// Circulant block size `k` (a power of two).
    public let blockSize: Int
    /// The 16-bit format of weights, activations and outputs (its fraction bits `F`).
    public let format: FixedPointFormat
    /// First columns of every block: `weights[(i*Nb + j)*k + t]` is `c_ij[t]` (16-bit, `F`
    /// fraction bits).
    public let weights: [Int16]
    /// Stored spectra, real and imaginary halves of each word: word `w` of block `(i, j)` at
    /// index `(i*Nb + j)*slotsPerBlock + w` (see the type's comment for the packing).
    public let spectrumReal: [Int16]
    public let spectrumImag: [Int16]
    /// `G`: stored spectrum words hold `round(FFT(c)[f] * 2^G)` (real value of `c` in units).
    public let spectrumFractionBits: Int
    /// The input vector `x` (`n` values, `F` fraction bits).
    public var activations: [Int16]
    /// Whether the output stage applies ReLU.
    public var relu: Bool
    /// When the weights came from a dense matrix: what the projection lost.
    public var projection: ProjectionReport?

    /// Builds a layer from circulant first columns and computes its stored spectra.
    ///
    /// Throws when a size is out of range, `k` is not a power of two (`circnn.block-size`), or the
    /// array lengths do not match the shape.
    public init(name: String, rows: Int, columns: Int, blockSize: Int, weights: [Int16], activations: [Int16],
                relu: Bool, format: FixedPointFormat, projection: ProjectionReport? = nil) throws {
        guard rows >= 1 else { throw WorkloadError.invalid(field: "out", rule: "must be at least 1 (got \(rows))") }
        guard columns >= 1 else { throw WorkloadError.invalid(field: "in", rule: "must be at least 1 (got \(columns))") }
        try CirCNNConfig.checkBlockSize(blockSize, field: "circnn.block-size")
        guard FixedPointFormat.fractionBitsRange.contains(format.fractionBits) else {
            throw CirCNNError.invalid(field: "circnn.fraction-bits", rule: "must be in 0...15 (got \(format.fractionBits))")
        }
        let count = try Self.weightCount(rows: rows, columns: columns, blockSize: blockSize)
        guard weights.count == count else {
            throw WorkloadError.invalid(field: "weights", rule: "needs \(count) values (Mb x Nb x k first-column entries), got \(weights.count)")
        }
        guard activations.count == columns else {
            throw WorkloadError.invalid(field: "activations", rule: "needs \(columns) values (the layer's inputs), got \(activations.count)")
        }
        self.name = name
        self.rows = rows
        self.columns = columns
        self.blockSize = blockSize
        self.format = format
        self.weights = weights
        self.activations = activations
        self.relu = relu
        self.projection = projection
        (spectrumReal, spectrumImag, spectrumFractionBits) = Self.spectra(weights: weights, blockSize: blockSize, format: format)
    }

    /// Block-rows `Mb = ceil(m/k)`.
    public var blockRows: Int { (rows + blockSize - 1) / blockSize }
    /// Block-columns `Nb = ceil(n/k)`.
    public var blockColumns: Int { (columns + blockSize - 1) / blockSize }
    /// Stored spectrum words per block: `k/2` (1 for `k = 1`).
    public var slotsPerBlock: Int { max(1, blockSize / 2) }
    /// Independent spectrum bins per block, `k/2 + 1` (1 for `k = 1`).
    public var binsPerBlock: Int { blockSize / 2 + 1 }
    /// `log2 k`: FFT stages.
    public var stages: Int { blockSize.trailingZeroBitCount }
    /// Zero rows added to reach a multiple of `k`.
    public var paddedRows: Int { blockRows * blockSize - rows }
    /// Zero columns added to reach a multiple of `k`.
    public var paddedColumns: Int { blockColumns * blockSize - columns }

    /// Dense weight `W[row][column]` (16-bit code); padding rows/columns included.
    public func weight(row: Int, column: Int) -> Int16 {
        let k = blockSize
        let block = (row / k) * blockColumns + column / k
        return weights[block * k + ((row % k - column % k) + k) % k]
    }

    /// Bin `f` (`0 ... k/2`) of block `(i, j)`'s stored spectrum, unpacked (16-bit codes with
    /// `G` fraction bits; bins 0 and `k/2` have a zero imaginary part).
    public func spectrumBin(blockRow i: Int, blockColumn j: Int, bin f: Int) -> (real: Int16, imag: Int16) {
        let base = (i * blockColumns + j) * slotsPerBlock
        if blockSize == 1 { return (spectrumReal[base], 0) }
        if f == 0 { return (spectrumReal[base], 0) }
        if f == blockSize / 2 { return (spectrumImag[base], 0) }
        return (spectrumReal[base + f], spectrumImag[base + f])
    }

    /// Host bytes a layer of this shape occupies: `Mb*Nb*k` 16-bit weights, `Mb*Nb*k/2` 32-bit
    /// spectrum words and `n` 16-bit activations; `Int.max` when the count overflows. Lets a
    /// caller refuse a layer against a memory limit before building it.
    public static func estimatedBytes(rows: Int, columns: Int, blockSize k: Int) -> Int {
        guard rows >= 1, columns >= 1, k >= 1 else { return 0 }
        guard let count = try? weightCount(rows: rows, columns: columns, blockSize: k) else { return Int.max }
        // 2 bytes per weight plus 4 per spectrum word: k/2 words per k weights (1 when k = 1).
        let (total, overflow) = (count * (k == 1 ? 6 : 4)).addingReportingOverflow(2 * columns)
        return overflow ? Int.max : total
    }

    /// `Mb * Nb * k`, or a thrown error when it does not fit in memory's address range.
    static func weightCount(rows: Int, columns: Int, blockSize k: Int) throws -> Int {
        let blockRows = (rows + k - 1) / k, blockColumns = (columns + k - 1) / k
        let (blocks, overflow1) = blockRows.multipliedReportingOverflow(by: blockColumns)
        let (count, overflow2) = blocks.multipliedReportingOverflow(by: k)
        guard !overflow1, !overflow2, count < Int.max / 16 else {
            throw WorkloadError.invalid(field: "in", rule: "layer \(rows) x \(columns) is too large to represent")
        }
        return count
    }

    /// The largest part magnitude `G` may scale to: the 16-bit maximum.
    private static let spectrumLimit = Double(Int16.max)

    /// Computes every block's stored spectrum words and the per-layer exponent `G`.
    ///
    /// Two passes of a double-precision FFT (the first finds the largest part, the second
    /// rounds), so no double copy of all spectra is kept.
    private static func spectra(weights: [Int16], blockSize k: Int, format: FixedPointFormat) -> ([Int16], [Int16], Int) {
        let blocks = weights.count / k
        let slots = max(1, k / 2)
        let fft = DoubleFFT(size: k)
        let unit = 1 / Double(1 << format.fractionBits)
        var input = [Double](repeating: 0, count: k)
        var real = [Double](repeating: 0, count: k), imag = [Double](repeating: 0, count: k)

        /// Runs `body(slot, realPart, imagPart)` for every packed word of block `block`.
        func forEachWord(_ block: Int, _ body: (Int, Double, Double) -> Void) {
            for t in 0..<k { input[t] = Double(weights[block * k + t]) * unit }
            input.withUnsafeBufferPointer { fft.forward($0, real: &real, imag: &imag) }
            if k == 1 { body(0, real[0], 0); return }
            body(0, real[0], real[k / 2])
            for f in 1..<(k / 2) { body(f, real[f], imag[f]) }
        }

        var largest = 0.0
        for block in 0..<blocks {
            forEachWord(block) { _, re, im in largest = max(largest, abs(re), abs(im)) }
        }
        var exponent = 0
        if largest > 0 {
            // Rounding is monotone, so the largest part decides for all. |c| >= 2^-F-ish keeps
            // G <= 30; huge weights give a negative G (a stored LSB above 1).
            exponent = 40
            while exponent > -80, (largest * Double.pow2(exponent)).rounded() > spectrumLimit { exponent -= 1 }
        }
        var storedReal = [Int16](repeating: 0, count: blocks * slots)
        var storedImag = [Int16](repeating: 0, count: blocks * slots)
        let scale = Double.pow2(exponent)
        for block in 0..<blocks {
            forEachWord(block) { slot, re, im in
                storedReal[block * slots + slot] = Int16((re * scale).rounded())
                storedImag[block * slots + slot] = Int16((im * scale).rounded())
            }
        }
        return (storedReal, storedImag, exponent)
    }
}

extension Double {
    /// `2^e` exactly (for the small exponents used here).
    static func pow2(_ e: Int) -> Double { Double(sign: .plus, exponent: e, significand: 1) }
}
