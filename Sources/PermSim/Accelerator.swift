import ConfigSupport
import CostModel
import FixedPoint
import Workloads

/// One accelerator model as PermSim drives it: every engine (PermDNN, EIE, CirCNN, and any
/// engine added later) implements this, and `run`, `compare` and `sweep` use nothing else.
///
/// The life of one layer on one engine, in order:
/// 1. `layer(for:input:)` builds the engine's own layer from a workload source (a generated
///    spec, or real weights projected onto the engine's structure);
/// 2. `simulate(_:trace:)` runs the cycle model; `referenceOutputs(_:)` is the functional
///    reference, the oracle the runner checks the cycle model against;
/// 3. `report(_:result:network:matchesReference:)` turns the run into a report row;
/// 4. `cost(_:node:clockGHz:)` prices the run's counted events on a technology node.
///
/// Engine layers and results stay engine-specific (associated types), so no information is
/// lost between the steps; the runner sees only `LayerReport`, outputs and `CostReport`.
public protocol Accelerator: Sendable {
    /// The engine's own layer (weights in its structure plus the input vector).
    associatedtype EngineLayer: Sendable
    /// What the cycle model returns: cycles, outputs and every counted event.
    associatedtype CycleResult: Sendable

    /// The engine's name, as `--engine` takes it and reports print it.
    var name: String { get }
    /// The design point it models, for report headings and rows.
    var design: DesignPoint { get }
    /// The clock the cycles are turned into time with.
    var clockGHz: Double { get }
    /// The run-wide layer settings (seed, fixed point, `--p`); every engine sees the same.
    var settings: LayerSettings { get }

    /// `spec` with the run's overrides applied, as this engine will build it.
    func resolvedSpec(_ spec: LayerSpec) -> LayerSpec
    /// Builds the engine's layer for `source`; `input`, when given (a network's previous
    /// output), replaces the layer's inputs.
    func layer(for source: LayerSource, input: [Int16]?) throws -> EngineLayer
    /// Host memory a generated layer of `spec` needs, estimated before anything is allocated.
    func estimatedHostBytes(_ spec: LayerSpec) -> Int
    /// The cycle model. `trace`, when given, receives one line per cycle for its first cycles.
    func simulate(_ layer: EngineLayer, trace: LineTrace?) throws -> CycleResult
    /// The functional reference's outputs: what the cycle model must produce, bit for bit.
    func referenceOutputs(_ layer: EngineLayer) throws -> [Int16]
    /// The cycle model's outputs.
    func outputs(of result: CycleResult) -> [Int16]
    /// The report row of a cycle-model run.
    func report(_ layer: EngineLayer, result: CycleResult, network: String?, matchesReference: Bool?) -> LayerReport
    /// The report row of the functional reference alone (no timing); throws for engines
    /// whose reference is not a model of its own.
    func functionalReport(_ layer: EngineLayer, network: String?) throws -> LayerReport
    /// Prices a run on `node` at `clockGHz` (a design projected to another node keeps its
    /// cycles and changes its clock).
    func cost(_ result: CycleResult, node: TechnologyLibrary, clockGHz: Double) throws -> CostReport
    /// Multiplies the run performed and the multipliers the design has (utilisation).
    func work(of result: CycleResult) -> (multiplies: Int, multipliers: Int, dramBytes: Int)
}

extension Accelerator {
    /// `spec` as this engine builds it, refused when it breaks a layer rule or its estimated
    /// host memory exceeds the limit: the check every layer passes before it is generated.
    public func checkedSpec(_ spec: LayerSpec) throws -> LayerSpec {
        let spec = resolvedSpec(spec)
        try spec.validate()
        try settings.checkMemory(spec, bytes: estimatedHostBytes(spec))
        return spec
    }

    public func functionalReport(_ layer: EngineLayer, network: String?) throws -> LayerReport {
        throw ConfigError.invalid(field: "--model", rule: "functional is available for --engine permdnn only")
    }
}

