import ConfigSupport
import FixedPoint

extension EIEConfig {
    /// EIE's settable keys (`--set` with `--engine eie`, sweeps) with their ranges, checked by
    /// `validate()`; `docs/eie-model.md` gives their sources. `fixed-point.*` set the
    /// arithmetic shared with PermDNN.
    public static let keys: [ConfigKey<EIEConfig>] = [
        .integer("eie.pes", help: "processing elements N_PE (row i on PE i mod N_PE)", \.pes, in: 1...4096),
        .integer("eie.queue-depth", help: "activation queue slots D", \.queueDepth, in: 2...1024,
                 why: "a ring buffer of depth D holds D - 1 entries"),
        .integer("eie.codebook-bits", help: "weight index bits v (codebook of 2^bits entries)", \.codebookBits, in: 1...8),
        .integer("eie.relative-index-bits", help: "zero-run bits z (longer runs need padding entries)", \.relativeIndexBits, in: 1...8),
        ConfigKey("eie.sparse-line-bits", help: "sparse-matrix SRAM line width in bits", numeric: true,
                  range: "a multiple of codebook-bits + relative-index-bits, at most 4096", current: { "\($0.sparseLineBits)" },
                  check: { config in
                      let (bits, entry) = (config.sparseLineBits, config.entryBits)
                      return bits >= entry && bits <= 4096 && bits % entry == 0 ? nil
                          : "must be a multiple of the entry width \(entry) (codebook-bits + relative-index-bits) in \(entry)...4096 (got \(bits))"
                  }) { config, text in config.sparseLineBits = try ConfigValue.integer(text, key: "eie.sparse-line-bits") },
        .integer("eie.pointer-bits", help: "stored column pointer width in bits", \.pointerBits, in: 4...32),
        .number("eie.clock-ghz", help: "clock", \.clockGHz, in: 0.001...100, unit: "GHz"),
        .integer("eie.activation-register-entries", help: "entries of each PE's activation register files", \.activationRegisterEntries, in: 1...65536),
        .integer("fixed-point.fraction-bits", help: "fraction bits F", \.format.fractionBits, in: FixedPointFormat.fractionBitsRange),
        .integer("fixed-point.accumulator-bits", help: "accumulator width A (saturating)", \.format.accumulatorBits, in: FixedPointFormat.accumulatorBitsRange),
    ]
}
