import PermDNNModel
import Workloads

/// One level of the PermDNN model, as the conformance suite (`PermDNNConformance`) runs it:
/// given a layer and an architecture, the outputs and accumulators and, for a timed level, its
/// timing. The Swift levels are `FunctionalLevel`, `EngineLevel` (class timing and per cycle)
/// and `SteppableLevel` (the stepped Swift engine); the RTL joins as a `SteppableLevel` of its
/// own engine, from its own package.
public protocol PermDNNLevel: Sendable, CustomStringConvertible {
    func run(_ layer: Layer, config: ArchitectureConfig) throws -> PermDNNLevelRun
}

/// What a level computed for one layer.
public struct PermDNNLevelRun: Sendable {
    /// What a level shows of its timing.
    public enum Timing: Sendable {
        /// Everything the engine counts (`PermDNNEngine.run`).
        case engineResult(EngineResult)
        /// What an engine driven through `SteppableEngine` shows: each tile run's cycles, and the
        /// total under the DRAM schedule. Its events are not observable there.
        case cycles(tiles: [Int], total: Int)
    }

    /// The layer's outputs (`m` values).
    public var outputs: [Int16]
    /// The accumulators before the output stage (`m` values).
    public var accumulators: [Int64]
    /// `nil` for an untimed level (the functional reference).
    public var timing: Timing?

    public init(outputs: [Int16], accumulators: [Int64], timing: Timing?) {
        self.outputs = outputs
        self.accumulators = accumulators
        self.timing = timing
    }

    public init(_ result: EngineResult) {
        self.init(outputs: result.outputs, accumulators: result.accumulators, timing: .engineResult(result))
    }

    public init(_ result: SteppedLayerResult) {
        self.init(outputs: result.outputs, accumulators: result.accumulators,
                  timing: .cycles(tiles: result.tileCycles, total: result.cycles))
    }
}
