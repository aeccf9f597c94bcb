import Foundation

/// One settable key of an engine's configuration: its dotted path (as in YAML files and
/// `--set key=value`), its help text, and how a text value is applied.
///
/// Each engine declares its keys in one table (`ArchitectureConfig.keys`, `EIEConfig.keys`,
/// `CirCNNConfig.keys`); `permsim list --keys` prints them and `--set` applies them, so a key
/// means the same thing in a file, on the command line and in a sweep. Range rules live in
/// each config's `validate()`, which names the key.
public struct ConfigKey<Config>: Sendable {
    public let path: String
    public let help: String
    /// Whether the value is a number: in a YAML file it must then be a plain scalar (`8`, not
    /// `"8"`), as in workload files.
    public let numeric: Bool
    public let apply: @Sendable (inout Config, String) throws -> Void

    public init(_ path: String, help: String, numeric: Bool = false, apply: @escaping @Sendable (inout Config, String) throws -> Void) {
        self.path = path
        self.help = help
        self.numeric = numeric
        self.apply = apply
    }

    /// An integer key stored at `field`.
    public static func integer(_ path: String, help: String, _ field: WritableKeyPath<Config, Int> & Sendable) -> ConfigKey {
        ConfigKey(path, help: help, numeric: true) { config, text in config[keyPath: field] = try ConfigValue.integer(text, key: path) }
    }

    /// A finite real key stored at `field`.
    public static func number(_ path: String, help: String, _ field: WritableKeyPath<Config, Double> & Sendable) -> ConfigKey {
        ConfigKey(path, help: help, numeric: true) { config, text in config[keyPath: field] = try ConfigValue.number(text, key: path) }
    }
}

/// Strict text-to-value conversions for `--set key=value` and config files.
public enum ConfigValue {
    /// A plain integer (surrounding spaces allowed).
    public static func integer(_ text: String, key: String) throws -> Int {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw ConfigError.invalid(field: key, rule: "must be an integer (got '\(text)')")
        }
        return value
    }

    /// A finite number.
    public static func number(_ text: String, key: String) throws -> Double {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw ConfigError.invalid(field: key, rule: "must be a finite number (got '\(text)')")
        }
        return value
    }
}

extension Array {
    /// Applies one `key=value` assignment with the key table `self`; an unknown key is refused
    /// with the nearest known key and the list of keys.
    public func apply<Config>(assignment: String, to config: inout Config) throws where Element == ConfigKey<Config> {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw ConfigError.invalid(field: "--set", rule: "expects key=value (got '\(assignment)')")
        }
        let key = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
        let value = String(assignment[assignment.index(after: equals)...])
        try apply(key: key, value: value, to: &config)
    }

    /// Applies `value` to `key`.
    public func apply<Config>(key: String, value: String, to config: inout Config) throws where Element == ConfigKey<Config> {
        guard let entry = first(where: { $0.path == key }) else {
            let paths = map(\.path)
            let suggestion = NameSuggestion.nearest(to: key, in: paths).map { "; did you mean '\($0)'?" } ?? ""
            throw ConfigError.invalid(field: key, rule: "unknown config key\(suggestion) (keys: \(paths.joined(separator: ", ")))")
        }
        try entry.apply(&config, value)
    }
}