/// What a report says about the design that ran: a name, one line for a heading, and the
/// memory system where the engine has one.
public struct DesignPoint: Sendable, Equatable {
    /// PermDNN: the preset's name; the baselines: their configuration's name.
    public var name: String
    /// One line: PEs, multipliers, clock, memories.
    public var summary: String
    public var weightSRAMKiB: Int?
    public var dramBytesPerCycle: Int?

    public init(name: String, summary: String, weightSRAMKiB: Int? = nil, dramBytesPerCycle: Int? = nil) {
        self.name = name
        self.summary = summary
        self.weightSRAMKiB = weightSRAMKiB
        self.dramBytesPerCycle = dramBytesPerCycle
    }
}

/// A per-cycle line trace request: the first `cycles` cycles of each layer pass, line by line.
public struct LineTrace: Sendable {
    public var cycles: Int
    public var sink: @Sendable (String) -> Void

    public init(cycles: Int, sink: @escaping @Sendable (String) -> Void) {
        self.cycles = cycles
        self.sink = sink
    }
}

/// What every engine's layers share in one run, so all engines see the same workload.
public struct LayerSettings: Sendable, Equatable {
    /// Seed of the workload generator (same seed, same layer, same inputs on every engine).
    public var seed: UInt64 = 1
    /// 16-bit data format with its fraction bits; the accumulator width is each engine's.
    public var format = FixedPointFormat.default
    /// `--p`: the block size for every layer (PermDNN's `p`; CirCNN's `k`).
    public var blockSize: Int? = nil
    /// `pe.permutation`: force the `k` source of generated PermDNN layers.
    public var permutation: PermutationSource? = nil
    /// `limits.memory-gib`: refuse a layer whose estimated host memory exceeds this.
    public var memoryLimitGiB = 16.0
    /// `--positions`: where generated unstructured layers (EIE) keep their weights.
    public var positions = Positions.fitted
    /// Reuse generated PermDNN layers across the accelerators of this process
    /// (`GeneratedLayerCache`; sweeps).
    public var sharesGeneratedLayers = false

    public init() {}

    /// `spec` with the run's overrides applied (block size, permutation source).
    ///
    /// For engines other than PermDNN (`structured == false`), a density whose PermDNN block
    /// size would exceed the layer caps `p` at the layer's larger dimension. The cap changes no
    /// input and no result (activations come from `LayerGenerator.activations`, which does not
    /// depend on `p`, and those engines never use `p`); it only lets the spec pass
    /// `LayerSpec.validate`, whose `p` rule is PermDNN's.
    public func resolve(_ spec: LayerSpec, structured: Bool) -> LayerSpec {
        var spec = spec
        if let blockSize { spec.blockSize = blockSize }
        if let permutation { spec.permutation = permutation }
        let larger = max(spec.inputs, spec.outputs)
        if !structured, spec.blockSize == nil, larger >= 1, spec.weightDensity > 0, spec.resolvedBlockSize() > larger {
            spec.blockSize = larger
        }
        return spec
    }

    /// Refuses `spec` when `bytes` (its estimated host memory) exceed the limit.
    public func checkMemory(_ spec: LayerSpec, bytes: Int) throws {
        let limit = memoryLimitGiB * 1_073_741_824
        if Double(bytes) > limit {
            let gib = Double(bytes) / 1_073_741_824
            throw ConfigError.invalid(field: "limits.memory-gib",
                rule: "layer '\(spec.name)' needs an estimated \(gib >= 1e6 ? "\(Int(gib / 1024)) TiB" : "\(Int(gib.rounded(.up))) GiB") of host memory, over the limit of \(memoryLimitGiB) GiB (permsim run raises it with --set limits.memory-gib=N, up to this machine's memory)")
        }
    }
}

/// A layer an engine cannot map (for example an EIE pointer that overflows its field): the
/// comparison reports it as not run on that design instead of failing.
public struct CannotMapLayer: Error, CustomStringConvertible {
    public var reason: String
    public init(reason: String) { self.reason = reason }
    public var description: String { reason }
}
