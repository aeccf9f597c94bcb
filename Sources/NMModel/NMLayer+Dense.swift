import FixedPoint
import Workloads

extension NMLayer {
    /// Projects a dense `out x in` matrix onto N:M form: in every group of 4 contiguous inputs
    /// of every row, the `kept` largest magnitudes stay (ties to the smaller index), the rest are
    /// pruned. This is the Frobenius-nearest N:M matrix (the kept entries are free, so the error
    /// is the pruned energy, smallest when the pruned entries are the smallest).
    ///
    /// Inputs not a multiple of 4: the last group is padded with zero weights, which take part
    /// in the choice like pruned zeros (kept only when the group has fewer than `kept` non-zeros;
    /// a kept padding slot stores 0). Float arrays hold reals, integer arrays fixed-point codes
    /// (`code / 2^F`), as in `WeightImport`; kept reals are rounded to 16-bit codes (saturating,
    /// counted). The report gives `||W - P(W)|| / ||W||`, the quantisation loss and the pruned
    /// non-zeros. `activations`: the input vector (`n` codes); `name` labels the layer.
    public static func fromDense(weights dense: NpyArray, kept: Int, activations: [Int16], relu: Bool,
                                 format: FixedPointFormat, name: String) throws -> NMLayer {
        let (m, n) = try dense.checkedMatrix(label: name)
        guard (1...3).contains(kept) else { throw NMError.invalid(field: "nm.kept", rule: "must be in 1...3 (got \(kept))") }
        guard FixedPointFormat.fractionBitsRange.contains(format.fractionBits) else {
            throw NMError.invalid(field: "fixed-point.fraction-bits", rule: "must be in 0...15 (got \(format.fractionBits))")
        }
        let scale = dense.realScale(format: format)
        let codeScale = Double(1 << format.fractionBits)
        let groups = (n + NMConfig.groupSize - 1) / NMConfig.groupSize
        let count = m * groups * kept
        var values = [Int16](repeating: 0, count: count)
        var indices = [UInt8](repeating: 0, count: count)
        var energy = 0.0, dropped = 0.0, quantization = 0.0
        var saturated = 0, pruned = 0
        var slot = 0
        dense.values.withUnsafeBufferPointer { weights in
            var group = [Double](repeating: 0, count: NMConfig.groupSize)
            var order = [Int](repeating: 0, count: NMConfig.groupSize)
            for i in 0..<m {
                for g in 0..<groups {
                    for t in 0..<NMConfig.groupSize {
                        let j = g * NMConfig.groupSize + t
                        group[t] = j < n ? weights[i * n + j] * scale : 0
                        energy += group[t] * group[t]
                        order[t] = t
                    }
                    // Insertion sort of 4 positions by decreasing magnitude, stable (ties: smaller index first).
                    for a in 1..<NMConfig.groupSize {
                        var b = a
                        while b > 0, abs(group[order[b]]) > abs(group[order[b - 1]]) {
                            order.swapAt(b, b - 1)
                            b -= 1
                        }
                    }
                    let keep = order[0..<kept].sorted()
                    for t in order[kept...] {
                        dropped += group[t] * group[t]
                        if group[t] != 0 { pruned += 1 }
                    }
                    for t in keep {
                        let real = group[t]
                        let unclipped = (real * codeScale).rounded(.toNearestOrAwayFromZero)
                        if unclipped > Double(Int16.max) || unclipped < Double(Int16.min) { saturated += 1 }
                        let code = format.quantize(real) ?? 0
                        let loss = real - format.real(code)
                        quantization += loss * loss
                        values[slot] = code
                        indices[slot] = UInt8(t)
                        slot += 1
                    }
                }
            }
        }
        let report = energy > 0
            ? NMProjection(relativeError: (dropped / energy).squareRoot(), quantizationError: (quantization / energy).squareRoot(),
                           saturatedWeights: saturated, prunedWeights: pruned)
            : NMProjection(relativeError: 0, quantizationError: 0, saturatedWeights: saturated, prunedWeights: pruned)
        return try NMLayer(name: name, rows: m, columns: n, kept: kept, values: values, indices: indices, activations: activations,
                           relu: relu, format: format, projection: report)
    }
}
