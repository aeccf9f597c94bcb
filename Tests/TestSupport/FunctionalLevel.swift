import PermDNNModel
import Workloads

/// The functional reference (`FunctionalReference`) as a level: the answer, no timing.
public struct FunctionalLevel: PermDNNLevel {
    public init() {}

    public var description: String { "functional" }

    public func run(_ layer: Layer, config: ArchitectureConfig) throws -> PermDNNLevelRun {
        let accumulators = FunctionalReference.accumulators(layer, format: config.format)
        return PermDNNLevelRun(outputs: accumulators.map { config.format.requantize($0, relu: layer.relu) },
                               accumulators: accumulators, timing: nil)
    }
}
