import CirCNNModel
import ConfigSupport
import CostModel
import Workloads

/// CirCNN behind the accelerator interface: block-circulant weights on `CirCNNEngine`
/// (`Sources/CirCNNModel`), checked bit for bit against its fixed-point FFT datapath computed
/// functionally (`CirCNNReference.fixedPoint`), priced by `CostModel.circnn`.
public struct CirCNNAccelerator: Accelerator {
    public var config: CirCNNConfig
    public var settings: LayerSettings
    /// Memory sizes the cost model prices.
    public var inventory: CirCNNInventory
    let engine: CirCNNEngine

    /// The engine for `config` with the run's `settings`: `--p` sets the block size `k` and the
    /// fraction bits are the run's (CirCNN keeps its wider accumulators).
    public init(config: CirCNNConfig, settings: LayerSettings, inventory: CirCNNInventory = .default) throws {
        var config = config
        if let blockSize = settings.blockSize {
            // `--p` is the block size here: its errors name the option typed.
            try CirCNNConfig.checkBlockSize(blockSize, field: "--p")
            config.blockSize = blockSize
        }
        config.format.fractionBits = settings.format.fractionBits
        try config.validate()
        self.config = config
        self.settings = settings
        self.inventory = inventory
        engine = try CirCNNEngine(config: config)
    }

    public var name: String { "circnn" }
    public var clockGHz: Double { config.clockGHz }

    public var design: DesignPoint {
        DesignPoint(name: config.name,
                    summary: "\(config.name): \(config.butterflyUnits) butterfly units + \(config.cmacLanes) CMAC lanes (\(config.usedMultipliers) of \(config.multiplierBudget) multipliers) at \(config.clockGHz) GHz, every weight spectrum on chip")
    }

    public func resolvedSpec(_ spec: LayerSpec) -> LayerSpec { settings.resolve(spec, structured: false) }

    /// Generated, or a dense `.npy` matrix projected onto circulant blocks of `k` = the power of
    /// two nearest `1 / density` (or `--p`). `input` replaces the inputs before a projection
    /// uses them.
    public func layer(for source: LayerSource, input: [Int16]?) throws -> CirCNNLayer {
        var activations: [Int16]
        let spec: LayerSpec
        var denseWeights: NpyArray? = nil
        switch source {
        case let .generated(generated):
            spec = try checkedSpec(generated)
            activations = try LayerGenerator.activations(spec, format: config.format, seed: settings.seed)
        case var .file(entry):
            entry.spec = entry.weightsPath == nil ? try checkedSpec(entry.spec) : resolvedSpec(entry.spec)
            guard entry.permutationPath == nil else {
                throw ConfigError.invalid(field: "k", rule: "layer '\(entry.spec.name)' has permuted-diagonal weights with k values; CirCNN needs a dense weights matrix")
            }
            spec = entry.spec
            activations = try entry.inputActivations(format: config.format, seed: settings.seed)
            denseWeights = try entry.denseWeights()
        }
        if let input { activations = input }
        if let denseWeights {
            let k = try config.resolvedBlockSize(weightDensity: spec.weightDensity)
            return try CirCNNLayer.fromDense(weights: denseWeights, blockSize: k, activations: activations,
                                             relu: spec.relu, format: config.format, name: spec.name)
        }
        let layer = try CirCNNLayer.generate(spec: spec, blockSize: config.blockSize, format: config.format, seed: settings.seed)
        guard layer.activations != activations else { return layer }
        return try CirCNNLayer(name: layer.name, rows: layer.rows, columns: layer.columns, blockSize: layer.blockSize,
                               weights: layer.weights, activations: activations, relu: layer.relu,
                               format: config.format, projection: layer.projection)
    }

    /// The generated inputs plus one defining vector per block (`m x n / k` values, 2 bytes)
    /// and its stored spectrum (`k/2 + 1` complex bins of two 8-byte doubles per block, the
    /// reference's working copy), at the `k` nearest `1 / density`.
    public func estimatedHostBytes(_ spec: LayerSpec) -> Int {
        let k = Double((try? config.resolvedBlockSize(weightDensity: spec.weightDensity)) ?? 1)
        let blocks = (Double(spec.outputs) / k).rounded(.up) * (Double(spec.inputs) / k).rounded(.up)
        let bytes = blocks * (k * 2 + (k / 2 + 1) * 16) + Double(spec.inputs + spec.outputs) * 16
        guard bytes.isFinite, bytes < Double(Int.max / 2) else { return Int.max }
        let (sum, overflow) = LayerGenerator.estimatedBytes(spec).addingReportingOverflow(Int(bytes))
        return overflow ? Int.max : sum
    }

    public func simulate(_ layer: CirCNNLayer, trace: LineTrace?) throws -> CirCNNResult {
        if trace != nil {
            throw ConfigError.invalid(field: "--trace", rule: "is not available for --engine circnn (a phase-level model with no per-cycle state to print)")
        }
        return try engine.run(layer)
    }

    public func referenceOutputs(_ layer: CirCNNLayer) throws -> [Int16] {
        try CirCNNReference.fixedPoint(layer, config: config).outputs
    }

    public func outputs(of result: CirCNNResult) -> [Int16] { result.outputs }

    public func report(_ layer: CirCNNLayer, result: CirCNNResult, network: String?, matchesReference: Bool?) -> LayerReport {
        var row = LayerReport(engine: name, model: "cycle", workload: layer.name, network: network,
                              inputs: layer.columns, outputs: layer.rows,
                              nonZeroInputs: layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) },
                              macs: result.stats.realMultiplies, totalMultipliers: config.usedMultipliers, clockGHz: config.clockGHz)
        row.blockSize = result.blockSize
        row.paddedRows = result.paddedRows
        row.paddedColumns = result.paddedColumns
        row.setTiming(cycles: result.cycles, clockGHz: config.clockGHz)
        row.laneUtilization = result.multiplierUtilization
        row.balance = result.loadBalance
        row.setResident()
        row.matchesReference = matchesReference
        row.weightDensity = 1 / Double(result.blockSize)
        row.projectionError = layer.projection?.relativeError
        row.quantizationError = layer.projection?.quantizationError
        row.saturatedWeights = layer.projection?.saturatedWeights
        return row
    }

    public func cost(_ result: CirCNNResult, node: TechnologyLibrary, clockGHz: Double) throws -> CostReport {
        var config = self.config
        config.clockGHz = clockGHz
        return try CostModel.circnn(result: result, config: config, node: node, inventory: inventory)
    }

    public func work(of result: CirCNNResult) -> (multiplies: Int, multipliers: Int, dramBytes: Int) {
        (result.stats.realMultiplies, config.multiplierBudget, inventory.streamedSpectrumBytes(result))
    }
}
