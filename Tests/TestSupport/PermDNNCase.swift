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
