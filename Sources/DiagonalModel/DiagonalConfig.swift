import ConfigSupport
import FixedPoint

/// The diagonal-sparse engine being simulated (`docs/diagonal-model.md`): PermDNN's
/// column-broadcast organisation (zero skipping, one non-zero input column per cycle to every
/// PE) with a per-PE index calculator that finds a column's rows from the layer's diagonal
/// offsets instead of a permutation.
///
/// Defaults are PermDNN's design point (32 PEs x 8 multipliers = 256 multipliers at 1.2 GHz,
/// queue depth 4, 16-activation NZD words, 160 KiB of weight SRAM per PE, 16 bytes of DRAM per
/// cycle, 16-bit data with 8 fraction bits, 32-bit saturating accumulators) so that the schemes
/// are compared on the same budget. The offset register file (2,048 entries) is [ours]: it holds
/// every catalogue layer's diagonals (the largest, llm7b-gate/up at 12.5%, keeps 1,376).
public struct DiagonalConfig: Sendable, Equatable, Codable {
    /// Preset name, shown in reports.
    public var name = "diagonal-256"
    /// `engine.pes`: processing elements `N_PE`; output row `i` belongs to PE `i mod N_PE`.
    public var pes = 32
    /// `pe.multipliers`: multiplier lanes `N_MUL` per PE.
    public var multipliers = 8
    /// `engine.queue-depth`: activation-queue entries `Q` per PE.
    public var queueDepth = 4
    /// `engine.nzd-word-width`: activations per activation-buffer word `S` (one word read per cycle).
    public var nzdWordWidth = 16
    /// `pe.offset-registers`: entries of each PE's offset register file; a layer with more
    /// diagonals cannot be mapped.
    public var offsetRegisters = 2048
    /// `pe.weight-sram-kib`: weight SRAM per PE (weights and the per-column run descriptors).
    public var weightSRAMKiB = 160
    /// `engine.dram-bytes-per-cycle`: DRAM bandwidth for streamed weight chunks.
    public var dramBytesPerCycle = 16
    /// `engine.clock-ghz`: clock, used only to turn cycles into time.
    public var clockGHz = 1.2
    /// `fixed-point.fraction-bits` / `fixed-point.accumulator-bits`: the arithmetic every engine shares.
    public var format = FixedPointFormat.default

    public init() {}

    /// The default design point.
    public static let `default` = DiagonalConfig()

    /// Bits of a register-file index or count (`0...offsetRegisters`).
    public var offsetIndexBits: Int { Self.bitsToHold(offsetRegisters) }
    /// Bits of one column's run descriptor: two runs of the register file, each a start and a
    /// count (`docs/diagonal-model.md`, "Mapping").
    public var descriptorBits: Int { 4 * offsetIndexBits }
    /// Bits of one weight-SRAM word: `N_MUL` 16-bit weights.
    public var wordBits: Int { multipliers * 16 }
    /// Weight-SRAM capacity per PE, bits.
    public var sramBits: Int { weightSRAMKiB * 8192 }

    /// Bits needed to hold every value in `0...value`.
    public static func bitsToHold(_ value: Int) -> Int {
        var bits = 1
        while (1 << bits) <= value { bits += 1 }
        return bits
    }

    /// Checks every key against its range; the error names the key and the rule.
    public func validate() throws {
        if let (field, rule) = Self.keys.firstViolation(in: self) { throw DiagonalError.invalid(field: field, rule: rule) }
    }

    /// The settable keys (`--set` with `--engine diagonal`, sweeps) with their ranges.
    public static let keys: [ConfigKey<DiagonalConfig>] = [
        .integer("engine.pes", help: "processing elements N_PE (row i on PE i mod N_PE)", \.pes, in: 1...4096),
        .integer("pe.multipliers", help: "multiplier lanes N_MUL per PE", \.multipliers, in: 1...64),
        .integer("engine.queue-depth", help: "activation queue entries Q per PE", \.queueDepth, in: 1...64),
        .integer("engine.nzd-word-width", help: "activations per activation-buffer word S", \.nzdWordWidth, in: 1...1024),
        .integer("pe.offset-registers", help: "entries of each PE's offset register file (most diagonals K)", \.offsetRegisters, in: 1...65536),
        .integer("pe.weight-sram-kib", help: "weight SRAM per PE (weights and run descriptors)", \.weightSRAMKiB, in: 1...(1 << 20)),
        .integer("engine.dram-bytes-per-cycle", help: "DRAM bandwidth for streamed weight chunks", \.dramBytesPerCycle, in: 1...4096),
        .number("engine.clock-ghz", help: "clock", \.clockGHz, in: 0.001...100, unit: "GHz"),
        .integer("fixed-point.fraction-bits", help: "fraction bits F", \.format.fractionBits, in: FixedPointFormat.fractionBitsRange),
        .integer("fixed-point.accumulator-bits", help: "accumulator width A (saturating)", \.format.accumulatorBits,
                 in: FixedPointFormat.accumulatorBitsRange),
    ]
}
