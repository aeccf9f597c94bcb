import ConfigSupport

extension CirCNNConfig {
    /// CirCNN's settable keys (`--set` with `--engine circnn`, sweeps); `validate()` holds
    /// their ranges and `docs/circnn-model.md` their reasons. The block size is `--p`.
    public static let keys: [ConfigKey<CirCNNConfig>] = [
        .integer("circnn.multiplier-budget", help: "real 16-bit multipliers of the design", \.multiplierBudget),
        .integer("circnn.butterfly-units", help: "radix-2 butterfly units (4 multipliers each)", \.butterflyUnits),
        .integer("circnn.cmac-lanes", help: "complex MAC lanes (4 multipliers each)", \.cmacLanes),
        .number("circnn.clock-ghz", help: "clock in GHz", \.clockGHz),
        .integer("circnn.twiddle-fraction-bits", help: "fraction bits of the twiddle factors", \.twiddleFractionBits),
        .integer("fixed-point.fraction-bits", help: "fraction bits F of data (accumulators stay 40 bits)", \.format.fractionBits),
    ]
}
