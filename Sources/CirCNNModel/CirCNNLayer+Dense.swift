import FixedPoint
import Workloads

extension CirCNNLayer {
    /// Projects a dense `out x in` matrix onto the block-circulant structure (`workloads.md` §4).
    ///
    /// The least-squares circulant approximation of a block keeps, for every wrapped diagonal
    /// `d = (r - s) mod k`, the mean of the block's entries on it: the entries on one diagonal
    /// share one parameter `c[d]`, and the mean minimises their squared error. Only entries inside
    /// the `m x n` matrix take part (padding is "don't care"); a diagonal with no such entry
    /// (corner blocks) gets 0. `c` is then quantised to 16 bits.
    ///
    /// Float arrays hold real values; integer arrays hold fixed-point codes (`code / 2^F`), as in
    /// `WeightImport`. The report gives `||W - P(W)||_F / ||W||_F` over the real entries, the
    /// energy retained, the quantisation loss and the clipped weights (see `ProjectionReport`).
    /// `name` labels the matrix in error messages and names the layer.
    public static func fromDense(weights dense: NpyArray, blockSize k: Int, activations: [Int16], relu: Bool,
                                 format: FixedPointFormat = .default, name: String) throws -> CirCNNLayer {
        let (m, n) = try dense.checkedMatrix(label: name)
        try CirCNNConfig.checkBlockSize(k, field: "circnn.block-size")
        guard FixedPointFormat.fractionBitsRange.contains(format.fractionBits) else {
            throw CirCNNError.invalid(field: "circnn.fraction-bits", rule: "must be in 0...15 (got \(format.fractionBits))")
        }
        let count = try weightCount(rows: m, columns: n, blockSize: k)
        let scale = dense.realScale(format: format)
        let values = dense.values
        let blockRows = (m + k - 1) / k, blockColumns = (n + k - 1) / k

        var weights = [Int16](repeating: 0, count: count)
        var energy = 0.0, errorEnergy = 0.0, quantizationEnergy = 0.0
        var saturated = 0
        var sums = [Double](repeating: 0, count: k), counts = [Int](repeating: 0, count: k)
        var means = [Double](repeating: 0, count: k)
        let codeScale = Double(1 << format.fractionBits)
        // The sums run in the same order as ever (block by block, row by row, column by column):
        // the reported errors depend on it. `d = (r - s) mod k` steps down one per column.
        values.withUnsafeBufferPointer { values in
            sums.withUnsafeMutableBufferPointer { sums in
                counts.withUnsafeMutableBufferPointer { counts in
                    means.withUnsafeMutableBufferPointer { means in
                        for i in 0..<blockRows {
                            for j in 0..<blockColumns {
                                let localRows = min(k, m - i * k), localColumns = min(k, n - j * k)
                                for d in 0..<k { sums[d] = 0; counts[d] = 0 }
                                for r in 0..<localRows {
                                    let rowBase = (i * k + r) * n + j * k
                                    var d = r
                                    for s in 0..<localColumns {
                                        let w = values[rowBase + s] * scale
                                        sums[d] += w
                                        counts[d] += 1
                                        energy += w * w
                                        d = d == 0 ? k - 1 : d - 1
                                    }
                                }
                                for d in 0..<k { means[d] = counts[d] > 0 ? sums[d] / Double(counts[d]) : 0 }
                                for r in 0..<localRows {
                                    let rowBase = (i * k + r) * n + j * k
                                    var d = r
                                    for s in 0..<localColumns {
                                        let difference = values[rowBase + s] * scale - means[d]
                                        errorEnergy += difference * difference
                                        d = d == 0 ? k - 1 : d - 1
                                    }
                                }
                                let block = i * blockColumns + j
                                for d in 0..<k {
                                    let code = format.quantize(means[d]) ?? 0
                                    let unclipped = (means[d] * codeScale).rounded(.toNearestOrAwayFromZero)
                                    if unclipped > Double(Int16.max) || unclipped < Double(Int16.min) { saturated += 1 }
                                    let loss = means[d] - format.real(code)
                                    quantizationEnergy += Double(counts[d]) * loss * loss
                                    weights[block * k + d] = code
                                }
                            }
                        }
                    }
                }
            }
        }
        let report = energy > 0
            ? ProjectionReport(relativeError: (errorEnergy / energy).squareRoot(), retainedEnergy: max(0, 1 - errorEnergy / energy),
                               quantizationError: (quantizationEnergy / energy).squareRoot(), saturatedWeights: saturated)
            : ProjectionReport(relativeError: 0, retainedEnergy: 1, quantizationError: 0, saturatedWeights: saturated)
        return try CirCNNLayer(name: name, rows: m, columns: n, blockSize: k, weights: weights, activations: activations,
                               relu: relu, format: format, projection: report)
    }
}
