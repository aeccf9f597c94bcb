import FixedPoint

/// The functional reference: the layer's outputs computed directly, with the engine's
/// arithmetic (16 x 16 -> 32-bit products, `A`-bit accumulators saturating on every add, each
/// row's products added in increasing input index `j`, then ReLU, the round-to-nearest shift by
/// `F` and 16-bit saturation). The cycle model must equal it bit for bit.
public enum DiagonalReference {
    /// The accumulators (one per output row) and the outputs.
    public static func run(_ layer: DiagonalLayer) -> (accumulators: [Int64], outputs: [Int16]) {
        var accumulators = [Int64](repeating: 0, count: layer.rows)
        let l = layer.length
        let format = layer.format
        for j in 0..<layer.columns {
            let x = layer.activations[j]
            if x == 0 { continue }
            for (k, d) in layer.offsets.enumerated() {
                guard let (row, t) = layer.entry(column: j, offset: d) else { continue }
                accumulators[row] = format.accumulate(accumulators[row], FixedPointFormat.multiply(layer.weights[k * l + t], x))
            }
        }
        return (accumulators, accumulators.map { format.requantize($0, relu: layer.relu) })
    }

    /// The outputs alone.
    public static func outputs(_ layer: DiagonalLayer) -> [Int16] { run(layer).outputs }
}
