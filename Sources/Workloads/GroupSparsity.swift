/// Group sparsity: whole output rows of a weight matrix kept or pruned, as sparse group lasso
/// leaves them (issue 14: "whole output rows or input columns pruned"; we prune output rows,
/// `docs/schemes.md`). The kept rows form a dense layer of fewer outputs, which runs on the
/// dense case of an existing engine (PermDNN at `p = 1`).
public enum GroupSparsity {
    /// Output rows kept at `density`: `round(density x outputs)`, at least 1.
    public static func keptRows(outputs: Int, density: Double) -> Int {
        min(outputs, max(1, Int((density * Double(outputs)).rounded(.toNearestOrAwayFromZero))))
    }

    /// The projection of `weights` (`outputs x inputs`, row-major) onto `keptRows(density)`
    /// whole rows: the rows of largest L2 norm (ties to the lower index), ascending, and the
    /// relative error `||W - P(W)|| / ||W||` (0 for an all-zero matrix), which is the dropped
    /// rows' share of the energy, square-rooted.
    public static func project(_ weights: NpyArray, density: Double) throws -> (rows: [Int], relativeError: Double) {
        let (outputs, inputs) = try weights.checkedMatrix(label: "weights")
        var norms = [Double](repeating: 0, count: outputs)
        weights.values.withUnsafeBufferPointer { values in
            for row in 0..<outputs {
                var sum = 0.0
                for column in 0..<inputs { sum += values[row * inputs + column] * values[row * inputs + column] }
                norms[row] = sum
            }
        }
        let keep = keptRows(outputs: outputs, density: density)
        let order = (0..<outputs).sorted { norms[$0] != norms[$1] ? norms[$0] > norms[$1] : $0 < $1 }
        let kept = Array(order.prefix(keep)).sorted()
        let total = norms.reduce(0, +)
        let dropped = order.dropFirst(keep).reduce(0.0) { $0 + norms[$1] }
        return (kept, total > 0 ? (dropped / total).squareRoot() : 0)
    }
}
