/// A bad N:M configuration or layer: names the field and the rule it broke.
///
/// Field names are the keys a configuration file or `--set` would use (`nm.kept`,
/// `pe.weight-sram-kib`), so the one-line message points at what to change. Errors about the
/// workload itself (shape, densities, `.npy` files) stay `WorkloadError`s from `Workloads`.
public enum NMError: Error, Equatable, CustomStringConvertible {
    /// `field` broke `rule`.
    case invalid(field: String, rule: String)
    /// The layer cannot be mapped onto this design (the runner reports it as not run).
    case cannotMap(reason: String)

    public var description: String {
        switch self {
        case let .invalid(field, rule): return "\(field): \(rule)"
        case let .cannotMap(reason): return reason
        }
    }
}
