import ConfigSupport
import Foundation
import PermDNNModel
import PermSim
import Testing

@Suite struct ConfigTests {
    static let configsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("configs")

    /// `configs/permdnn-32pe.yaml` documents the built-in default exactly.
    @Test func defaultPresetFileEqualsTheBuiltInDefault() throws {
        let config = try ConfigLoader.load(Self.configsDirectory.appendingPathComponent("permdnn-32pe.yaml").path)
        #expect(config == ArchitectureConfig.default)
    }

    @Test func everyPresetLoadsAndValidates() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.configsDirectory.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 3)
        for file in files {
            let config = try ConfigLoader.load(Self.configsDirectory.appendingPathComponent(file).path)
            #expect(config.name + ".yaml" == file)
        }
    }

    @Test func overridesUseTheSameKeysAsFiles() throws {
        var config = ArchitectureConfig.default
        try ConfigLoader.applyOverride("pe.multipliers=16", to: &config)
        try ConfigLoader.applyOverride("engine.clock-ghz=0.8", to: &config)
        try ConfigLoader.applyOverride("pe.permutation=formula", to: &config)
        #expect(config.multipliers == 16 && config.clockGHz == 0.8 && config.permutation == .formula)
        #expect(throws: ConfigError.self) { try ConfigLoader.applyOverride("pe.multipliers", to: &config) }
        #expect(throws: ConfigError.self) { try ConfigLoader.applyOverride("engine.clock-ghz=nan", to: &config) }
    }

    @Test func fileErrorsNameLineKeyAndRule() throws {
        let cases: [(String, String)] = [
            ("engine:\n  pes: 4\n  queue-depth: 0\n", "x.yaml:3: engine.queue-depth: must be in 1...1024 (got 0)"),
            ("engine:\n  pes: 4\nfixed-point:\n  fraction-bits: 16\n", "x.yaml:4: fixed-point.fraction-bits: must be in 0...15 (got 16)"),
            ("engine:\n  pez: 4\n", "x.yaml:2: engine.pez: unknown config key"),
            ("chip:\n  pes: 4\n", "x.yaml:1: chip: unknown config section"),
        ]
        for (yaml, expected) in cases {
            do {
                _ = try ConfigLoader.parse(yaml: yaml, file: "x.yaml")
                Issue.record("accepted: \(yaml)")
            } catch {
                #expect("\(error)".hasPrefix(expected), "\(error)")
            }
        }
    }
}
