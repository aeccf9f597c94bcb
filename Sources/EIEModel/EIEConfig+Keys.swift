import ConfigSupport

extension EIEConfig {
    /// EIE's settable keys (`--set` with `--engine eie`, sweeps); `validate()` holds their
    /// ranges and `docs/eie-model.md` their sources. `fixed-point.*` set the arithmetic shared
    /// with PermDNN.
    public static let keys: [ConfigKey<EIEConfig>] = [
        .integer("eie.pes", help: "processing elements N_PE (row i on PE i mod N_PE)", \.pes),
        .integer("eie.queue-depth", help: "activation queue slots D (a ring buffer holding D - 1)", \.queueDepth),
        .integer("eie.sparse-line-bits", help: "sparse-matrix SRAM line width in bits", \.sparseLineBits),
        .integer("eie.pointer-bits", help: "stored column pointer width in bits", \.pointerBits),
        .number("eie.clock-ghz", help: "clock in GHz", \.clockGHz),
        .integer("eie.codebook-bits", help: "weight index bits v (codebook of 2^bits entries)", \.codebookBits),
        .integer("eie.relative-index-bits", help: "zero-run bits z (longer runs need padding entries)", \.relativeIndexBits),
        .integer("eie.activation-register-entries", help: "entries of each PE's activation register files", \.activationRegisterEntries),
        .integer("fixed-point.fraction-bits", help: "fraction bits F", \.format.fractionBits),
        .integer("fixed-point.accumulator-bits", help: "accumulator width A (saturating)", \.format.accumulatorBits),
    ]
}
