import FixedPoint

/// The N:M engine's functional reference: the layer's answer with no timing, the oracle the
/// cycle model must match bit for bit.
///
/// Every row adds its kept products in increasing input index (group by group, slot by slot:
/// the indices of a group increase), each add saturating to the accumulator width; zero
/// activations and padding add 0, which never changes a saturating sum, so skipping them (as
/// the engine does with all-zero groups) gives the same accumulators. Then ReLU (if the layer
/// has it), the round-to-nearest shift by `F` and saturation to 16 bits (`FixedPointFormat`).
public enum NMReference {
    /// The accumulator of every row after the last input.
    public static func accumulators(_ layer: NMLayer) -> [Int64] {
        let groups = layer.groups, kept = layer.kept, n = layer.columns
        var result = [Int64](repeating: 0, count: layer.rows)
        for i in 0..<layer.rows {
            var accumulator: Int64 = 0
            for g in 0..<groups {
                for s in 0..<kept {
                    let slot = (i * groups + g) * kept + s
                    let j = g * NMConfig.groupSize + Int(layer.indices[slot])
                    guard j < n else { continue }
                    accumulator = layer.format.accumulate(accumulator, FixedPointFormat.multiply(layer.values[slot], layer.activations[j]))
                }
            }
            result[i] = accumulator
        }
        return result
    }

    /// The layer's outputs.
    public static func outputs(_ layer: NMLayer) -> [Int16] {
        accumulators(layer).map { layer.format.requantize($0, relu: layer.relu) }
    }
}
