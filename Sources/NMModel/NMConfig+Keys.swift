import ConfigSupport
import FixedPoint

extension NMConfig {
    /// The N:M engine's settable keys (`--set` with `--engine nm`, sweeps) with their ranges,
    /// checked by `validate()`; `docs/nm-model.md` gives their reasons.
    public static let keys: [ConfigKey<NMConfig>] = [
        .integer("engine.pes", help: "processing elements N_PE (row i on PE i mod N_PE)", \.pes, in: 1...4096),
        .integer("pe.multipliers", help: "multiplier lanes L per PE, each with a 4:1 activation select", \.multipliers, in: 1...256),
        .integer("nm.kept", help: "weights kept of every group of 4 inputs (2 = 2:4 sparsity)", \.kept, in: 1...3,
                 why: "a group of 4 keeps 1, 2 or 3 weights (4 would be dense, 0 empty)"),
        .number("engine.clock-ghz", help: "clock", \.clockGHz, in: 0.001...100, unit: "GHz"),
        .integer("engine.queue-depth", help: "activation-group queue depth Q per PE", \.queueDepth, in: 1...1024),
        .integer("engine.dram-bytes-per-cycle", help: "DRAM bandwidth for streamed weight tiles, bytes per cycle", \.dramBytesPerCycle,
                 in: 1...(1 << 20)),
        .integer("pe.weight-sram-kib", help: "weight SRAM per PE in KiB (values + 2-bit indices; larger layers stream)",
                 \.weightSRAMKiB, in: 1...(1 << 20)),
        .integer("pe.accumulator-rows", help: "output rows a PE accumulates at once (more rows run in row tiles)",
                 \.accumulatorRows, in: 1...(1 << 20)),
        .integer("fixed-point.fraction-bits", help: "fraction bits F", \.format.fractionBits, in: FixedPointFormat.fractionBitsRange),
        .integer("fixed-point.accumulator-bits", help: "accumulator width A (saturating)", \.format.accumulatorBits,
                 in: FixedPointFormat.accumulatorBitsRange),
    ]
}
