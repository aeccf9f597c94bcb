import ConfigSupport
import NMModel
import Testing

/// The configuration keys and their rules.
@Suite struct ConfigTests {
    @Test func defaultsArePermDNNsBudget() throws {
        let config = NMConfig.default
        try config.validate()
        #expect(config.totalMultipliers == 256 && config.clockGHz == 1.2 && config.kept == 2)
        #expect(config.wordBits == 8 * 18)
    }

    @Test func keysApplyAndValidate() throws {
        var config = NMConfig()
        try NMConfig.keys.apply(assignment: "nm.kept=3", to: &config)
        try NMConfig.keys.apply(assignment: "pe.multipliers=16", to: &config)
        try NMConfig.keys.apply(assignment: "engine.pes=4", to: &config)
        try config.validate()
        #expect(config.kept == 3 && config.multipliers == 16 && config.pes == 4)
    }

    @Test(arguments: [("nm.kept=4", "nm.kept"), ("nm.kept=0", "nm.kept"), ("engine.pes=0", "engine.pes"),
                      ("pe.multipliers=300", "pe.multipliers"), ("pe.weight-sram-kib=0", "pe.weight-sram-kib"),
                      ("pe.accumulator-rows=4", "pe.accumulator-rows"), ("fixed-point.accumulator-bits=60", "fixed-point.accumulator-bits"),
                      ("engine.clock-ghz=0", "engine.clock-ghz")])
    func badValuesNameTheirKey(assignment: String, key: String) throws {
        var config = NMConfig()
        try NMConfig.keys.apply(assignment: assignment, to: &config)
        #expect {
            try config.validate()
        } throws: { error in
            guard case let NMError.invalid(field, _) = error else { return false }
            return field == key
        }
    }

    @Test func unknownKeyIsRefused() {
        var config = NMConfig()
        #expect(throws: ConfigError.self) { try NMConfig.keys.apply(assignment: "nm.keep=2", to: &config) }
    }

    /// An SRAM too small for two words per slot cannot map a layer.
    @Test func tinySRAMCannotMap() throws {
        var config = NMConfig()
        config.multipliers = 256
        config.accumulatorRows = 256
        config.kept = 3
        config.weightSRAMKiB = 1
        #expect(throws: NMError.self) { try NMTilePlan(config: config, rows: 10_000, groups: 100, kept: 3) }
    }
}
