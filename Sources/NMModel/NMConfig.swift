import ConfigSupport
import FixedPoint

/// The N:M (C4n-style) engine being simulated: PEs, multiplier lanes, how many weights of every
/// group of 4 are kept, clock, queues, memories and the fixed-point format
/// (`docs/nm-model.md` gives each choice its source or reason).
///
/// Defaults: PermDNN's multiplier budget and clock (32 PEs x 8 lanes = 256 16-bit multipliers,
/// 1.2 GHz), its activation queue depth (4), weight SRAM per PE (160 KiB), DRAM bandwidth
/// (16 bytes per cycle), accumulator rows per PE (128) and arithmetic (16-bit data, 8 fraction
/// bits, 32-bit saturating accumulators), so the engines differ only in the weight structure.
/// `kept` = 2 is 2:4 sparsity, the case NVIDIA's sparse tensor cores run.
public struct NMConfig: Sendable, Equatable, Codable {
    /// Design name, shown in reports.
    public var name = "nm-256"
    /// `engine.pes`: processing elements `N_PE`; output row `i` belongs to PE `i mod N_PE`.
    public var pes = 32
    /// `pe.multipliers`: multiplier lanes `L` per PE, each with a 4:1 activation select.
    public var multipliers = 8
    /// `nm.kept`: weights kept of every group of 4 contiguous inputs (`4 - n` for C4n sparsity).
    public var kept = 2
    /// `engine.clock-ghz`: clock, used only to turn cycles into time.
    public var clockGHz = 1.2
    /// `engine.queue-depth`: groups each PE's activation-group queue holds.
    public var queueDepth = 4
    /// `engine.dram-bytes-per-cycle`: DRAM bandwidth for streamed weight tiles.
    public var dramBytesPerCycle = 16
    /// `pe.weight-sram-kib`: weight SRAM per PE (values and 2-bit indices), KiB.
    public var weightSRAMKiB = 160
    /// `pe.accumulator-rows`: output rows one PE accumulates at once (in `L` banks); a PE owning
    /// more rows runs the layer in several row tiles.
    public var accumulatorRows = 128
    /// `fixed-point.fraction-bits` / `fixed-point.accumulator-bits`: the arithmetic every engine shares.
    public var format = FixedPointFormat.default

    public init() {}

    /// The default design point.
    public static let `default` = NMConfig()

    /// Activations per group: the `M` of N:M, fixed at 4 (C4n sparsity, 2:4 tensor cores).
    public static let groupSize = 4
    /// Bits of a stored in-group index (`log2 4`).
    public static let indexBits = 2
    /// Bits of a stored weight value.
    public static let valueBits = 16

    /// Bits of one weight-SRAM word: `L` values and their `L` in-group indices.
    public var wordBits: Int { multipliers * (Self.valueBits + Self.indexBits) }
    /// Weight SRAM capacity per PE in bits.
    public var weightSRAMBits: Int { weightSRAMKiB * 8192 }
    /// Row-words (`L` rows) a PE accumulates at once.
    public var rowWordsPerTile: Int { accumulatorRows / multipliers }
    /// The stored fraction of a dense layer's weights: `kept / 4`.
    public var weightDensity: Double { Double(kept) / Double(Self.groupSize) }
    /// Every multiplier of the design.
    public var totalMultipliers: Int { pes * multipliers }

    /// Checks every key's range, then the rules across keys; throws `NMError.invalid` naming the key.
    public func validate() throws {
        if let (field, rule) = Self.keys.firstViolation(in: self) { throw NMError.invalid(field: field, rule: rule) }
        guard accumulatorRows >= multipliers else {
            throw NMError.invalid(field: "pe.accumulator-rows",
                                  rule: "must be at least pe.multipliers = \(multipliers), one row per lane (got \(accumulatorRows))")
        }
    }
}
