import DiagonalModel
import FixedPoint
import Workloads

/// A seeded random diagonal configuration and layer, small enough for hundreds per test run.
///
/// Shapes 1-48 each way (tall, wide and square), `K` from 1 to every diagonal, 1-6 PEs (so some
/// PEs own no row), 1-4 lanes, queue depths 1-5, NZD words of 1-8 activations, activation
/// densities 0%, 100% and in between, weights and activations small, full-range (saturating
/// the 16- to 24-bit accumulators and the 16-bit outputs) or from the generator, ReLU on and
/// off, and one case in eight with a weight SRAM so small that the layer runs in chunks.
/// Draws come from `derive(seed, "diagonal-random-case")`; never reorder them.
struct DiagonalRandomCase: CustomStringConvertible {
    let seed: UInt64
    let config: DiagonalConfig
    let layer: DiagonalLayer

    init(seed: UInt64) throws {
        self.seed = seed
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "diagonal-random-case"))
        var config = DiagonalConfig()
        config.pes = 1 + rng.uniformInt(below: 6)
        config.multipliers = 1 + rng.uniformInt(below: 4)
        config.queueDepth = 1 + rng.uniformInt(below: 5)
        config.nzdWordWidth = 1 + rng.uniformInt(below: 8)
        let accumulatorBits = [16, 20, 24, 32, 32, 40][rng.uniformInt(below: 6)]
        config.format = FixedPointFormat(fractionBits: rng.uniformInt(below: 16), accumulatorBits: accumulatorBits)
        if rng.uniformInt(below: 8) == 0 { config.weightSRAMKiB = 1 }
        let rows = 1 + rng.uniformInt(below: 48), columns = 1 + rng.uniformInt(below: 48)
        let count = max(rows, columns), length = min(rows, columns)
        let k = 1 + rng.uniformInt(below: count)
        var pool = Array(0..<count)
        for index in 0..<k { pool.swapAt(index, index + rng.uniformInt(below: count - index)) }
        let offsets = pool.prefix(k).sorted()
        let range = rng.uniformInt(below: 3)
        func value() -> Int16 {
            switch range {
            case 0: return Int16(rng.uniformInt(below: 33)) - 16
            case 1: return Int16(truncatingIfNeeded: rng.uniformInt(below: 65536) - 32768)
            default: return Int16(rng.uniformInt(below: 256)) - 128
            }
        }
        let weights = (0..<(k * length)).map { _ in value() }
        let density = [0.0, 1.0, 0.3, 0.6][rng.uniformInt(below: 4)]
        let activations = (0..<columns).map { _ in rng.uniformUnit() < density ? value() : 0 }
        let relu = rng.uniformInt(below: 2) == 0
        layer = try DiagonalLayer(name: "random-\(seed)", rows: rows, columns: columns, offsets: offsets, weights: weights,
                                  activations: activations, relu: relu, format: config.format)
        self.config = config
    }

    var description: String {
        "seed \(seed): \(layer.rows) x \(layer.columns), K = \(layer.diagonals), \(config.pes) PEs x \(config.multipliers) lanes, Q = \(config.queueDepth), S = \(config.nzdWordWidth), A = \(config.format.accumulatorBits), F = \(config.format.fractionBits), SRAM \(config.weightSRAMKiB) KiB"
    }
}

/// Rows of column `j` that PE `e` owns, counted from the definition (not from the mapping).
func bruteHits(_ layer: DiagonalLayer, pes: Int, pe e: Int, column j: Int) -> Int {
    layer.offsets.reduce(0) { count, d in
        guard let (row, _) = layer.entry(column: j, offset: d) else { return count }
        return count + (row % pes == e ? 1 : 0)
    }
}
