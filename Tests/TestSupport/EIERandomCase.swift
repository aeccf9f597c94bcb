import EIEModel
import FixedPoint
import Workloads

/// A seeded random configuration and layer, small enough for hundreds per test run.
///
/// Covers 1-64 PEs, queue depths 2-8, shapes 1-96 (empty rows and columns from low densities),
/// weight densities 0, 1 and in between (down to 2%, so long zero runs need padding, more so
/// with narrow `z` fields), index widths 1-8, line widths of 1-16 entries, batches from 1
/// column up (several pointer bases per PE), narrow pointers, tiny and full-range values,
/// 16-48-bit accumulators (saturation), signed inputs, ReLU on and off.
///
/// The draws come from a stream derived from the seed with the label `eie-random-case`; never
/// reorder them (seed `s` is the same case in every test and every run).
public struct EIERandomCase: CustomStringConvertible, Sendable {
    public let seed: UInt64
    public let config: EIEConfig
    public let layer: EIELayer
    /// The dense index matrix the layer was built from (row-major).
    public let indices: [UInt8]

    public init(seed: UInt64) throws {
        self.seed = seed
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "eie-random-case"))
        func pick<T>(_ options: [T]) -> T { options[rng.uniformInt(below: options.count)] }
        var config = EIEConfig()
        config.pes = pick([1, 2, 3, 4, 1 + rng.uniformInt(below: 64)])
        config.queueDepth = 2 + rng.uniformInt(below: 7)
        config.codebookBits = pick([4, 4, 4, 1, 2, 3, 8])
        config.relativeIndexBits = pick([4, 4, 4, 1, 2, 3, 8])
        config.sparseLineBits = config.entryBits * (1 + rng.uniformInt(below: 16))
        config.activationRegisterEntries = pick([64, 1 + rng.uniformInt(below: 8), 1 + rng.uniformInt(below: 64)])
        config.format = FixedPointFormat(fractionBits: rng.uniformInt(below: 16),
                                         accumulatorBits: pick([16, 20, 32, 48, 16 + rng.uniformInt(below: 33)]))
        let wantedPointerBits = pick([16, 16, 8 + rng.uniformInt(below: 9)])
        let m = 1 + rng.uniformInt(below: 96), n = 1 + rng.uniformInt(below: 96)
        let density = pick([0.0, 1.0, Double(rng.uniformInt(below: 101)) / 100, 0.02 + Double(rng.uniformInt(below: 10)) / 100])
        let large = rng.uniformInt(below: 3) == 0
        func value(_ rng: inout SplitMix64) -> Int16 {
            large ? Int16(truncatingIfNeeded: rng.next()) : Int16(rng.uniformInt(below: 9)) - 4
        }
        var codebook = [Int16](repeating: 0, count: 1 << config.codebookBits)
        for k in 1..<codebook.count { codebook[k] = value(&rng) }
        var indices = [UInt8](repeating: 0, count: m * n)
        for cell in indices.indices where rng.uniformInt(below: 1000) < Int(density * 1000) {
            indices[cell] = UInt8(1 + rng.uniformInt(below: codebook.count - 1))
        }
        let activationDensity = pick([0.0, 1.0, Double(rng.uniformInt(below: 101)) / 100])
        var activations = [Int16](repeating: 0, count: n)
        for j in 0..<n where rng.uniformInt(below: 1000) < Int(activationDensity * 1000) {
            let x = value(&rng)
            activations[j] = x == 0 ? 1 : x
        }
        let relu = rng.uniformInt(below: 2) == 0
        // Narrow pointers may not address a batch: fall back to 16, then 32 bits.
        var built: EIELayer?
        for bits in [wantedPointerBits, 16, 32] where built == nil {
            config.pointerBits = bits
            do {
                built = try EIELayer(name: "random-\(seed)", rows: m, columns: n, codebook: codebook, indices: indices,
                                     activations: activations, relu: relu, format: config.format, encoding: config.encoding)
            } catch EIEError.pointerOverflow {
                continue
            }
        }
        guard let built else { throw EIEError.internalError("seed \(seed): no pointer width fits") }
        self.config = config
        self.layer = built
        self.indices = indices
    }

    public var description: String {
        "seed \(seed): \(layer.rows)x\(layer.columns) pes=\(config.pes) D=\(config.queueDepth) v=\(config.codebookBits)b "
            + "z=\(config.relativeIndexBits)b line=\(config.sparseLineBits)b ptr=\(config.pointerBits)b "
            + "rf=\(config.activationRegisterEntries) F=\(config.format.fractionBits) A=\(config.format.accumulatorBits) "
            + "stored=\(layer.storedWeights) pad=\(layer.paddingEntries) relu=\(layer.relu)"
    }
}
