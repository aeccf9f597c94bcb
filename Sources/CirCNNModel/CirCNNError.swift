/// A bad CirCNN configuration, layer or engine/layer pairing: names the field and the rule.
///
/// Field names are the `circnn.*` keys a configuration file or `--set` would use, so the
/// one-line message points at what to change ("circnn.block-size: must be a power of two
/// (got 12)"). Errors about the workload itself (shape, densities, `.npy` files) stay
/// `WorkloadError`s from the `Workloads` module.
public enum CirCNNError: Error, Equatable, CustomStringConvertible {
    /// `field` broke `rule`.
    case invalid(field: String, rule: String)

    public var description: String {
        switch self {
        case let .invalid(field, rule): return "\(field): \(rule)"
        }
    }
}
