/// A bad diagonal-engine configuration or layer, or a layer the engine cannot map: names the
/// field (the `--set` key or the layer field) and the rule it broke.
public enum DiagonalError: Error, Equatable, CustomStringConvertible {
    /// `field` broke `rule`.
    case invalid(field: String, rule: String)
    /// The layer does not fit this hardware (more diagonals than offset registers, a word of
    /// columns larger than half the weight SRAM); the adapter reports it as not mappable.
    case cannotMap(reason: String)

    public var description: String {
        switch self {
        case let .invalid(field, rule): return "\(field): \(rule)"
        case let .cannotMap(reason): return reason
        }
    }
}
