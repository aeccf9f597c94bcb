import CirCNNModel
import ConfigSupport
import CostModel
import DiagonalModel
import EIEModel
import NMModel
import PermDNNModel
import Workloads

/// What a user chose for an engine on the command line (or a sweep point): each engine takes
/// what applies to it and refuses the rest, naming the option and why.
public struct EngineOptions: Sendable, Equatable {
    /// `--config`: a preset name or YAML file (PermDNN only: presets describe its hardware).
    public var preset: String?
    /// `--set key=value`, in order; keys from the engine's table (`permsim list --keys`).
    public var overrides: [String] = []
    /// `--pes`, `--multipliers`.
    public var pes: Int?
    public var multipliers: Int?
    /// `--p`: block size for every layer.
    public var blockSize: Int?
    /// `--seed`.
    public var seed: UInt64 = 1
    /// `--positions` (nil: the default, `fitted`); only EIE's generated layers use it.
    public var positions: Positions?
    /// PermDNN's synthesized logic gates, needed only to price its runs (`compare`, `sweep`).
    public var logicGates: PermDNNLogicGates?
    /// Whether a per-cycle trace was asked for.
    public var traceRequested = false
    /// Reuse generated layers across the accelerators of this process (`permsim sweep`).
    public var sharesGeneratedLayers = false

    public init() {}
}

/// A config key as `permsim list --keys` shows it.
public struct KeyDescription: Sendable, Equatable {
    public var path: String
    public var help: String
    public var range: String
    public var defaultValue: String

    /// `key` described with its value in `defaults`.
    public init<Config>(_ key: ConfigKey<Config>, defaults: Config) {
        path = key.path
        help = key.help
        range = key.range
        defaultValue = key.current(defaults)
    }
}

/// One row of the engine table: a name, what it models, its keys, and how to build it.
public struct EngineEntry: Sendable {
    /// The name `--engine` takes.
    public var name: String
    /// One line for `--help` and `permsim list`.
    public var summary: String
    /// Settable keys: path, help text, the values they take, and the default.
    public var keys: [KeyDescription]
    /// Builds the accelerator from the user's options (throws naming a refused option).
    public var make: @Sendable (EngineOptions) throws -> any Accelerator

    public init(name: String, summary: String, keys: [KeyDescription],
                make: @escaping @Sendable (EngineOptions) throws -> any Accelerator) {
        self.name = name
        self.summary = summary
        self.keys = keys
        self.make = make
    }
}

/// The engines PermSim runs. `run`, `compare` and `sweep` all walk this table; adding an
/// engine is a new target implementing `Accelerator` and one entry here
/// (`docs/architecture.md`, "Adding an engine").
public struct EngineTable: Sendable {
    public var entries: [EngineEntry]

    public init(entries: [EngineEntry]) { self.entries = entries }

    /// PermDNN (the default), EIE, CirCNN, the DynaDiag diagonal engine and the N:M engine.
    public static let standard = EngineTable(entries: [.permdnn, .eie, .circnn, .diagonal, .nm])

    /// Every engine's name, in table order.
    public var names: [String] { entries.map(\.name) }

    /// The entry called `name`; throws naming the engines there are.
    public func entry(named name: String) throws -> EngineEntry {
        if let entry = entries.first(where: { $0.name == name }) { return entry }
        let hint = NameSuggestion.nearest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
        throw ConfigError.invalid(field: "--engine", rule: "unknown engine '\(name)'\(hint) (engines: \(names.joined(separator: ", ")))")
    }

    /// The accelerator `name` built from `options`.
    public func accelerator(named name: String, options: EngineOptions) throws -> any Accelerator {
        try entry(named: name).make(options)
    }
}

extension EngineOptions {
    /// Refuses an option the engine has no use for.
    func refuse(_ option: String, _ given: Bool, _ why: String) throws {
        if given { throw ConfigError.invalid(field: option, rule: why) }
    }

    /// `--p` must be a positive block size.
    func checkBlockSize() throws {
        if let blockSize, blockSize < 1 { throw ConfigError.invalid(field: "--p", rule: "must be at least 1 (got \(blockSize))") }
    }

