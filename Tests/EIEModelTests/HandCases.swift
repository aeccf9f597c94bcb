import EIEModel
import FixedPoint

/// A small EIE configuration for hand-derived timing cases.
func smallConfig(pes: Int = 1, queueDepth: Int = 8, lineBits: Int = 64, registerEntries: Int = 64) -> EIEConfig {
    var config = EIEConfig()
    config.pes = pes
    config.queueDepth = queueDepth
    config.sparseLineBits = lineBits
    config.activationRegisterEntries = registerEntries
    return config
}

/// The codebook the hand-derived cases use: index `k` holds `k` (in codes), entry 0 zero.
let identityCodebook: [Int16] = (0..<16).map { Int16($0) }

/// A layer from a row-major index matrix given as rows of indices (0 = no weight).
func layer(_ rows: [[UInt8]], activations: [Int16], config: EIEConfig, codebook: [Int16] = identityCodebook,
           relu: Bool = false) throws -> EIELayer {
    let m = rows.count, n = rows.first?.count ?? 0
    return try EIELayer(name: "hand", rows: m, columns: n, codebook: codebook, indices: rows.flatMap { $0 },
                        activations: activations, relu: relu, format: config.format, encoding: config.encoding)
}

/// A `rows x columns` index matrix with index 1 exactly at `cells` (row, column).
func pattern(rows: Int, columns: Int, _ cells: [(Int, Int)]) -> [[UInt8]] {
    var matrix = [[UInt8]](repeating: [UInt8](repeating: 0, count: columns), count: rows)
    for (i, j) in cells { matrix[i][j] = 1 }
    return matrix
}

/// Runs `layer` on `config` by both methods (per cycle and event timing), checks that they
/// agree and match the functional reference, and returns the result.
func runChecked(_ layer: EIELayer, _ config: EIEConfig) throws -> EIEResult {
    let result = try EIEEngine(config: config, method: .perCycle).run(layer)
    guard try EIEEngine(config: config, method: .eventTiming).run(layer) == result else {
        throw EIEError.internalError("event timing and per-cycle model differ on '\(layer.name)'")
    }
    guard result.accumulators == EIEFunctionalReference.accumulators(layer),
          result.outputs == EIEFunctionalReference.outputs(layer) else {
        throw EIEError.internalError("cycle model and reference differ on '\(layer.name)'")
    }
    return result
}

/// `y = act(W x)` straight from a dense decoded weight matrix (row-major), in increasing `j`
/// with the same saturating accumulate: an oracle independent of the CSC.
func denseAccumulators(weights: [Int16], rows: Int, columns: Int, activations: [Int16], format: FixedPointFormat) -> [Int64] {
    (0..<rows).map { i in
        var acc: Int64 = 0
        for j in 0..<columns where activations[j] != 0 {
            // Stored zero weights add 0, which never changes a saturated or unsaturated sum.
            acc = format.accumulate(acc, FixedPointFormat.multiply(weights[i * columns + j], activations[j]))
        }
        return acc
    }
}
