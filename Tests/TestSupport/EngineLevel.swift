import PermDNNModel
import Workloads

/// `PermDNNEngine.run` by one of its two paths (`docs/microarchitecture.md`, "Two paths"): the
/// class-timing path (the default) or the per-cycle path.
public struct EngineLevel: PermDNNLevel {
    public let method: PermDNNEngine.Method

    public init(method: PermDNNEngine.Method) { self.method = method }

    public var description: String {
        switch method {
        case .classTiming: return "class timing"
        case .perCycle: return "per cycle"
        }
    }

    public func run(_ layer: Layer, config: ArchitectureConfig) throws -> PermDNNLevelRun {
        PermDNNLevelRun(try PermDNNEngine(config: config, method: method).run(layer))
    }
}
