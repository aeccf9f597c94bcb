import ConfigSupport
import CostModel
import PermDNNModel
import Workloads

/// PermDNN behind the accelerator interface: block permuted-diagonal weights on
/// `PermDNNEngine` (`Sources/PermDNNModel`), checked against `FunctionalReference`, priced by
/// `CostModel.permDNN` with the synthesized logic gates.
public struct PermDNNAccelerator: Accelerator {
    public var config: ArchitectureConfig
    public var settings: LayerSettings
    /// NAND2-equivalent gates of the PE logic (`configs/tech/permdnn-logic-gates.yaml`), needed
    /// only to price a run.
    public var logicGates: PermDNNLogicGates?
    let engine: PermDNNEngine

    /// The engine for `config`; the run's seed and `--p` come in `settings` (its format,
    /// permutation and memory limit are the config's).
    public init(config: ArchitectureConfig, seed: UInt64 = 1, blockSize: Int? = nil, logicGates: PermDNNLogicGates? = nil) throws {
        try config.validate()
        self.config = config
        var settings = LayerSettings()
        settings.seed = seed
        settings.blockSize = blockSize
        settings.format = config.format
        settings.permutation = config.permutation
        settings.memoryLimitGiB = config.memoryLimitGiB
        self.settings = settings
        self.logicGates = logicGates
        engine = try PermDNNEngine(config: config)
    }

    public var name: String { "permdnn" }
    public var clockGHz: Double { config.clockGHz }

    /// The preset's name; a design whose weights are not `fixed16` adds its format
    /// (`permdnn-32pe/codebook4`), since it is another design point.
    public var design: DesignPoint {
        let format = config.weightFormat
        let name = format == .fixed16 ? config.name : "\(config.name)/\(format.rawValue)"
        let weights = format == .fixed16 ? "" : ", \(format.rawValue) weights (\(format.bits) bits each)"
        return DesignPoint(name: name,
                    summary: "\(name): \(config.pes) PEs x \(config.multipliers) multipliers at \(config.clockGHz) GHz, weight SRAM \(config.weightSRAMKiB) KiB per PE (larger layers stream from DRAM)\(weights), DRAM \(config.dramBytesPerCycle) B/cycle, queue depth \(config.queueDepth), NZD word \(config.nzdWordWidth)",
                    weightSRAMKiB: config.weightSRAMKiB, dramBytesPerCycle: config.dramBytesPerCycle)
    }

    public func resolvedSpec(_ spec: LayerSpec) -> LayerSpec { settings.resolve(spec, structured: true) }

    public func layer(for source: LayerSource, input: [Int16]?) throws -> Layer {
        var layer: Layer
        switch source {
        case let .generated(spec):
            let checked = try checkedSpec(spec)
            let weightFormat = config.weightFormat
            if settings.sharesGeneratedLayers {
                let key = GeneratedLayerCache.Key(spec: checked, format: settings.format, seed: settings.seed, weightFormat: weightFormat)
                layer = try GeneratedLayerCache.shared.layer(for: key) {
                    try LayerGenerator.generate(checked, format: settings.format, seed: settings.seed, weightFormat: weightFormat)
                }
            } else {
                layer = try LayerGenerator.generate(checked, format: settings.format, seed: settings.seed, weightFormat: weightFormat)
            }
        case var .file(entry):
            entry.spec = entry.weightsPath == nil ? try checkedSpec(entry.spec) : resolvedSpec(entry.spec)
            layer = try entry.materialize(format: settings.format, seed: settings.seed, weightFormat: config.weightFormat)
        }
        if let input { layer.activations = input }
        return layer
    }

    /// The generated layer plus the PE SRAM images of one tile plus accumulators and outputs.
    public func estimatedHostBytes(_ spec: LayerSpec) -> Int {
        let p = spec.resolvedBlockSize()
        let (mb, nb) = ((spec.outputs + p - 1) / p, (spec.inputs + p - 1) / p)
        let perPE = (mb + config.pes - 1) / config.pes
        let slots = (perPE + config.multipliers - 1) / config.multipliers
        var total = LayerGenerator.estimatedBytes(spec)
        for term in [spec.inputs * slots * config.multipliers * 2 * min(config.pes, mb),
                     nb * slots * config.multipliers * 4 * min(config.pes, mb),
                     mb * p * 8 * 2] {
            let (sum, overflow) = total.addingReportingOverflow(term)
            total = overflow ? Int.max : sum
        }
        return total
    }

