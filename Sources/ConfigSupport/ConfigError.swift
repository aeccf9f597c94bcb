/// A bad configuration value, config file or run option: names the field and the rule.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    case invalid(field: String, rule: String)

    public var description: String {
        switch self {
        case let .invalid(field, rule): return "\(field): \(rule)"
        }
    }
}
