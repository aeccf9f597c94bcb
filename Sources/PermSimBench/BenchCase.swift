import ArgumentParser
import Workloads

/// A measured case: layers of the catalogue on an engine of `pes` PEs (the baselines use their
/// own engine sizes).
enum BenchCase: String, CaseIterable, ExpressibleByArgument {
    case alexnetFC6 = "alexnet-fc6"
    case vgg16FC6 = "vgg16-fc6"
    case eieSuite = "eie-suite"
    case llmGate32 = "4096x11008@32"
    case llmGate256 = "4096x11008@256"

    var workloads: [String] {
        switch self {
        case .alexnetFC6: ["alexnet-fc6"]
        case .vgg16FC6: ["vgg16-fc6"]
        case .eieSuite: WorkloadCatalog.eieSuite.map(\.name)
        case .llmGate32, .llmGate256: ["llm7b-gate"]
        }
    }

    var pes: Int { self == .llmGate256 ? 256 : 32 }
}

/// What a case runs on.
enum BenchModel: String, CaseIterable, ExpressibleByArgument {
    /// The PermDNN cycle model (`PermDNNEngine.run`).
    case cycle
    /// The functional reference (no timing).
    case functional
    /// The EIE baseline as published.
    case eie
    /// The CirCNN baseline with PermDNN's multiplier budget.
    case circnn
    /// `permsim run --pes 32`'s work in this process (`Simulation.run`; eie-suite only).
    case run
}
