/// A bad workload, weight file or layer description: names the field and the rule it broke.
public enum WorkloadError: Error, Equatable, CustomStringConvertible {
    /// `field` broke `rule`; `location` is a file (and line) when known.
    case invalid(field: String, rule: String, location: String? = nil)

    public var description: String {
        switch self {
        case let .invalid(field, rule, location):
            if let location { return "\(location): \(field): \(rule)" }
            return "\(field): \(rule)"
        }
    }
}
