import FixedPoint
import Workloads

extension EIELayer {
    /// Compresses a dense `out x in` matrix the EIE way: magnitude pruning, then weight sharing.
    ///
    /// - Pruning: with `K = round(density * m n)`, a matrix with at most `K` non-zeros keeps
    ///   them all as they are (an already-pruned matrix); otherwise the `K` largest magnitudes
    ///   are kept (ties go to the smaller flat index `i * n + j`).
    /// - Values: float arrays hold reals, integer arrays raw fixed-point codes (as `WeightImport`).
    ///   Kept weights are quantised to 16-bit codes (round to nearest, saturating; counted), then
    ///   shared through `EIECodebook.fit`; every kept weight becomes an entry, even one whose
    ///   nearest codebook value is 0.
    /// - `activations`: the input vector (`n` codes); `nil` gives every input the value 1.0.
    /// The losses are reported in `compression`. `name` labels the layer and error messages.
    public static func fromDense(weights: NpyArray, activations: [Int16]?, density: Double, format: FixedPointFormat, name: String,
                                 relu: Bool = true, encoding: EIEEncoding = EIEConfig.default.encoding) throws -> EIELayer {
        try encoding.validate()
        try checkFormat(format)
        let (m, n) = try weights.checkedMatrix(label: name)
        try checkShape(rows: m, columns: n)
        guard density.isFinite, density >= 0, density <= 1 else {
            throw EIEError.invalidLayer(field: "weight-density", rule: "must be a number in [0, 1] (got \(density))")
        }
        let inputs = activations ?? [Int16](repeating: format.quantize(1.0) ?? Int16.max, count: n)
        let scale = weights.realScale(format: format)
        let values = weights.values

        // Pruning: keep every non-zero, or the `target` largest magnitudes.
        var nonZeros = values.indices.filter { values[$0] != 0 }
        let target = Int((density * Double(m * n)).rounded())
        let pruned = max(0, nonZeros.count - target)
        if pruned > 0 {
            nonZeros.sort { a, b in
                let x = abs(values[a]), y = abs(values[b])
                return x != y ? x > y : a < b
            }
            nonZeros.removeLast(pruned)
            nonZeros.sort()
        }

        // Quantisation to 16-bit codes, then the codebook.
        let codeScale = Double(1 << format.fractionBits)
        var codes = [Int16](), saturated = 0
        codes.reserveCapacity(nonZeros.count)
        var histogram = [Int](repeating: 0, count: 1 << 16)
        for index in nonZeros {
            let real = values[index] * scale
            let scaled = (real * codeScale).rounded(.toNearestOrAwayFromZero)
            if scaled > Double(Int16.max) || scaled < Double(Int16.min) { saturated += 1 }
            let code = format.quantize(real) ?? 0
            codes.append(code)
            histogram[Int(code) + 32768] += 1
        }
        let fit = EIECodebook.fit(histogram: histogram, codebookBits: encoding.codebookBits, maxIterations: EIECodebook.maxIterations)
        let table = EIECodebook.indexTable(histogram: histogram, codebook: fit.codebook)

        // Column-major lists and the losses.
        var columnStarts = [Int](repeating: 0, count: n + 1)
        for index in nonZeros { columnStarts[index % n + 1] += 1 }
        for j in 0..<n { columnStarts[j + 1] += columnStarts[j] }
        var fill = columnStarts
        var rowIndices = [Int32](repeating: 0, count: nonZeros.count)
        var indices = [UInt8](repeating: 0, count: nonZeros.count)
        var quantizationEnergy = 0.0
        for (k, flat) in nonZeros.enumerated() {
            let j = flat % n
            let index = table[Int(codes[k]) + 32768]
            rowIndices[fill[j]] = Int32(flat / n)
            indices[fill[j]] = index
            fill[j] += 1
            let real = values[flat] * scale
            let difference = real - format.real(fit.codebook[Int(index)])
            quantizationEnergy += difference * difference
        }
        // Dropped energy summed directly (not total - kept), so nothing pruned reports exactly 0.
        var totalEnergy = 0.0, droppedEnergy = 0.0, nextKept = 0
        for (flat, value) in values.enumerated() {
            let real = value * scale
            totalEnergy += real * real
            if nextKept < nonZeros.count && nonZeros[nextKept] == flat {
                nextKept += 1
            } else {
                droppedEnergy += real * real
            }
        }
        let report = EIECompressionReport(
            storedWeights: nonZeros.count, prunedWeights: pruned,
            pruningError: totalEnergy > 0 ? (droppedEnergy / totalEnergy).squareRoot() : 0,
            quantizationError: totalEnergy > 0 ? (quantizationEnergy / totalEnergy).squareRoot() : 0,
            saturatedWeights: saturated, codebookIterations: fit.iterations, codebookConverged: fit.converged)
        let sparse = SparseColumns(rows: m, columns: n, columnStarts: columnStarts, rowIndices: rowIndices, codes: indices)
        return try EIELayer(name: name, sparse: sparse, codebook: fit.codebook, activations: inputs, relu: relu, format: format,
                            encoding: encoding, compression: report)
    }
}
