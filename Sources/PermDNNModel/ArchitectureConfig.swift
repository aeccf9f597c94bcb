import ConfigSupport
import FixedPoint
import PEModel
import Workloads

/// The PermDNN architecture being simulated: one YAML preset (`configs/`), plus overrides.
///
/// Defaults are the reported design point (32 PEs x 8 multipliers at 1.2 GHz, [paper: PermDNN])
/// and our own choices where the paper is silent (queue depth, NZD word width, SRAM size,
/// DRAM bandwidth, fixed-point format); `docs/assumptions.md` gives each one's reason.
public struct ArchitectureConfig: Sendable, Equatable, Codable {
    /// Preset name, shown in reports.
    public var name = "permdnn-32pe"
    /// `engine.pes`: processing elements `N_PE`.
    public var pes = 32
    /// `engine.clock-ghz`: clock frequency, used only to turn cycles into time.
    public var clockGHz = 1.2
    /// `engine.nzd-word-width`: activations the NZD reads per activation-buffer word (`S`).
    public var nzdWordWidth = 16
    /// `engine.queue-depth`: entries of each PE's activation queue (`Q`).
    public var queueDepth = 4
    /// `engine.dram-bytes-per-cycle`: DRAM bandwidth for streaming weight tiles.
    public var dramBytesPerCycle = 16
    /// `pe.multipliers`: multiplier lanes per PE (`N_MUL`).
    public var multipliers = 8
    /// `pe.weight-sram-kib`: weight SRAM capacity per PE in KiB: 160 (10,240 words of `N_MUL`
    /// 16-bit weights), the capacity the published 8.85 mm^2 implies under our technology library,
    /// rounded to 32 KiB (`docs/assumptions.md`, `docs/cost-model.md` section 5).
    public var weightSRAMKiB = 160
    /// `pe.weight-format`: how the weight SRAM stores a weight (`WeightFormat`): `fixed16` (the
    /// default), `fixed8` (8-bit codes and a per-layer shift) or `codebook4` (4-bit indices into a
    /// per-layer 16-entry codebook). A word of `N_MUL` weights is `N_MUL x 16, 8 or 4` bits, so the
    /// same SRAM holds 1x, 2x or 4x the weights; the narrow formats decode in a DEC stage.
    public var weightFormat = WeightFormat.fixed16
    /// `pe.permutation`: force the `k` source for generated layers (`nil`: as the workload says).
    public var permutation: PermutationSource? = nil
    /// `fixed-point.fraction-bits` and `fixed-point.accumulator-bits`.
    public var format = FixedPointFormat.default
    /// `limits.memory-gib`: refuse a layer whose estimated host memory exceeds this.
    public var memoryLimitGiB = 16.0

    public init() {}

    /// The default design point; `configs/permdnn-32pe.yaml` states the same values (a test checks).
    public static let `default` = ArchitectureConfig()

    /// Weight SRAM capacity per PE in bytes.
    public var weightSRAMBytes: Int { weightSRAMKiB * 1024 }

    /// Bits of one weight-SRAM word: `N_MUL` weights of the format's width.
    public var weightWordBits: Int { multipliers * weightFormat.bits }

    /// The smallest `weightSRAMKiB` the tiling accepts: one NZD word of columns (`S` words of
    /// `N_MUL` weights) in half the SRAM (`EngineMapping`, double buffering).
    public var minimumWeightSRAMKiB: Int { (nzdWordWidth * weightWordBits * 2 + 8 * 1024 - 1) / (8 * 1024) }

    /// Checks every field against its rule; the error names the field (as in YAML / `--set`).
    /// Every field is a key, so the ranges are the keys' (`ArchitectureConfig.keys`).
    public func validate() throws {
        if let (field, rule) = Self.keys.firstViolation(in: self) { throw ConfigError.invalid(field: field, rule: rule) }
    }
}
