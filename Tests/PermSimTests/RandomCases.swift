import PEModel
import PermSim
import Workloads

/// A seeded random engine configuration and layer, small enough for thousands per test run.
///
/// Covers shapes not divisible by `p`, `p` from 1 to 64 (non-powers of two included),
/// 1-64 PEs, 1-16 multipliers, queue depths 1-8, NZD words 1-64 wide, activation densities
/// 0%, 100% and in between, tiny and full-range values, narrow accumulators (saturation),
/// both permutation sources, ReLU on and off.
struct RandomCase: CustomStringConvertible {
    let seed: UInt64
    let config: ArchitectureConfig
    let layer: Layer

    init(seed: UInt64) throws {
        self.seed = seed
        var rng = SplitMix64(seed: seed)
        var config = ArchitectureConfig()
        // One case in four is sized to overflow a tiny weight SRAM, so it runs in DRAM tiles.
        let tiled = rng.uniformInt(below: 4) == 0
        config.pes = tiled ? 1 + rng.uniformInt(below: 4) : 1 + rng.uniformInt(below: 64)
        config.multipliers = 1 + rng.uniformInt(below: 16)
        config.queueDepth = 1 + rng.uniformInt(below: 8)
        config.nzdWordWidth = [1, 4, 16, 64, 1 + rng.uniformInt(below: 64)][rng.uniformInt(below: 5)]
        config.format = FixedPointFormat(fractionBits: rng.uniformInt(below: 16),
                                         accumulatorBits: [16, 20, 32, 48, 16 + rng.uniformInt(below: 33)][rng.uniformInt(below: 5)])
        config.weightSRAMKiB = tiled ? 1 + rng.uniformInt(below: 2) : 128
        let rows = tiled ? 64 + rng.uniformInt(below: 64) : 1 + rng.uniformInt(below: 96)
        let columns = tiled ? 32 + rng.uniformInt(below: 64) : 1 + rng.uniformInt(below: 96)
        let p = tiled ? 1 + rng.uniformInt(below: 3) : 1 + rng.uniformInt(below: min(64, max(rows, columns)))
        let source: PermutationSource = rng.uniformInt(below: 2) == 0 ? .stored : .formula
        let mb = (rows + p - 1) / p, nb = (columns + p - 1) / p
        let large = rng.uniformInt(below: 3) == 0
        func value(_ rng: inout SplitMix64) -> Int16 {
            large ? Int16(truncatingIfNeeded: rng.next()) : Int16(rng.uniformInt(below: 7)) - 3
        }
        var permutation = [Int32](repeating: 0, count: mb * nb)
        for r in 0..<mb {
            for c in 0..<nb {
                permutation[r * nb + c] = Int32(source == .stored
                    ? rng.uniformInt(below: p)
                    : PermutedDiagonalMatrix.formulaPermutation(blockRow: r, blockColumn: c, blockColumns: nb, blockSize: p))
            }
        }
        var weights = [Int16](repeating: 0, count: mb * nb * p)
        for index in weights.indices { weights[index] = value(&rng) }
        let matrix = try PermutedDiagonalMatrix(rows: rows, columns: columns, blockSize: p,
                                                permutation: permutation, weights: weights,
                                                permutationSource: source)
        let density = [0.0, 1.0, Double(rng.uniformInt(below: 101)) / 100][rng.uniformInt(below: 3)]
        var activations = [Int16](repeating: 0, count: columns)
        for j in 0..<columns where Double(rng.uniformInt(below: 1000)) < density * 1000 {
            var x = value(&rng)
            if x == 0 { x = 1 }
            activations[j] = x
        }
        layer = try Layer(name: "random-\(seed)", weights: matrix, activations: activations,
                          relu: rng.uniformInt(below: 2) == 0)
        // Keep the SRAM large enough for one NZD word of columns in half of it.
        let needed = (config.nzdWordWidth * config.multipliers * 2 * 2 + 1023) / 1024
        if config.weightSRAMKiB < needed { config.weightSRAMKiB = needed }
        self.config = config
    }

    var description: String {
        let m = layer.weights
        return "seed \(seed): \(m.rows)x\(m.columns) p=\(m.blockSize) pes=\(config.pes) mul=\(config.multipliers) q=\(config.queueDepth) S=\(config.nzdWordWidth) F=\(config.format.fractionBits) A=\(config.format.accumulatorBits) sram=\(config.weightSRAMKiB)KiB k=\(m.permutationSource.rawValue) relu=\(layer.relu)"
    }
}
