import PermDNNModel
import Workloads

/// A PermDNN layer and the architecture to run it on, as every level's tests take them. Its
/// `description` names the case well enough to replay it (seed and configuration), so a failure
/// message can print just the case.
///
/// `PermDNNRandomCase` is the one the Swift levels use; a level with limits of its own (an RTL
/// build) brings its own generator and conforms it.
public protocol PermDNNCase: CustomStringConvertible, Sendable {
    var config: ArchitectureConfig { get }
    var layer: Layer { get }
}

/// A catalogue layer (`LayerGenerator.generate` with its seed, in the architecture's weight
/// format) on a named architecture, such as the EIE suite on the default 32-PE design.
public struct PermDNNWorkloadCase: PermDNNCase {
    public let spec: LayerSpec
    public let seed: UInt64
    public let config: ArchitectureConfig
    public let layer: Layer

    public init(_ spec: LayerSpec, seed: UInt64 = 1, config: ArchitectureConfig = .default) throws {
        self.spec = spec
        self.seed = seed
        self.config = config
        layer = try LayerGenerator.generate(spec, format: config.format, seed: seed, weightFormat: config.weightFormat)
    }

    public var description: String {
        "\(spec.name) (seed \(seed)) on \(config.name), \(config.pes) PEs x \(config.multipliers) multipliers"
            + (config.weightFormat == .fixed16 ? "" : ", \(config.weightFormat.rawValue) weights")
    }
}
