import FixedPoint
import PermDNNModel
import Workloads

/// A seeded random engine configuration and layer, small enough for thousands per test run.
///
/// Covers shapes not divisible by `p`, `p` from 1 to 64 (non-powers of two included),
/// 1-64 PEs, 1-16 multipliers, queue depths 1-8, NZD words 1-64 wide, activation densities
/// 0%, 100% and in between, tiny and full-range values, narrow accumulators (saturation),
/// both permutation sources, ReLU on and off. One case in four gets a weight SRAM small enough
/// to cut the layer into DRAM tiles (and some into column chunks).
///
/// In a narrow weight format (`fixed8`, `codebook4`) the case is the `fixed16` case of the same
/// seed recoded (`recoded(_:to:seed:)`, from a stream of its own): the same shape, architecture
/// and inputs, weights coded in the format with a random shift or codebook.
///
/// The draws are part of every seeded test's meaning (seed `s` is the same case in every test
/// and every run): never reorder them; add new draws at the end, or derive a separate stream.
public struct PermDNNRandomCase: PermDNNCase {
    public let seed: UInt64
    public let config: ArchitectureConfig
    public let layer: Layer

    public init(seed: UInt64, weightFormat: WeightFormat = .fixed16) throws {
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
        let fixed16 = try LayerGenerator.cornerCase(name: "random-\(seed)", rows: rows, columns: columns, blockSize: p, rng: &rng)
        layer = try Self.recoded(fixed16, to: weightFormat, seed: seed)
        config.weightFormat = weightFormat
        // Keep the SRAM large enough for one NZD word of columns in half of it.
        config.weightSRAMKiB = max(config.weightSRAMKiB, config.minimumWeightSRAMKiB)
        self.config = config
    }

    public var description: String {
        let m = layer.weights
        return "seed \(seed): \(m.rows)x\(m.columns) p=\(m.blockSize) pes=\(config.pes) mul=\(config.multipliers) q=\(config.queueDepth) S=\(config.nzdWordWidth) F=\(config.format.fractionBits) A=\(config.format.accumulatorBits) sram=\(config.weightSRAMKiB)KiB k=\(m.permutationSource.rawValue) relu=\(layer.relu)"
            + Self.weightDescription(m.encoding)
    }

    /// `layer` with its weights coded in `format` (`LayerGenerator.recodedCornerCase`), drawn from
    /// the stream `SplitMix64.derive(seed: seed, label: "weight-format")`, so the `fixed16` case's
    /// draws stay untouched.
    public static func recoded(_ layer: Layer, to format: WeightFormat, seed: UInt64) throws -> Layer {
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "weight-format"))
        return try LayerGenerator.recodedCornerCase(layer, to: format, rng: &rng)
    }

    /// ` weights=fixed8 shift=3` / ` weights=codebook4 codebook=[0, ...]` (empty for fixed16).
    public static func weightDescription(_ encoding: WeightEncoding) -> String {
        switch encoding.format {
        case .fixed16: return ""
        case .fixed8: return " weights=fixed8 shift=\(encoding.shift)"
        case .codebook4: return " weights=codebook4 codebook=\(encoding.codebook)"
        }
    }
}
