import PermDNNModel
import Workloads

/// A `SteppableEngine` driven through the whole layer (`LayerPlan.run(on:)`): loads, tile runs
/// to done, drained rows. `SteppableLevel.steppedSwift` is the Swift cycle model behind that
/// interface (`SteppedSwiftEngine`); the RTL is another `SteppableLevel` with its own `make`.
public struct SteppableLevel: PermDNNLevel {
    public let name: String
    /// A fresh engine for one layer on `config` (the layer too, so that a level with several
    /// builds, like the RTL, can pick the one that holds it).
    public let make: @Sendable (Layer, ArchitectureConfig) throws -> SteppableEngine

    public init(name: String, make: @escaping @Sendable (Layer, ArchitectureConfig) throws -> SteppableEngine) {
        self.name = name
        self.make = make
    }

    public static let steppedSwift = SteppableLevel(name: "stepped") { _, config in try SteppedSwiftEngine(config: config) }

    public var description: String { name }

    public func run(_ layer: Layer, config: ArchitectureConfig) throws -> PermDNNLevelRun {
        let plan = try LayerPlan(layer: layer, config: config)
        return PermDNNLevelRun(try plan.run(on: make(layer, config)))
    }
}
