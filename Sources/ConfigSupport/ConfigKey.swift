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
    /// The values it takes, as `permsim list --keys` shows them (`1...4096`, `[0.001, 100] GHz`).
    public let range: String
    public let apply: @Sendable (inout Config, String) throws -> Void
    /// The key's value in `config`, as text.
    public let current: @Sendable (Config) -> String
    /// The rule the key's value in `config` breaks, or nil: the one place its range is checked
    /// (each config's `validate()` runs every key's check, then the rules across keys).
    public let check: @Sendable (Config) -> String?

    public init(_ path: String, help: String, numeric: Bool = false, range: String,
                current: @escaping @Sendable (Config) -> String, check: @escaping @Sendable (Config) -> String? = { _ in nil },
                apply: @escaping @Sendable (inout Config, String) throws -> Void) {
        self.path = path
        self.help = help
        self.numeric = numeric
        self.range = range
        self.current = current
        self.check = check
        self.apply = apply
    }

    /// An integer key stored at `field`, valid in `range`; `why`, when given, follows the rule.
    public static func integer(_ path: String, help: String, _ field: WritableKeyPath<Config, Int> & Sendable,
                               in range: ClosedRange<Int>, why: String? = nil) -> ConfigKey {
        ConfigKey(path, help: help, numeric: true, range: "\(range)", current: { "\($0[keyPath: field])" },
                  check: { config in
                      let value = config[keyPath: field]
                      return range.contains(value) ? nil : "must be in \(range) (got \(value))" + (why.map { "; " + $0 } ?? "")
                  }) { config, text in config[keyPath: field] = try ConfigValue.integer(text, key: path) }
    }

    /// A finite real key stored at `field`, valid in `range` (in `unit`).
    public static func number(_ path: String, help: String, _ field: WritableKeyPath<Config, Double> & Sendable,
                              in range: ClosedRange<Double>, unit: String) -> ConfigKey {
        let shown = "[\(ConfigValue.text(range.lowerBound)), \(ConfigValue.text(range.upperBound))] \(unit)"
        return ConfigKey(path, help: help, numeric: true, range: shown, current: { ConfigValue.text($0[keyPath: field]) },
                         check: { config in
                             let value = config[keyPath: field]
                             return value.isFinite && range.contains(value) ? nil : "must be a number in \(shown) (got \(value))"
                         }) { config, text in config[keyPath: field] = try ConfigValue.number(text, key: path) }
    }
}

extension Array {
    /// The first key whose value in `config` breaks its range, with the rule it breaks.
    public func firstViolation<Config>(in config: Config) -> (path: String, rule: String)? where Element == ConfigKey<Config> {
        for key in self { if let rule = key.check(config) { return (key.path, rule) } }
        return nil
    }
}

/// Strict text-to-value conversions for `--set key=value` and config files: the same number
/// rules as every YAML reader (`YAMLMapping.parseInt`, `parseDouble`: `123`, `1_000`, `-4`;
/// `1.5e3`; no hex, no `inf`), so a value means the same in a preset, a workload file and on
/// the command line.
public enum ConfigValue {
    /// A plain integer (surrounding spaces allowed).
    public static func integer(_ text: String, key: String) throws -> Int {
        guard let value = YAMLMapping.parseInt(text.trimmingCharacters(in: .whitespaces)) else {
            throw ConfigError.invalid(field: key, rule: "must be an integer (got '\(text)')")
        }
        return value
    }

    /// `value` without a trailing `.0` (`16`, `1.2`, `0.001`).
    public static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// A finite number.
    public static func number(_ text: String, key: String) throws -> Double {
        guard let value = YAMLMapping.parseDouble(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
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
