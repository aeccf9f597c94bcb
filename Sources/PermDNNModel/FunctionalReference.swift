import FixedPoint
import PEModel
import Workloads

/// The functional model of PermDNN: the answer without timing, the oracle every other model
/// is checked against.
///
/// Row `i = r*p + l` has exactly one weight per block-column `c`: the one at local column
/// `(l + k(r,c)) mod p`, decoded from its stored code (`WeightEncoding.decode`: the code itself
/// for `fixed16`). Products are added in increasing input index `j` (increasing `c`),
/// skipping zero inputs, with the same saturating accumulate as the hardware; so the result
/// is bit-identical to the cycle model whenever that model is right.
public enum FunctionalReference {
    /// The accumulators (`m` values) before the output stage.
    public static func accumulators(_ layer: Layer, format: FixedPointFormat) -> [Int64] {
        let matrix = layer.weights
        let p = matrix.blockSize, nb = matrix.blockColumns, n = matrix.columns
        var result = [Int64](repeating: 0, count: matrix.rows)
        matrix.decodedWeights.withUnsafeBufferPointer { weights in
            matrix.permutation.withUnsafeBufferPointer { permutation in
                layer.activations.withUnsafeBufferPointer { x in
                    for row in 0..<matrix.rows {
                        let r = row / p, local = row - r * p
                        var acc: Int64 = 0
                        for c in 0..<nb {
                            var t = local + Int(permutation[r * nb + c])
                            if t >= p { t -= p }
                            let j = c * p + t
                            guard j < n else { continue }
                            let activation = x[j]
                            if activation == 0 { continue }
                            acc = format.accumulate(acc, FixedPointFormat.multiply(weights[(r * nb + c) * p + t], activation))
                        }
                        result[row] = acc
                    }
                }
            }
        }
        return result
    }

    /// The layer's outputs: ReLU (if the layer has it), requantisation, saturation to 16 bits.
    public static func outputs(_ layer: Layer, format: FixedPointFormat) -> [Int16] {
        accumulators(layer, format: format).map { format.requantize($0, relu: layer.relu) }
    }
}
