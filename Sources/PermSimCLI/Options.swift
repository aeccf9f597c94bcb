import ArgumentParser
import CommandLineSupport
import ConfigSupport
import Foundation
import PermSim
import Workloads

/// The catalogue and file workloads `run` and `compare` share.
struct SelectionOptions: ParsableArguments {
    @Option(name: .customLong("workload"), help: ArgumentHelp("Catalogue layer (repeatable; permsim list).", valueName: "NAME"))
    var workloads: [String] = []

    @Option(name: .customLong("network"), help: ArgumentHelp("Catalogue network (repeatable): a generated one is chained on each engine; minilm-l6 runs real weights (fetched by scripts/fetch-weights.sh) at --weight-density or --p, default 1/8.", valueName: "NAME"))
    var networks: [String] = []

    @Option(name: .long, help: ArgumentHelp("YAML workload file: generated layers or real .npy weights (a network is chained).", valueName: "FILE"))
    var workloadFile: String?
}

/// The workload options of `run` and `compare`: the catalogue selection plus a custom or
/// real-data layer.
struct WorkloadOptions: ParsableArguments {
    @OptionGroup var catalogue: SelectionOptions

    @OptionGroup var layer: CustomLayerOptions

    @Option(name: .long, help: ArgumentHelp("Real weights: a dense out x in matrix (.npy float32/float16/int16, or a .safetensors file with --tensor), projected onto each engine's structure; give --p or --weight-density.", valueName: "FILE"))
    var weights: String?

    @Option(name: .long, help: ArgumentHelp("The tensor of a .safetensors --weights file (permsim list --tensors FILE lists them).", valueName: "NAME"))
    var tensor: String?

    @Option(name: .long, help: ArgumentHelp("Real input vector (.npy, n values) for --weights or the --in/--out layer.", valueName: "FILE"))
    var activations: String?

    @Option(name: .long, help: ArgumentHelp("Where generated EIE layers keep their weights: fitted (spread over rows and columns like real pruned weights, configs/workloads/positions.yaml) or uniform (uniformly random). Default: fitted.", valueName: "fitted|uniform"))
    var positions: Positions?

    /// The selection these options make, with `suite` (default: the EIE suite).
    func selection(suite: WorkloadSelection.Suite? = nil) -> WorkloadSelection {
        WorkloadSelection(suite: suite, workloads: catalogue.workloads, networks: catalogue.networks, workloadFile: catalogue.workloadFile,
                          custom: layer.customLayer(weights: weights, tensor: tensor, activations: activations))
    }
}

/// `--engine`: a name from the engine table.
struct EngineName: ExpressibleByArgument, Sendable {
    var name: String

    init?(argument: String) {
        guard EngineTable.standard.names.contains(argument) else { return nil }
        name = argument
    }

    private init(known name: String) { self.name = name }

    /// PermDNN, the default engine.
    static let permdnn = EngineName(known: "permdnn")

    static var allValueStrings: [String] { EngineTable.standard.names }
}

extension ReportFormat: ExpressibleByArgument {}

extension ModelKind: ExpressibleByArgument {}
extension Positions: ExpressibleByArgument {}
extension WorkloadSelection.Suite: ExpressibleByArgument {}

/// Where a report goes: a file (`--output`, written by `OutputFile`) or standard output.
enum ReportOutput {
    /// Writes `text` to `path`, or to standard output when `path` is nil.
    static func write(_ text: String, to path: String?) throws {
        guard let path else { return try OutputFile.standardOutput(text) }
        try OutputFile.write(Data(text.utf8), to: path, field: "--output")
    }
}