    /// The weight SRAM per PE, in whole KiB, that holds all of `source`'s weights on this
    /// design (its PEs, multipliers and weight format), so the layer runs without streaming
    /// (`ArchitectureConfig.onChipWeightBits`, the rule the tiling uses).
    public func weightSRAMKiBToHold(_ source: LayerSource) -> Int {
        let spec = resolvedSpec(source.spec)
        let p = spec.resolvedBlockSize()
        let bits = config.onChipWeightBits(columns: spec.inputs, blockRows: (spec.outputs + p - 1) / p)
        return (bits + 8 * 1024 - 1) / (8 * 1024)
    }

    public func simulate(_ layer: Layer, trace: LineTrace?) throws -> EngineResult {
        try engine.run(layer, trace: trace.map { PermDNNEngine.Trace(cycles: $0.cycles, sink: $0.sink) })
    }

    public func referenceOutputs(_ layer: Layer) -> [Int16] {
        FunctionalReference.outputs(layer, format: config.format)
    }

    public func outputs(of result: EngineResult) -> [Int16] { result.outputs }

    public func report(_ layer: Layer, result: EngineResult, network: String?, matchesReference: Bool?) -> LayerReport {
        var row = functionalRow(layer, network: network)
        row.model = "cycle"
        row.setTiming(cycles: result.cycles, clockGHz: config.clockGHz)
        row.analyticCycles = result.analyticCycles
        row.bubbleCycles = result.bubbleCycles
        row.dramStallCycles = result.dramStallCycles
        let issued = result.issuedLaneSlots
        row.laneUtilization = issued > 0 ? Double(result.pe.multipliers.usefulMultiplies) / Double(issued) : 0
        row.balance = result.loadBalance(pes: config.pes)
        row.nzdBubbleCycles = result.engine.activationWordsRead
        row.queueStallCycles = result.engine.queueStallCycles
        row.fitsOnChip = result.fitsOnChip
        row.tiles = result.tiles.count
        row.dramBytes = result.engine.dramBytes
        row.matchesReference = matchesReference
        row.events = LayerReport.Events(engine: result.engine, allPEs: result.pe, criticalPE: result.criticalPE)
        return row
    }

    public func functionalReport(_ layer: Layer, network: String?) -> LayerReport {
        functionalRow(layer, network: network)
    }

    /// The fields the functional model knows: shape, structure, work (no timing).
    func functionalRow(_ layer: Layer, network: String?) -> LayerReport {
        let m = layer.weights
        let nnz = layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) }
        var row = LayerReport(engine: name, model: "functional", workload: layer.name, network: network,
                              inputs: m.columns, outputs: m.rows, nonZeroInputs: nnz, macs: nnz * m.blockRows,
                              totalMultipliers: config.pes * config.multipliers, clockGHz: config.clockGHz)
        row.blockSize = m.blockSize
        row.paddedRows = m.paddedRows
        row.paddedColumns = m.paddedColumns
        row.permutation = m.permutationSource.rawValue
        row.pes = config.pes
        row.multipliers = config.multipliers
        row.weightDensity = 1 / Double(m.blockSize)
        row.projectionError = layer.projection?.relativeError
        row.quantizationError = layer.projection?.quantizationError
        row.saturatedWeights = layer.projection?.saturatedWeights
        return row
    }

    public func cost(_ result: EngineResult, node: TechnologyLibrary, clockGHz: Double) throws -> CostReport {
        guard let logicGates else {
            throw SimulatorFault(message: "PermDNN was priced without its logic gate counts", attach: "the command line")
        }
        var config = self.config
        config.clockGHz = clockGHz
        return try CostModel.permDNN(result: result, config: config, node: node, logicGates: logicGates)
    }

    public func work(of result: EngineResult) -> (multiplies: Int, multipliers: Int, dramBytes: Int) {
        (result.pe.multipliers.usefulMultiplies, config.pes * config.multipliers, result.engine.dramBytes)
    }
}
