import ConfigSupport
import FixedPoint
import Foundation
import PEModel
import Workloads
import Yams

/// Reads architecture presets (YAML) and applies `--set key=value` overrides.
///
/// One table of keys serves both, so a key means the same thing in a file and on the
/// command line, and both report errors the same way: `file:line: key: rule`.
public enum ConfigLoader {
    /// Applies one `key=value` override.
    public static func applyOverride(_ assignment: String, to config: inout ArchitectureConfig) throws {
        try ArchitectureConfig.keys.apply(assignment: assignment, to: &config)
    }

    static func apply(key: String, value: String, to config: inout ArchitectureConfig) throws {
        try ArchitectureConfig.keys.apply(key: key, value: value, to: &config)
    }

    /// Parses a preset file's text; every error is one line naming `file:line`, the key and the rule.
    public static func parse(yaml: String, file: String) throws -> ArchitectureConfig {
        // The same YAML reader as workload files: syntax errors keep their reason and line, and
        // an empty or comment-only file is refused rather than read as the defaults.
        let root = try YAMLMapping.parseDocument(yaml, file: file)
        var config = ArchitectureConfig()
        try walk(root, prefix: "", file: file, into: &config)
        try config.validate(file: file, lines: lineIndex(root))
        return config
    }

    /// The largest preset file read (a preset is a few lines; this stops `/dev/zero`-like input).
    static let maximumFileBytes = 1 << 20

