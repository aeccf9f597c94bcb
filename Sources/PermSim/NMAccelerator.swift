import ConfigSupport
import CostModel
import NMModel
import Workloads

/// The N:M (C4n, 2:4) engine behind the accelerator interface: `NMEngine`
/// (`Sources/NMModel`), checked bit for bit against `NMReference`, priced by `CostModel.nm`.
public struct NMAccelerator: Accelerator {
    public var config: NMConfig
    public var settings: LayerSettings
    public var inventory: NMInventory
    let engine: NMEngine

    /// The engine for `config` with the run's `settings` (its fraction bits are the run's).
    public init(config: NMConfig, settings: LayerSettings, inventory: NMInventory = .default) throws {
        var config = config
        config.format.fractionBits = settings.format.fractionBits
        try config.validate()
        var settings = settings
        settings.format = config.format
        self.config = config
        self.settings = settings
        self.inventory = inventory
        engine = try NMEngine(config: config)
    }

    public var name: String { "nm" }
    public var clockGHz: Double { config.clockGHz }

    public var design: DesignPoint {
        DesignPoint(name: config.name,
                    summary: "\(config.name): \(config.pes) PEs x \(config.multipliers) lanes (4:1 select each) at \(config.clockGHz) GHz, \(config.kept):4 weights (16-bit values + 2-bit indices), \(config.weightSRAMKiB) KiB weight SRAM per PE",
                    weightSRAMKiB: config.weightSRAMKiB, dramBytesPerCycle: config.dramBytesPerCycle)
    }

    public func resolvedSpec(_ spec: LayerSpec) -> LayerSpec { settings.resolve(spec, structured: false) }

    /// Generated with `nm.kept` of every 4 weights (the spec's weight density is not used), or
    /// a dense `.npy`/safetensors matrix projected onto N:M form; the inputs every engine sees.
    public func layer(for source: LayerSource, input: [Int16]?) throws -> NMLayer {
        var layer: NMLayer
        switch source {
        case let .generated(spec):
            layer = try NMLayer.generate(spec: try checkedSpec(spec), kept: config.kept, format: config.format, seed: settings.seed)
        case var .file(entry):
            entry.spec = entry.weightsPath == nil ? try checkedSpec(entry.spec) : resolvedSpec(entry.spec)
            guard entry.permutationPath == nil else {
                throw ConfigError.invalid(field: "k", rule: "layer '\(entry.spec.name)' has permuted-diagonal weights with k values; the N:M engine needs a dense weights matrix")
            }
            let activations = try entry.inputActivations(format: config.format, seed: settings.seed)
            if let dense = try entry.denseWeights() {
                layer = try NMLayer.fromDense(weights: dense, kept: config.kept, activations: activations, relu: entry.spec.relu,
                                              format: config.format, name: entry.spec.name)
            } else {
                layer = try NMLayer.generate(spec: entry.spec, kept: config.kept, format: config.format, seed: settings.seed)
                try layer.setActivations(activations)
            }
        }
        if let input { try layer.setActivations(input) }
        return layer
    }

    /// Values, indices, accumulators, outputs and inputs (`NMLayer.estimatedHostBytes`).
    public func estimatedHostBytes(_ spec: LayerSpec) -> Int {
        NMLayer.estimatedHostBytes(rows: spec.outputs, columns: spec.inputs, kept: config.kept)
    }

    /// The cycle model; a layer whose weight tile cannot fit the SRAM is `CannotMapLayer`.
    public func simulate(_ layer: NMLayer, trace: LineTrace?) throws -> NMResult {
        do {
            return try engine.run(layer, trace: trace.map { trace in NMEngine.Trace(cycles: trace.cycles) { trace.sink($0) } })
        } catch let NMError.cannotMap(reason) {
            throw CannotMapLayer(reason: "layer '\(layer.name)': \(reason)")
        }
    }

    public func referenceOutputs(_ layer: NMLayer) -> [Int16] { NMReference.outputs(layer) }

    public func outputs(of result: NMResult) -> [Int16] { result.outputs }

    public func report(_ layer: NMLayer, result: NMResult, network: String?, matchesReference: Bool?) -> LayerReport {
        var row = LayerReport(engine: name, model: "cycle", workload: layer.name, network: network,
                              inputs: layer.columns, outputs: layer.rows,
                              nonZeroInputs: layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) },
                              macs: result.stats.multiplies, totalMultipliers: config.totalMultipliers, clockGHz: config.clockGHz)
        row.pes = config.pes
        row.multipliers = config.multipliers
        row.paddedColumns = layer.paddedColumns
        row.setTiming(cycles: result.cycles, clockGHz: config.clockGHz)
        row.laneUtilization = result.laneUtilization
        row.balance = result.loadBalance
        row.queueStallCycles = result.stats.broadcastStallCycles
        row.dramStallCycles = result.dramStallCycles
        row.fitsOnChip = result.plan.resident
        row.tiles = result.passes.count
        row.dramBytes = result.stats.dramBytes
        row.weightSRAMKiB = config.weightSRAMKiB
        row.dramBytesPerCycle = config.dramBytesPerCycle
        row.matchesReference = matchesReference
        row.weightDensity = layer.weightDensity
        row.projectionError = layer.projection?.relativeError
        row.quantizationError = layer.projection?.quantizationError
        row.saturatedWeights = layer.projection?.saturatedWeights
        return row
    }

    public func cost(_ result: NMResult, node: TechnologyLibrary, clockGHz: Double) throws -> CostReport {
        var config = self.config
        config.clockGHz = clockGHz
        return try CostModel.nm(result: result, config: config, node: node, inventory: inventory)
    }

    public func work(of result: NMResult) -> (multiplies: Int, multipliers: Int, dramBytes: Int) {
        (result.stats.multiplies, config.totalMultipliers, result.stats.dramBytes)
    }
}
