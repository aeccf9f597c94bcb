import EIEModel
import FixedPoint
import Foundation
import Testing

@Suite struct ConfigTests {
    @Test func defaultsAreThePublishedDesignPoint() throws {
        let config = EIEConfig.default
        #expect(config.pes == 64 && config.queueDepth == 8 && config.sparseLineBits == 64 && config.pointerBits == 16)
        #expect(config.clockGHz == 0.8 && config.codebookBits == 4 && config.relativeIndexBits == 4)
        #expect(config.activationRegisterEntries == 64 && config.format == .default)
        #expect(config.entriesPerLine == 8)
        #expect(config.encoding.batchColumns == 4096)
        try config.validate()
    }

    @Test(arguments: [
        ("pes", 0, "eie.pes: must be in 1...4096 (got 0)"),
        ("queueDepth", 1, "eie.queue-depth: must be in 2...1024 (got 1); a ring buffer of depth D holds D - 1 entries"),
        ("pointerBits", 40, "eie.pointer-bits: must be in 4...32 (got 40)"),
        ("codebookBits", 0, "eie.codebook-bits: must be in 1...8 (got 0)"),
        ("relativeIndexBits", 9, "eie.relative-index-bits: must be in 1...8 (got 9)"),
        ("sparseLineBits", 60, "eie.sparse-line-bits: must be a multiple of the entry width 8 (codebook-bits + relative-index-bits) in 8...4096 (got 60)"),
        ("activationRegisterEntries", 0, "eie.activation-register-entries: must be in 1...65536 (got 0)"),
    ])
    func invalidFieldsAreNamed(field: String, value: Int, message: String) {
        var config = EIEConfig()
        switch field {
        case "pes": config.pes = value
        case "queueDepth": config.queueDepth = value
        case "pointerBits": config.pointerBits = value
        case "codebookBits": config.codebookBits = value
        case "relativeIndexBits": config.relativeIndexBits = value
        case "sparseLineBits": config.sparseLineBits = value
        default: config.activationRegisterEntries = value
        }
        do {
            try config.validate()
            Issue.record("\(field) = \(value) was accepted")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func invalidClockAndFormat() {
        var config = EIEConfig()
        config.clockGHz = 0
        #expect(throws: EIEError.invalidConfig(field: "eie.clock-ghz", rule: "must be a number in [0.001, 100] GHz (got 0.0)")) { try config.validate() }
        config = EIEConfig()
        config.format = FixedPointFormat(fractionBits: 16, accumulatorBits: 32)
        #expect(throws: EIEError.self) { try config.validate() }
        config.format = FixedPointFormat(fractionBits: 8, accumulatorBits: 60)
        #expect(throws: EIEError.self) { try EIEEngine(config: config) }
    }

    @Test func configRoundTripsThroughCodable() throws {
        var config = EIEConfig()
        config.pes = 32
        config.queueDepth = 4
        let data = try JSONEncoder().encode(config)
        #expect(try JSONDecoder().decode(EIEConfig.self, from: data) == config)
    }
}
