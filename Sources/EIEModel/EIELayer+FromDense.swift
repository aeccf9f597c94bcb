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

        // Pruning: keep every non-zero, or the `target` largest magnitudes, found in linear time
        // (`MagnitudePruning`: the threshold magnitude first, then one pass in flat order).
        // That pass also sums the energies, in flat order as ever (the sums are reported).
        // Dropped energy is summed directly (not total - kept), so nothing pruned reports exactly
        // 0; adding 0 to the (non-negative) dropped sum for a kept weight leaves it unchanged.
        let target = Int((density * Double(m * n)).rounded())
        let selection = values.withUnsafeBufferPointer { MagnitudePruning.select($0, keep: target) }
        let pruned = max(0, selection.nonZeros - target)
        let stored = selection.kept
        var totalEnergy = 0.0, droppedEnergy = 0.0
        var rule = selection.rule
        let kept = values.withUnsafeBufferPointer { values in
            [Int](unsafeUninitializedCapacity: stored + 1) { buffer, initialized in
                var end = 0
                for flat in values.indices {
                    let value = values[flat]
                    let real = value * scale
                    let square = real * real
                    totalEnergy += square
                    let keep = rule.keeps(value)
                    buffer[min(end, stored)] = flat
                    end &+= keep
                    // `square`, or +0 for a kept weight, by a mask (a branch here mispredicts).
                    droppedEnergy += Double(bitPattern: square.bitPattern & (UInt64(truncatingIfNeeded: keep) &- 1))
                }
                precondition(end == stored, "magnitude selection kept \(end), not \(stored)")
                initialized = end
            }
        }

        // Quantisation to 16-bit codes (each kept weight's real value, row and column noted),
        // then the codebook.
        let codeScale = Double(1 << format.fractionBits)
        var codes = [Int16](repeating: 0, count: stored), saturated = 0
        var keptReals = [Double](repeating: 0, count: stored)
        var keptRows = [Int32](repeating: 0, count: stored), keptColumns = [Int32](repeating: 0, count: stored)
        var histogram = [Int](repeating: 0, count: 1 << 16)
        var columnStarts = [Int](repeating: 0, count: n + 1)
        values.withUnsafeBufferPointer { values in
            codes.withUnsafeMutableBufferPointer { codes in
                keptReals.withUnsafeMutableBufferPointer { keptReals in
                    keptRows.withUnsafeMutableBufferPointer { keptRows in
                        keptColumns.withUnsafeMutableBufferPointer { keptColumns in
                            histogram.withUnsafeMutableBufferPointer { histogram in
                                columnStarts.withUnsafeMutableBufferPointer { columnStarts in
                                    for (k, flat) in kept.enumerated() {
                                        let real = values[flat] * scale
                                        let scaled = (real * codeScale).rounded(.toNearestOrAwayFromZero)
                                        if scaled > Double(Int16.max) || scaled < Double(Int16.min) { saturated += 1 }
                                        let code = format.quantize(real) ?? 0
                                        codes[k] = code
                                        keptReals[k] = real
                                        histogram[Int(code) + 32768] += 1
                                        let i = flat / n, j = flat - i * n
                                        keptRows[k] = Int32(i)
                                        keptColumns[k] = Int32(j)
                                        columnStarts[j + 1] += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let fit = EIECodebook.fit(histogram: histogram, codebookBits: encoding.codebookBits, maxIterations: EIECodebook.maxIterations)
        let table = EIECodebook.indexTable(histogram: histogram, codebook: fit.codebook)

        // Column-major lists and the quantisation loss (in flat order, as ever).
        for j in 0..<n { columnStarts[j + 1] += columnStarts[j] }
        var fill = columnStarts
        var rowIndices = [Int32](repeating: 0, count: stored)
        var indices = [UInt8](repeating: 0, count: stored)
        var quantizationEnergy = 0.0
        fill.withUnsafeMutableBufferPointer { fill in
            rowIndices.withUnsafeMutableBufferPointer { rowIndices in
                indices.withUnsafeMutableBufferPointer { indices in
                    for k in 0..<stored {
                        let j = Int(keptColumns[k])
                        let index = table[Int(codes[k]) + 32768]
                        let slot = fill[j]
                        rowIndices[slot] = keptRows[k]
                        indices[slot] = index
                        fill[j] = slot + 1
                        let difference = keptReals[k] - format.real(fit.codebook[Int(index)])
                        quantizationEnergy += difference * difference
                    }
                }
            }
        }
        let report = EIECompressionReport(
            storedWeights: stored, prunedWeights: pruned,
            pruningError: totalEnergy > 0 ? (droppedEnergy / totalEnergy).squareRoot() : 0,
            quantizationError: totalEnergy > 0 ? (quantizationEnergy / totalEnergy).squareRoot() : 0,
            saturatedWeights: saturated, codebookIterations: fit.iterations, codebookConverged: fit.converged)
        let sparse = SparseColumns(rows: m, columns: n, columnStarts: columnStarts, rowIndices: rowIndices, codes: indices)
        return try EIELayer(name: name, sparse: sparse, codebook: fit.codebook, activations: inputs, relu: relu, format: format,
                            encoding: encoding, compression: report)
    }
}