    /// The PermDNN architecture of `--config`, then every `--set`, then `--pes` and
    /// `--multipliers`, validated (the order `permsim run` documents).
    public func architecture() throws -> ArchitectureConfig {
        var architecture = try preset.map(ConfigLoader.load) ?? ArchitectureConfig.default
        for assignment in overrides { try ConfigLoader.applyOverride(assignment, to: &architecture) }
        if let pes {
            guard pes >= 1 else { throw ConfigError.invalid(field: "--pes", rule: "must be at least 1 (got \(pes))") }
            architecture.pes = pes
        }
        if let multipliers {
            guard multipliers >= 1 else { throw ConfigError.invalid(field: "--multipliers", rule: "must be at least 1 (got \(multipliers))") }
            architecture.multipliers = multipliers
        }
        do {
            try architecture.validate()
        } catch let ConfigError.invalid(field, rule) where (field == "engine.pes" && pes != nil) || (field == "pe.multipliers" && multipliers != nil) {
            // Name the flag the user typed, with the key it sets.
            throw ConfigError.invalid(field: field == "engine.pes" ? "--pes (engine.pes)" : "--multipliers (pe.multipliers)", rule: rule)
        }
        return architecture
    }

    /// Run-wide settings for a baseline: the seed, `--p`, and the default arithmetic.
    func baselineSettings() -> LayerSettings {
        var settings = LayerSettings()
        settings.seed = seed
        settings.blockSize = blockSize
        settings.positions = positions ?? .fitted
        return settings
    }
}

extension EngineEntry {
    /// PermDNN: every PermDNN option applies.
    public static let permdnn = EngineEntry(
        name: "permdnn", summary: "PermDNN (MICRO 2018): block permuted-diagonal weights, 32 PEs x 8 multipliers, 1.2 GHz",
        keys: ArchitectureConfig.keys.map { KeyDescription($0, defaults: .default) }
    ) { options in
        try options.checkBlockSize()
        try options.refuse("--positions", options.positions != nil, "does not apply to --engine permdnn (its permuted-diagonal structure fixes where weights are)")
        var accelerator = try PermDNNAccelerator(config: options.architecture(), seed: options.seed, blockSize: options.blockSize,
                                                 logicGates: options.logicGates)
        accelerator.settings.sharesGeneratedLayers = options.sharesGeneratedLayers
        return accelerator
    }

    /// EIE as published (64 PEs, 800 MHz); `--pes` and `eie.*` / `fixed-point.*` keys apply.
    public static let eie = EngineEntry(
        name: "eie", summary: "EIE (ISCA 2016): unstructured sparse weights in modified CSC, 64 PEs, 800 MHz",
        keys: EIEConfig.keys.map { KeyDescription($0, defaults: .default) }
    ) { options in
        try options.refuse("--multipliers", options.multipliers != nil, "does not apply to --engine eie (one multiplier per PE)")
        try options.refuse("--p", options.blockSize != nil, "does not apply to --engine eie (unstructured sparsity)")
        try options.refuse("--config", options.preset != nil, "describes PermDNN; EIE runs as published (use --pes and --set eie.*)")
        var config = EIEConfig.default
        for assignment in options.overrides { try EIEConfig.keys.apply(assignment: assignment, to: &config) }
        if let pes = options.pes { config.pes = pes }
        var settings = options.baselineSettings()
        settings.format = config.format
        return try EIEAccelerator(config: config, settings: settings)
    }

