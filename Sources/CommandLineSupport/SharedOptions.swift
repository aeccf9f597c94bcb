import ArgumentParser
import PermSim

/// The architecture options `permsim run` and `permsim-cosim` share; the engine decides which apply
/// (`EngineTable`), and refuses the others naming the option.
public struct ArchitectureOptions: ParsableArguments {
    public init() {}

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Processing elements (engine.pes; eie.pes with --engine eie).", valueName: "N"))
    public var pes: Int?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Multiplier lanes per PE (pe.multipliers).", valueName: "N"))
    public var multipliers: Int?

    @Option(name: .long, help: ArgumentHelp("Architecture preset name or YAML file (PermDNN).", valueName: "NAME|FILE"))
    public var config: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Override one config key of the engine (repeatable), e.g. pe.weight-sram-kib=512; keys: permsim list --keys.", valueName: "KEY=VALUE"))
    public var overrides: [String] = []

    /// What the engine table takes, with the workload options that shape the engine.
    public func engineOptions(blockSize: Int?, seed: UInt64, traceRequested: Bool = false) -> EngineOptions {
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

/// A layer described by options (`--in --out --weight-density --act-density --p`) and the
/// generator's seed: `permsim run` and `permsim-cosim` share them.
public struct CustomLayerOptions: ParsableArguments {
    public init() {}

    @Option(name: .customLong("in"), parsing: .unconditional, help: ArgumentHelp("Custom layer: inputs n.", valueName: "N"))
    public var inputs: Int?

    @Option(name: .customLong("out"), parsing: .unconditional, help: ArgumentHelp("Custom layer: outputs m.", valueName: "M"))
    public var outputs: Int?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Custom layer: weight density in (0, 1]; p = round(1/density).", valueName: "D"))
    public var weightDensity: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Custom layer: input activation density in [0, 1] (default 1).", valueName: "D"))
    public var actDensity: Double?

    @Option(name: .customLong("p"), parsing: .unconditional, help: ArgumentHelp("Block size p for every layer (default: round(1 / weight density)).", valueName: "P"))
    public var blockSize: Int?

    @Option(name: .long, parsing: .unconditional, help: "Seed of the workload generator (same seed, same cycles and bytes).")
    public var seed: UInt64 = 1

    /// The custom layer of these options, with real data when given.
    public func customLayer(weights: String? = nil, tensor: String? = nil, activations: String? = nil) -> WorkloadSelection.CustomLayer {
        WorkloadSelection.CustomLayer(inputs: inputs, outputs: outputs, weightDensity: weightDensity, activationDensity: actDensity,
                                      blockSize: blockSize, weights: weights, tensor: tensor, activations: activations)
    }

    /// Whether any of the layer options was given.
    public var anyGiven: Bool { inputs != nil || outputs != nil || weightDensity != nil || actDensity != nil || blockSize != nil }
}
