import FixedPoint
import Workloads

extension EIELayer {
    /// A layer with unstructured random sparsity at the spec's weight density, as EIE sees the
    /// benchmark layers (`shared/spec/workloads.md` §1).
    ///
    /// Deterministic on every platform. The weights come from their own stream,
    /// `SplitMix64(seed: SplitMix64.derive(seed: seed, label: "eie/" + spec.name))`, consumed in
    /// this order (`F` = `format.fractionBits`, `T = m n`):
    /// 1. Positions: exactly `K = round(weightDensity * T)` distinct flat indices `i * n + j`:
    ///    with `spread` (the default of `permsim run` and `compare`), spread over rows and
    ///    columns like real pruned weights (`PositionSpread.keptPositions`); without it, uniformly
    ///    by Floyd's algorithm: for `t = T - K ..< T`, draw `r = uniformInt(below: t + 1)`; take
    ///    `r` unless already taken, else take `t`.
    /// 2. Values, one draw per position in increasing flat index: uniform over the non-zero
    ///    codes of `[-2^(F-1), 2^(F-1) - 1]` (reals in `[-0.5, 0.5)`, the distribution of
    ///    PermDNN's generated weights without 0): `v = uniformInt(below: 2^F - 1) - 2^(F-1)`,
    ///    plus 1 when `v >= 0`; for `F = 0`, -1 or +1.
    /// 3. Weight sharing: `EIECodebook.fit` on those codes; each weight takes its nearest entry.
    /// Activations are `LayerGenerator.activations(spec, format:, seed:)`, the stream every engine
    /// uses, so PermDNN (at any `p`) and EIE see the same input vector for the same spec and seed.
    public static func generate(spec: LayerSpec, format: FixedPointFormat, seed: UInt64,
                                encoding: EIEEncoding = EIEConfig.default.encoding, spread: PositionSpread? = nil) throws -> EIELayer {
        try encoding.validate()
        try checkFormat(format)
        let activations = try LayerGenerator.activations(spec, format: format, seed: seed)
        let m = spec.outputs, n = spec.inputs
        try checkShape(rows: m, columns: n)
        let total = m * n
        let kept = min(total, Int((spec.weightDensity * Double(total)).rounded()))
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "eie/" + spec.name))

        // 1. Positions (a bitmap of the m x n flat indices).
        let taken = spread.map { $0.keptPositions(rows: m, columns: n, count: kept, rng: &rng) }
            ?? MagnitudePruning.uniformBitmap(rows: m, columns: n, count: kept, rng: &rng)

        // 2. Values in increasing flat index; count the stored weights of every column.
        let fractionBits = format.fractionBits
        let half = fractionBits == 0 ? 0 : 1 << (fractionBits - 1)
        var codes = [Int16](), flat = [Int]()
        codes.reserveCapacity(kept)
        flat.reserveCapacity(kept)
        var columnStarts = [Int](repeating: 0, count: n + 1)
        var histogram = [Int](repeating: 0, count: 1 << 16)
        for (wordIndex, word) in taken.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                let index = wordIndex << 6 + bits.trailingZeroBitCount
                bits &= bits - 1
                var value: Int
                if fractionBits == 0 {
                    value = rng.uniformInt(below: 2) == 0 ? -1 : 1
                } else {
                    value = rng.uniformInt(below: (1 << fractionBits) - 1) - half
                    if value >= 0 { value += 1 }
                }
                codes.append(Int16(value))
                flat.append(index)
                columnStarts[index % n + 1] += 1
                histogram[value + 32768] += 1
            }
        }

        // 3. Codebook, then column-major lists (a counting sort keeps rows increasing).
        let fit = EIECodebook.fit(histogram: histogram, codebookBits: encoding.codebookBits, maxIterations: EIECodebook.maxIterations)
        let table = EIECodebook.indexTable(histogram: histogram, codebook: fit.codebook)
        for j in 0..<n { columnStarts[j + 1] += columnStarts[j] }
        var fill = columnStarts
        var rowIndices = [Int32](repeating: 0, count: kept)
        var indices = [UInt8](repeating: 0, count: kept)
        var original = 0.0, lost = 0.0
        for k in 0..<kept {
            let j = flat[k] % n
            let index = table[Int(codes[k]) + 32768]
            rowIndices[fill[j]] = Int32(flat[k] / n)
            indices[fill[j]] = index
            fill[j] += 1
            let difference = Double(codes[k]) - Double(fit.codebook[Int(index)])
            original += Double(codes[k]) * Double(codes[k])
            lost += difference * difference
        }
        let report = EIECompressionReport(
            storedWeights: kept, prunedWeights: 0, pruningError: 0,
            quantizationError: original > 0 ? (lost / original).squareRoot() : 0, saturatedWeights: 0,
            codebookIterations: fit.iterations, codebookConverged: fit.converged)
        let sparse = SparseColumns(rows: m, columns: n, columnStarts: columnStarts, rowIndices: rowIndices, codes: indices)
        return try EIELayer(name: spec.name, sparse: sparse, codebook: fit.codebook, activations: activations, relu: spec.relu,
                            format: format, encoding: encoding, compression: report)
    }
}
