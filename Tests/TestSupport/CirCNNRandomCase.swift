import CirCNNModel
import FixedPoint
import Workloads

/// A seeded random CirCNN configuration and layer, small enough for hundreds per test run.
///
/// Covers `k` = 1...64 (powers of two), shapes 1-150 mostly not multiples of `k`, butterfly-unit
/// and CMAC-lane counts (and so multiplier budgets) from 4 to 324 multipliers, every pipeline
/// depth, fraction bits 0-15, accumulators 16-48 bits (narrow ones saturate), twiddles of 6-14
/// fraction bits, weights from the generator's range, tiny or full 16-bit range, activation
/// densities 0%, 100% and in between with small, signed or full-range values, ReLU on and off.
/// One case in four is built with `CirCNNLayer.generate` from a random `LayerSpec` instead.
///
/// The draws come from a stream derived from the seed with the label `circnn-random-case`; never
/// reorder them (seed `s` is the same case in every test and every run).
public struct CirCNNRandomCase: CustomStringConvertible, Sendable {
    public let seed: UInt64
    public let config: CirCNNConfig
    public let layer: CirCNNLayer
    /// Whether the layer came from `CirCNNLayer.generate`.
    public let generated: Bool

    public init(seed: UInt64) throws {
        self.seed = seed
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "circnn-random-case"))
        var config = CirCNNConfig()
        config.butterflyUnits = 1 + rng.uniformInt(below: 16)
        config.cmacLanes = 1 + rng.uniformInt(below: 64)
        config.multiplierBudget = config.usedMultipliers + 4 * rng.uniformInt(below: 3)
        config.butterflyDepth = 1 + rng.uniformInt(below: 6)
        config.cmacDepth = 1 + rng.uniformInt(below: 6)
        config.normalizeDepth = rng.uniformInt(below: 3)
        config.outputDepth = rng.uniformInt(below: 3)
        config.twiddleFractionBits = rng.uniformInt(below: 4) == 0 ? 6 + rng.uniformInt(below: 9) : 14
        let fractionBits = rng.uniformInt(below: 16)
        let accumulatorBits = [24, 32, 40, 40, 48, 48, 48, 16 + rng.uniformInt(below: 33)][rng.uniformInt(below: 8)]
        config.format = FixedPointFormat(fractionBits: fractionBits, accumulatorBits: accumulatorBits)

        let k = 1 << rng.uniformInt(below: 7)
        var rows = 1 + rng.uniformInt(below: 150), columns = 1 + rng.uniformInt(below: 150)
        // Keep most shapes off the block grid.
        if k > 1, rows % k == 0, rng.uniformInt(below: 4) != 0 { rows += 1 }
        if k > 1, columns % k == 0, rng.uniformInt(below: 4) != 0 { columns += 1 }
        let relu = rng.uniformInt(below: 2) == 0

        generated = rng.uniformInt(below: 4) == 0
        if generated {
            // Through the workload generator: random densities, k from the density or explicit.
            let larger = max(rows, columns)
            let inverse = 1 + rng.uniformInt(below: min(larger, 64))
            let spec = LayerSpec(name: "random-\(seed)", inputs: columns, outputs: rows,
                                 weightDensity: 1 / Double(inverse),
                                 activationDensity: Double(rng.uniformInt(below: 101)) / 100, relu: relu,
                                 activationSign: rng.uniformInt(below: 2) == 0 ? .signed : .nonNegative)
            let explicit: Int? = rng.uniformInt(below: 2) == 0 ? k : nil
            layer = try CirCNNLayer.generate(spec: spec, blockSize: explicit, format: config.format, seed: seed)
        } else {
            let weightMode = rng.uniformInt(below: 3)
            let (low, span) = CirCNNLayer.weightRange(blockSize: k, fractionBits: fractionBits)
            func weight(_ rng: inout SplitMix64) -> Int16 {
                switch weightMode {
                case 0: return Int16(low + rng.uniformInt(below: span))
                case 1: return Int16(rng.uniformInt(below: 7) - 3)
                default: return Int16(truncatingIfNeeded: rng.next())
                }
            }
            let count = ((rows + k - 1) / k) * ((columns + k - 1) / k) * k
            var weights = [Int16](repeating: 0, count: count)
            for index in weights.indices { weights[index] = weight(&rng) }
            let density = [0.0, 1.0, Double(rng.uniformInt(below: 101)) / 100][rng.uniformInt(below: 3)]
            let activationMode = rng.uniformInt(below: 3)
            var activations = [Int16](repeating: 0, count: columns)
            for j in 0..<columns where Double(rng.uniformInt(below: 1000)) < density * 1000 {
                switch activationMode {
                case 0: activations[j] = Int16(1 + rng.uniformInt(below: 1023))
                case 1: activations[j] = Int16(rng.uniformInt(below: 2001) - 1000)
                default: activations[j] = Int16(truncatingIfNeeded: rng.next())
                }
            }
            layer = try CirCNNLayer(name: "random-\(seed)", rows: rows, columns: columns, blockSize: k, weights: weights,
                                    activations: activations, relu: relu, format: config.format)
        }
        self.config = config
    }

    public var description: String {
        let c = config
        return "seed \(seed): \(layer.rows)x\(layer.columns) k=\(layer.blockSize) bf=\(c.butterflyUnits) cmac=\(c.cmacLanes) budget=\(c.multiplierBudget) depths=\(c.butterflyDepth)/\(c.cmacDepth)/\(c.normalizeDepth)/\(c.outputDepth) F=\(c.format.fractionBits) A=\(c.format.accumulatorBits) T=\(c.twiddleFractionBits) G=\(layer.spectrumFractionBits) relu=\(layer.relu)"
    }
}
