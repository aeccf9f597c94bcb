import ConfigSupport
import PermDNNModel
import Workloads

/// The architecture and custom-layer options read exactly as `permsim run` reads them. A copy of
/// two functions of the root's `PermSimCLI/CommandSupport.swift`: that file belongs to an
/// executable target, which another package cannot import.
enum CommandOptions {
    /// The architecture of `--config`, then every `--set`, then `--pes` / `--multipliers`,
    /// validated (the order `permsim run` documents).
    static func architecture(preset: String?, overrides: [String], pes: Int?, multipliers: Int?) throws -> ArchitectureConfig {
        var architecture = try preset.map(ConfigLoader.load) ?? ArchitectureConfig.default
        for assignment in overrides { try ConfigLoader.applyOverride(assignment, to: &architecture) }
        if let pes {
            guard pes >= 1 else { throw ConfigError.invalid(field: "--pes", rule: "must be at least 1 (got \(pes))") }
            architecture.pes = pes
        }
        if let multipliers {
            guard multipliers >= 1 else { throw ConfigError.invalid(field: "--multipliers", rule: "must be at least 1 (got \(multipliers))") }
            architecture.multipliers = multipliers
        }
        try architecture.validate()
        return architecture
    }

    /// The `--in/--out/--weight-density/--act-density` layer (named `custom`), or nil when none
    /// of them was given. Its spec is validated when a run starts, under the engine's rules.
    static func customLayer(inputs: Int?, outputs: Int?, weightDensity: Double?, actDensity: Double?,
                            blockSize: Int?) throws -> LayerSpec? {
        guard inputs != nil || outputs != nil || weightDensity != nil || actDensity != nil else { return nil }
        guard let inputs else { throw ConfigError.invalid(field: "--in", rule: "is required for a custom layer (with --out)") }
        guard let outputs else { throw ConfigError.invalid(field: "--out", rule: "is required for a custom layer (with --in)") }
        guard weightDensity != nil || blockSize != nil else {
            throw ConfigError.invalid(field: "--weight-density", rule: "or --p is required for a custom layer")
        }
        return LayerSpec(name: "custom", inputs: inputs, outputs: outputs, weightDensity: weightDensity ?? 1.0 / Double(blockSize ?? 1),
                         activationDensity: actDensity ?? 1.0, blockSize: blockSize)
    }
}
