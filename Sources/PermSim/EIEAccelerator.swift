import ConfigSupport
import CostModel
import EIEModel
import Workloads

/// EIE behind the accelerator interface: unstructured sparse weights in modified CSC on
/// `EIEEngine` (`Sources/EIEModel`), checked against `EIEFunctionalReference`, priced by
/// `CostModel.eie` with the SRAM sizes of `inventory`.
public struct EIEAccelerator: Accelerator {
    public var config: EIEConfig
    public var settings: LayerSettings
    /// SRAM sizes the cost model prices (the published ones unless a design splits them).
    public var inventory: EIEInventory
    let engine: EIEEngine
    /// The fitted spread of generated layers' weights (`nil` with `--positions uniform`).
    let spread: PositionSpread?

    /// The engine for `config` with the run's `settings` (its format replaces the config's:
    /// EIE computes with the same numbers as PermDNN).
    public init(config: EIEConfig, settings: LayerSettings, inventory: EIEInventory = .published) throws {
        var config = config
        config.format = settings.format
        try config.validate()
        self.config = config
        self.settings = settings
        self.inventory = inventory
        engine = try EIEEngine(config: config)
        spread = settings.positions == .fitted ? try PositionSpread.standard() : nil
    }

    public var name: String { "eie" }
    public var clockGHz: Double { config.clockGHz }

    public var design: DesignPoint {
        DesignPoint(name: "eie-\(config.pes)pe",
                    summary: "eie-\(config.pes)pe: \(config.pes) PEs x 1 multiplier at \(config.clockGHz) GHz, every weight on chip, queue depth \(config.queueDepth), \(config.sparseLineBits)-bit sparse-matrix lines")
    }

    public func resolvedSpec(_ spec: LayerSpec) -> LayerSpec { settings.resolve(spec, structured: false) }

    /// Generated at the spec's density, or a dense `.npy` matrix pruned by magnitude (an already
    /// sparse one kept) with its 16-entry codebook; the inputs every engine sees.
    /// A layer whose CSC overflows a PE's pointers cannot be mapped (`CannotMapLayer`).
    public func layer(for source: LayerSource, input: [Int16]?) throws -> EIELayer {
        do {
            return try mappedLayer(for: source, input: input)
        } catch let error as EIEError {
            if case .pointerOverflow = error { throw CannotMapLayer(reason: "\(error)") }
            throw error
        }
    }

    func mappedLayer(for source: LayerSource, input: [Int16]?) throws -> EIELayer {
        var layer: EIELayer
        switch source {
        case let .generated(spec):
            layer = try EIELayer.generate(spec: try checkedSpec(spec), format: config.format, seed: settings.seed, encoding: config.encoding,
                                          spread: spread)
        case var .file(entry):
            entry.spec = entry.weightsPath == nil ? try checkedSpec(entry.spec) : resolvedSpec(entry.spec)
            if let weightsPath = entry.weightsPath {
                guard entry.permutationPath == nil else {
                    throw ConfigError.invalid(field: "k", rule: "layer '\(entry.spec.name)' has permuted-diagonal weights with k values; EIE needs a dense weights matrix")
                }
                let activations = try entry.inputActivations(format: config.format, seed: settings.seed)
                layer = try EIELayer.fromDense(weights: try WeightFile.read(path: weightsPath, tensor: entry.weightsTensor), activations: activations,
                                               density: entry.spec.weightDensity, format: config.format,
                                               name: entry.spec.name, relu: entry.spec.relu, encoding: config.encoding)
            } else {
                layer = try EIELayer.generate(spec: entry.spec, format: config.format, seed: settings.seed, encoding: config.encoding,
                                              spread: spread)
                if entry.activationsPath != nil { try layer.setActivations(try entry.inputActivations(format: config.format, seed: settings.seed)) }
            }
        }
        if let input { try layer.setActivations(input) }
        return layer
    }

    /// The generated dense draw plus the CSC entries (2 bytes each with their pointers) and
    /// the per-PE accumulators.
    public func estimatedHostBytes(_ spec: LayerSpec) -> Int {
        let stored = Double(spec.inputs) * Double(spec.outputs) * max(0, min(1, spec.weightDensity))
        let extra = min(Double(Int.max / 2), stored * 4 + Double(spec.outputs) * 8)
        let (sum, overflow) = LayerGenerator.estimatedBytes(spec).addingReportingOverflow(Int(extra))
        return overflow ? Int.max : sum
    }

    public func simulate(_ layer: EIELayer, trace: LineTrace?) throws -> EIEResult {
        try engine.run(layer, trace: trace.map { trace in EIEEngine.Trace(cycles: trace.cycles) { trace.sink($0) } })
    }

    public func referenceOutputs(_ layer: EIELayer) -> [Int16] { EIEFunctionalReference.outputs(layer) }

    public func outputs(of result: EIEResult) -> [Int16] { result.outputs }

    public func report(_ layer: EIELayer, result: EIEResult, network: String?, matchesReference: Bool?) -> LayerReport {
        var row = LayerReport(engine: name, model: "cycle", workload: layer.name, network: network,
                              inputs: layer.columns, outputs: layer.rows, nonZeroInputs: result.nonZeroInputs,
                              macs: result.events.multiplies, totalMultipliers: config.pes, clockGHz: config.clockGHz)
        row.pes = config.pes
        row.multipliers = 1
        row.setTiming(cycles: result.cycles, clockGHz: config.clockGHz)
        row.laneUtilization = result.events.peCycles > 0 ? Double(result.events.multiplies) / Double(result.events.peCycles) : 0
        row.balance = result.loadBalance
        row.nzdBubbleCycles = result.detector.searchCycles
        row.queueStallCycles = result.detector.stallCycles
        row.setResident()
        row.matchesReference = matchesReference
        row.weightDensity = layer.weightDensity
        row.projectionError = layer.compression.flatMap { $0.prunedWeights > 0 ? $0.pruningError : nil }
        row.quantizationError = layer.compression?.quantizationError
        row.saturatedWeights = layer.compression.flatMap { $0.prunedWeights > 0 ? $0.saturatedWeights : nil }
        return row
    }

    public func cost(_ result: EIEResult, node: TechnologyLibrary, clockGHz: Double) throws -> CostReport {
        var config = self.config
        config.clockGHz = clockGHz
        return try CostModel.eie(result: result, config: config, node: node, inventory: inventory)
    }

    public func work(of result: EIEResult) -> (multiplies: Int, multipliers: Int, dramBytes: Int) {
        (result.events.multiplies, config.pes, 0)
    }
}
