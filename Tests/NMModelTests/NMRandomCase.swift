import FixedPoint
import NMModel
import Workloads

/// A seeded random N:M configuration and layer, small enough for hundreds per test run.
///
/// Covers `kept` 1, 2 and 3, 1-12 PEs, 1-9 lanes, queue depths 1-5, accumulator rows from one
/// row-word to many, weight SRAMs from resident to streamed in row tiles and group chunks,
/// shapes 1-90 (inputs mostly not a multiple of 4), fraction bits 0-15, accumulators 16-48 bits
/// (narrow ones saturate), weights from the generator's range, tiny or full 16-bit range,
/// activation densities 0%, 100% and in between with small, signed or full-range values,
/// groups of zeros, ReLU on and off. One case in four comes from `NMLayer.generate` and a
/// random `LayerSpec`. The draws come from a stream derived from the seed with the label
/// `nm-random-case`; never reorder them.
struct NMRandomCase: CustomStringConvertible {
    let seed: UInt64
    let config: NMConfig
    let layer: NMLayer
    let generated: Bool

    init(seed: UInt64) throws {
        self.seed = seed
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "nm-random-case"))
        var config = NMConfig()
        config.pes = 1 + rng.uniformInt(below: 12)
        config.multipliers = 1 + rng.uniformInt(below: 9)
        config.kept = 1 + rng.uniformInt(below: 3)
        config.queueDepth = 1 + rng.uniformInt(below: 5)
        config.dramBytesPerCycle = 1 + rng.uniformInt(below: 64)
        config.accumulatorRows = config.multipliers * (1 + rng.uniformInt(below: 6))
        config.weightSRAMKiB = [1, 1, 2, 4, 160][rng.uniformInt(below: 5)]
        let fractionBits = rng.uniformInt(below: 16)
        let accumulatorBits = [16, 20, 24, 32, 32, 40, 48][rng.uniformInt(below: 7)]
        config.format = FixedPointFormat(fractionBits: fractionBits, accumulatorBits: accumulatorBits)

        let rows = 1 + rng.uniformInt(below: 90)
        var columns = 1 + rng.uniformInt(below: 90)
        if columns % 4 == 0, rng.uniformInt(below: 4) != 0 { columns += 1 + rng.uniformInt(below: 3) }
        let relu = rng.uniformInt(below: 2) == 0
        generated = rng.uniformInt(below: 4) == 0
        if generated {
            let spec = LayerSpec(name: "random-\(seed)", inputs: columns, outputs: rows, weightDensity: 0.5,
                                 activationDensity: Double(rng.uniformInt(below: 101)) / 100, relu: relu,
                                 activationSign: rng.uniformInt(below: 2) == 0 ? .signed : .nonNegative)
            layer = try NMLayer.generate(spec: spec, kept: config.kept, format: config.format, seed: seed)
        } else {
            let groups = (columns + 3) / 4
            let patterns = NMLayer.patterns(kept: config.kept)
            let weightMode = rng.uniformInt(below: 3)
            var values = [Int16](), indices = [UInt8]()
            for _ in 0..<rows {
                for g in 0..<groups {
                    for index in patterns[rng.uniformInt(below: patterns.count)] {
                        let value: Int16
                        switch weightMode {
                        case 0: value = Int16(rng.uniformInt(below: 256) - 128)
                        case 1: value = Int16(rng.uniformInt(below: 7) - 3)
                        default: value = Int16(truncatingIfNeeded: rng.next())
                        }
                        indices.append(index)
                        values.append(g * 4 + Int(index) < columns ? value : 0)
                    }
                }
            }
            let density = [0.0, 1.0, Double(rng.uniformInt(below: 101)) / 100][rng.uniformInt(below: 3)]
            let activationMode = rng.uniformInt(below: 3)
            let zeroRuns = rng.uniformInt(below: 2) == 0
            var activations = [Int16](repeating: 0, count: columns)
            for j in 0..<columns where Double(rng.uniformInt(below: 1000)) < density * 1000 {
                // Some cases blank whole groups of 4, so that the reader skips them.
                if zeroRuns, (j / 4) % 3 == 1 { continue }
                switch activationMode {
                case 0: activations[j] = Int16(1 + rng.uniformInt(below: 1023))
                case 1: activations[j] = Int16(rng.uniformInt(below: 2001) - 1000)
                default: activations[j] = Int16(truncatingIfNeeded: rng.next())
                }
            }
            layer = try NMLayer(name: "random-\(seed)", rows: rows, columns: columns, kept: config.kept, values: values,
                                indices: indices, activations: activations, relu: relu, format: config.format)
        }
        self.config = config
    }

    var description: String {
        "seed \(seed): \(layer.rows)x\(layer.columns) kept \(config.kept), \(config.pes) PEs x \(config.multipliers) lanes, Q \(config.queueDepth), acc rows \(config.accumulatorRows), SRAM \(config.weightSRAMKiB) KiB, F \(config.format.fractionBits) A \(config.format.accumulatorBits)\(generated ? ", generated" : "")"
    }
}