    /// CirCNN at PermDNN's multiplier budget; `--p` sets its power-of-two block size.
    public static let circnn = EngineEntry(
        name: "circnn", summary: "CirCNN (MICRO 2017): block-circulant weights, FFT based, PermDNN's 256-multiplier budget at 1.2 GHz",
        keys: CirCNNConfig.keys.map { KeyDescription($0, defaults: .default) }
    ) { options in
        try options.refuse("--trace", options.traceRequested, "is not available for --engine circnn (a phase-level model with no per-cycle state to print)")
        try options.refuse("--pes", options.pes != nil, "does not apply to --engine circnn (256 multipliers in FFT and MAC units)")
        try options.refuse("--multipliers", options.multipliers != nil, "does not apply to --engine circnn")
        try options.refuse("--config", options.preset != nil, "describes PermDNN; CirCNN runs with the PermDNN multiplier budget")
        try options.checkBlockSize()
        try options.refuse("--positions", options.positions != nil, "does not apply to --engine circnn (its circulant blocks are dense)")
        var config = CirCNNConfig.default
        for assignment in options.overrides { try CirCNNConfig.keys.apply(assignment: assignment, to: &config) }
        var settings = options.baselineSettings()
        settings.format.fractionBits = config.format.fractionBits
        return try CirCNNAccelerator(config: config, settings: settings)
    }
}

extension EngineEntry {
    /// DynaDiag diagonal-sparse weights on a PermDNN-style engine, at PermDNN's budget;
    /// `--pes`, `--multipliers` and the `engine.*` / `pe.*` / `fixed-point.*` keys apply.
    public static let diagonal = EngineEntry(
        name: "diagonal", summary: "DynaDiag (ICML 2025): K diagonals per layer, PermDNN-style column broadcast, 32 PEs x 8 multipliers, 1.2 GHz",
        keys: DiagonalConfig.keys.map { KeyDescription($0, defaults: .default) }
    ) { options in
        try options.refuse("--p", options.blockSize != nil, "does not apply to --engine diagonal (the weight density sets the diagonals K)")
        try options.refuse("--config", options.preset != nil, "describes PermDNN; use --pes, --multipliers and --set with --engine diagonal")
        try options.refuse("--positions", options.positions != nil, "does not apply to --engine diagonal (its diagonals fix where weights are)")
        var config = DiagonalConfig.default
        for assignment in options.overrides { try DiagonalConfig.keys.apply(assignment: assignment, to: &config) }
        if let pes = options.pes { config.pes = pes }
        if let multipliers = options.multipliers { config.multipliers = multipliers }
        do {
            try config.validate()
        } catch let DiagonalError.invalid(field, rule) where (field == "engine.pes" && options.pes != nil) || (field == "pe.multipliers" && options.multipliers != nil) {
            throw ConfigError.invalid(field: field == "engine.pes" ? "--pes (engine.pes)" : "--multipliers (pe.multipliers)", rule: rule)
        }
        var settings = options.baselineSettings()
        settings.format = config.format
        return try DiagonalAccelerator(config: config, settings: settings)
    }

    /// The N:M (C4n, 2:4) engine at PermDNN's multiplier budget; `--pes`, `--multipliers` and
    /// its keys apply.
    public static let nm = EngineEntry(
        name: "nm", summary: "N:M (C4n) sparsity: kept weights of every 4 inputs as values + 2-bit indices, 32 PEs x 8 lanes with 4:1 selects, 1.2 GHz",
        keys: NMConfig.keys.map { KeyDescription($0, defaults: .default) }
    ) { options in
        try options.refuse("--p", options.blockSize != nil, "does not apply to --engine nm (groups of 4 inputs; set nm.kept)")
        try options.refuse("--positions", options.positions != nil, "does not apply to --engine nm (every group of 4 keeps nm.kept weights)")
        try options.refuse("--config", options.preset != nil, "describes PermDNN; the N:M engine takes --pes, --multipliers and --set nm.*/engine.*/pe.*")
        var config = NMConfig.default
        for assignment in options.overrides { try NMConfig.keys.apply(assignment: assignment, to: &config) }
        if let pes = options.pes { config.pes = pes }
        if let multipliers = options.multipliers { config.multipliers = multipliers }
        do {
            try config.validate()
        } catch let NMError.invalid(field, rule) where (field == "engine.pes" && options.pes != nil) || (field == "pe.multipliers" && options.multipliers != nil) {
            throw ConfigError.invalid(field: field == "engine.pes" ? "--pes (engine.pes)" : "--multipliers (pe.multipliers)", rule: rule)
        }
        var settings = options.baselineSettings()
        settings.format = config.format
        return try NMAccelerator(config: config, settings: settings)
    }
}
