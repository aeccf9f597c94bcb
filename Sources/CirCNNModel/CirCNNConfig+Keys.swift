import ConfigSupport
import FixedPoint

extension CirCNNConfig {
    /// CirCNN's settable keys (`--set` with `--engine circnn`, sweeps) with their ranges,
    /// checked by `validate()`; `docs/circnn-model.md` gives their reasons. The block size is
    /// `--p`.
    public static let keys: [ConfigKey<CirCNNConfig>] = [
        .integer("circnn.multiplier-budget", help: "real 16-bit multipliers of the design", \.multiplierBudget, in: 4...(1 << 20)),
        .integer("circnn.butterfly-units", help: "radix-2 butterfly units (4 multipliers each)", \.butterflyUnits, in: 1...(1 << 18)),
        .integer("circnn.cmac-lanes", help: "complex MAC lanes (4 multipliers each)", \.cmacLanes, in: 1...(1 << 18)),
        .number("circnn.clock-ghz", help: "clock", \.clockGHz, in: 0.001...100, unit: "GHz"),
        .integer("circnn.twiddle-fraction-bits", help: "fraction bits of the twiddle factors", \.twiddleFractionBits, in: 1...14,
                 why: "16-bit twiddles must hold +1.0 and -1.0"),
        .integer("fixed-point.fraction-bits", help: "fraction bits F of data (accumulators stay 40 bits)", \.format.fractionBits,
                 in: FixedPointFormat.fractionBitsRange),
    ]
}