    /// Loads a preset by file path, or by name from the preset directories.
    public static func load(_ nameOrPath: String) throws -> ArchitectureConfig {
        let exists = FileManager.default.fileExists(atPath: nameOrPath)
        guard let path = exists ? nameOrPath : presetPath(named: nameOrPath) else {
            throw ConfigError.invalid(field: "--config", rule: "no file or preset named '\(nameOrPath)' (presets: \(presetNames().joined(separator: ", ")))")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw ConfigError.invalid(field: "--config", rule: "'\(path)' is not a regular file")
        }
        guard (attributes?[.size] as? Int ?? 0) <= maximumFileBytes else {
            throw ConfigError.invalid(field: "--config", rule: "'\(path)' is larger than \(maximumFileBytes / 1024) KiB; a preset is a short YAML file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError.invalid(field: "--config", rule: "'\(path)' cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError.invalid(field: path, rule: "is not UTF-8 text")
        }
        return try parse(yaml: text, file: path)
    }

    /// Where presets are looked up (`ConfigDirectories.search`).
    public static var presetDirectories: [String] { ConfigDirectories.search }

    static func presetPath(named name: String) -> String? {
        for directory in presetDirectories {
            let path = directory + "/" + name + ".yaml"
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// Names of the presets found (the built-in default is always available).
    public static func presetNames() -> [String] {
        var names: Set<String> = [ArchitectureConfig.default.name]
        for directory in presetDirectories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".yaml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    private static func walk(_ node: Node, prefix: String, file: String, into config: inout ArchitectureConfig) throws {
        let line = node.mark.map { "\(file):\($0.line)" } ?? file
        switch node {
        case let .mapping(mapping):
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else {
                    throw ConfigError.invalid(field: "\(line): \(prefix)", rule: "keys must be plain strings")
                }
                let path = prefix.isEmpty ? key : prefix + "." + key
                if case .mapping = value {
                    guard ArchitectureConfig.keys.contains(where: { $0.path.hasPrefix(path + ".") }) else {
                        throw ConfigError.invalid(field: "\(keyLine(keyNode, file)): \(path)", rule: "unknown config section (sections: engine, pe, fixed-point, limits)")
                    }
                    try walk(value, prefix: path, file: file, into: &config)
                } else if let scalar = value.scalar?.string {
                    if value.scalar?.style != .plain, ArchitectureConfig.keys.first(where: { $0.path == path })?.numeric == true {
                        throw ConfigError.invalid(field: "\(keyLine(keyNode, file)): \(path)", rule: "must be a plain number, not quoted (got \(scalar.debugDescription))")
                    }
                    do {
                        try apply(key: path, value: scalar, to: &config)
                    } catch let ConfigError.invalid(field, rule) {
                        throw ConfigError.invalid(field: "\(keyLine(keyNode, file)): \(field)", rule: rule)
                    }
                } else {
                    throw ConfigError.invalid(field: "\(keyLine(keyNode, file)): \(path)", rule: "must be a single value, not a list")
                }
            }
        default:
            throw ConfigError.invalid(field: line, rule: "a preset must be a mapping of sections (engine, pe, fixed-point, limits)")
        }
    }

    private static func keyLine(_ node: Node, _ file: String) -> String {
        node.mark.map { "\(file):\($0.line)" } ?? file
    }

    /// Line of each dotted key, so a value that breaks a range rule is reported at its line.
    private static func lineIndex(_ node: Node, prefix: String = "") -> [String: Int] {
        guard case let .mapping(mapping) = node else { return [:] }
        var lines: [String: Int] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            let path = prefix.isEmpty ? key : prefix + "." + key
            if let line = keyNode.mark?.line { lines[path] = line }
            lines.merge(lineIndex(value, prefix: path)) { a, _ in a }
        }
        return lines
    }
}

extension ArchitectureConfig {
    /// `validate()` with the failing key's line in `file`.
    func validate(file: String, lines: [String: Int]) throws {
        do {
            try validate()
        } catch let ConfigError.invalid(field, rule) {
            let location = lines[field].map { "\(file):\($0)" } ?? file
            throw ConfigError.invalid(field: "\(location): \(field)", rule: rule)
        }
    }
}

extension ArchitectureConfig {
    /// PermDNN's settable keys (preset files and `--set`); `validate()` holds their ranges.
    public static let keys: [ConfigKey<ArchitectureConfig>] = [
        ConfigKey("name", help: "preset name shown in reports", range: "text", current: { $0.name }) { $0.name = $1 },
        .integer("engine.pes", help: "processing elements N_PE", \.pes, in: 1...4096),
        .number("engine.clock-ghz", help: "clock", \.clockGHz, in: 0.001...100, unit: "GHz"),
        .integer("engine.nzd-word-width", help: "activations per NZD word S", \.nzdWordWidth, in: 1...64),
        .integer("engine.queue-depth", help: "activation queue depth Q", \.queueDepth, in: 1...1024),
        .integer("engine.dram-bytes-per-cycle", help: "DRAM bandwidth for weight tiles, bytes per cycle", \.dramBytesPerCycle, in: 1...(1 << 20)),
        .integer("pe.multipliers", help: "multiplier lanes N_MUL per PE", \.multipliers, in: 1...256),
        .integer("pe.weight-sram-kib", help: "weight SRAM per PE in KiB (larger layers stream from DRAM)", \.weightSRAMKiB, in: 1...(1 << 20)),
        ConfigKey("pe.weight-format", help: "how the weight SRAM stores weights: 16-bit, 8-bit with a per-layer shift, or 4-bit codebook indices",
                  range: WeightFormat.allCases.map(\.rawValue).joined(separator: " | "), current: { $0.weightFormat.rawValue }) { config, text in
            guard let format = WeightFormat(rawValue: text) else {
                throw ConfigError.invalid(field: "pe.weight-format", rule: "must be fixed16, fixed8 or codebook4 (got '\(text)')")
            }
            config.weightFormat = format
        },
        ConfigKey("pe.permutation", help: "where k comes from: stored, formula, or as each workload says",
                  range: "stored | formula | workload", current: { $0.permutation?.rawValue ?? "workload" }) { config, text in
            if text == "workload" { config.permutation = nil; return }
            guard let source = PermutationSource(rawValue: text) else {
                throw ConfigError.invalid(field: "pe.permutation", rule: "must be stored, formula or workload (got '\(text)')")
            }
            config.permutation = source
        },
        .integer("fixed-point.fraction-bits", help: "fraction bits F", \.format.fractionBits, in: FixedPointFormat.fractionBitsRange),
        .integer("fixed-point.accumulator-bits", help: "accumulator width A (saturating)", \.format.accumulatorBits, in: FixedPointFormat.accumulatorBitsRange),
        .number("limits.memory-gib", help: "refuse layers needing more host memory (at most this machine's memory)", \.memoryLimitGiB,
                in: 0.001...HostMemory.limitCeilingGiB, unit: "GiB"),
    ]
}
