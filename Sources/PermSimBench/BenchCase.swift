import ArgumentParser
import Workloads

/// A measured case: layers of the catalogue on an engine of `pes` PEs (the baselines use their
/// own engine sizes), or the import of a dense matrix from a file.
enum BenchCase: String, CaseIterable, ExpressibleByArgument {
    case alexnetFC6 = "alexnet-fc6"
    case vgg16FC6 = "vgg16-fc6"
    case eieSuite = "eie-suite"
    case llmGate32 = "4096x11008@32"
    case llmGate256 = "4096x11008@256"
    /// Reading a 4096 x 1000 float32 `.npy` file and encoding it for an engine (`ImportBench`).
    case importNpy = "import-npy"
    /// The same matrix as one tensor of a `.safetensors` file.
    case importSafeTensors = "import-safetensors"

    var workloads: [String] {
        switch self {
        case .alexnetFC6: ["alexnet-fc6"]
        case .vgg16FC6: ["vgg16-fc6"]
        case .eieSuite: WorkloadCatalog.eieSuite.map(\.name)
        case .llmGate32, .llmGate256: ["llm7b-gate"]
        case .importNpy, .importSafeTensors: []
        }
    }

    var pes: Int { self == .llmGate256 ? 256 : 32 }

    /// Whether the case times an import (its models are the engines: permdnn, eie, circnn).
    var isImport: Bool { self == .importNpy || self == .importSafeTensors }

    /// The cases that run layers on a model.
    static var modelCases: [BenchCase] { allCases.filter { !$0.isImport } }
}

/// What a case runs on.
enum BenchModel: String, CaseIterable, ExpressibleByArgument {
    /// The PermDNN cycle model (`PermDNNEngine.run`).
    case cycle
    /// The functional reference (no timing).
    case functional
    /// The EIE baseline as published (import cases: encoding for EIE).
    case eie
    /// The CirCNN baseline with PermDNN's multiplier budget (import cases: encoding for CirCNN).
    case circnn
    /// `permsim run --pes 32`'s work in this process (`Simulation.run`; eie-suite only).
    case run
    /// Import cases only: encoding for PermDNN (the projection onto permuted diagonals).
    case permdnn

    /// The engines an import case encodes for, in the order the rows print.
    static let importEngines: [BenchModel] = [.permdnn, .eie, .circnn]
}
