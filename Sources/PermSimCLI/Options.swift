import ArgumentParser
import CommandLineSupport
import ConfigSupport
import Foundation
import PermSim

/// The architecture options `run` and `cosim` share; the engine decides which apply
/// (`EngineTable`), and refuses the others naming the option.
struct ArchitectureOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Processing elements (engine.pes; eie.pes with --engine eie).", valueName: "N"))
    var pes: Int?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Multiplier lanes per PE (pe.multipliers).", valueName: "N"))
    var multipliers: Int?

    @Option(name: .long, help: ArgumentHelp("Architecture preset name or YAML file (PermDNN).", valueName: "NAME|FILE"))
    var config: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Override one config key of the engine (repeatable), e.g. pe.weight-sram-kib=512; keys: permsim list --keys.", valueName: "KEY=VALUE"))
    var overrides: [String] = []

    /// What the engine table takes, with the workload options that shape the engine.
    func engineOptions(blockSize: Int?, seed: UInt64, traceRequested: Bool = false) -> EngineOptions {
        var options = EngineOptions()
        options.preset = config
        options.overrides = overrides
        options.pes = pes
        options.multipliers = multipliers
        options.blockSize = blockSize
        options.seed = seed
        options.traceRequested = traceRequested
        return options
    }
}

/// The catalogue and file workloads `run` and `compare` share.
struct SelectionOptions: ParsableArguments {
    @Option(name: .customLong("workload"), help: ArgumentHelp("Catalogue layer (repeatable; permsim list).", valueName: "NAME"))
    var workloads: [String] = []

    @Option(name: .customLong("network"), help: ArgumentHelp("Catalogue network, its layers chained on each engine (repeatable).", valueName: "NAME"))
    var networks: [String] = []

    @Option(name: .long, help: ArgumentHelp("YAML workload file: generated layers or real .npy weights (a network is chained).", valueName: "FILE"))
    var workloadFile: String?
}

/// The workload options of `run`: the shared selection plus a custom or real-data layer.
struct WorkloadOptions: ParsableArguments {
    @OptionGroup var catalogue: SelectionOptions

    @Option(name: .customLong("in"), parsing: .unconditional, help: ArgumentHelp("Custom layer: inputs n.", valueName: "N"))
    var inputs: Int?

    @Option(name: .customLong("out"), parsing: .unconditional, help: ArgumentHelp("Custom layer: outputs m.", valueName: "M"))
    var outputs: Int?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Custom layer: weight density in (0, 1]; p = round(1/density).", valueName: "D"))
    var weightDensity: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Custom layer: input activation density in [0, 1] (default 1).", valueName: "D"))
    var actDensity: Double?

    @Option(name: .long, help: ArgumentHelp("Real weights: a dense out x in matrix (.npy float32/float16/int16), projected onto each engine's structure; give --p or --weight-density.", valueName: "FILE"))
    var weights: String?

    @Option(name: .long, help: ArgumentHelp("Real input vector (.npy, n values) for --weights or the --in/--out layer.", valueName: "FILE"))
    var activations: String?

    @Option(name: .customLong("p"), parsing: .unconditional, help: ArgumentHelp("Block size p for every layer (default: round(1 / weight density)).", valueName: "P"))
    var blockSize: Int?

    @Option(name: .long, parsing: .unconditional, help: "Seed of the workload generator (same seed, same cycles and bytes).")
    var seed: UInt64 = 1

    /// The selection these options make (default: the EIE suite).
    var selection: WorkloadSelection {
        WorkloadSelection(workloads: catalogue.workloads, networks: catalogue.networks, workloadFile: catalogue.workloadFile,
                          custom: .init(inputs: inputs, outputs: outputs, weightDensity: weightDensity, activationDensity: actDensity,
                                        blockSize: blockSize, weights: weights, activations: activations))
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
extension WorkloadSelection.Suite: ExpressibleByArgument {}

/// Where a report goes: a file (`--output`, written by `OutputFile`) or standard output.
enum ReportOutput {
    /// Writes `text` to `path`, or to standard output when `path` is nil.
    static func write(_ text: String, to path: String?) throws {
        guard let path else { return try OutputFile.standardOutput(text) }
        try OutputFile.write(Data(text.utf8), to: path, field: "--output")
    }
}
