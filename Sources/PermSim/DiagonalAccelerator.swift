import ConfigSupport
import CostModel
import DiagonalModel
import Workloads

/// DynaDiag diagonal-sparse layers behind the accelerator interface: `DiagonalEngine`
/// (`Sources/DiagonalModel`) checked bit for bit against `DiagonalReference`, priced by
/// `CostModel.diagonal`. Real weights are projected onto the `K` diagonals of largest norm.
public struct DiagonalAccelerator: Accelerator {
    public var config: DiagonalConfig
    public var settings: LayerSettings
    /// Hardware the cost model prices beyond the config.
    public var inventory: DiagonalInventory
    let engine: DiagonalEngine

    /// The engine for `config` with the run's `settings` (its fixed-point format replaces the
    /// config's, so every engine computes with the same numbers).
    public init(config: DiagonalConfig, settings: LayerSettings, inventory: DiagonalInventory = .default) throws {
        var config = config
        config.format = settings.format
        try config.validate()
        self.config = config
        self.settings = settings
        self.inventory = inventory
        engine = try DiagonalEngine(config: config)
    }

    public var name: String { "diagonal" }
    public var clockGHz: Double { config.clockGHz }

    public var design: DesignPoint {
        DesignPoint(name: config.name,
                    summary: "\(config.name): \(config.pes) PEs x \(config.multipliers) multipliers at \(config.clockGHz) GHz, \(config.offsetRegisters) offset registers, \(config.weightSRAMKiB) KiB weight SRAM per PE",
                    weightSRAMKiB: config.weightSRAMKiB, dramBytesPerCycle: config.dramBytesPerCycle)
    }

    public func resolvedSpec(_ spec: LayerSpec) -> LayerSpec { settings.resolve(spec, structured: false) }

    /// Generated at the spec's density (`K = round(density x max(m, n))`), or a dense matrix
    /// projected onto its `K` strongest diagonals. A layer the hardware cannot hold is
    /// `CannotMapLayer` (in `simulate`, where the engine finds it).
    public func layer(for source: LayerSource, input: [Int16]?) throws -> DiagonalLayer {
        var layer: DiagonalLayer
        switch source {
        case let .generated(spec):
            layer = try DiagonalLayer.generate(spec: try checkedSpec(spec), format: config.format, seed: settings.seed)
        case var .file(entry):
            entry.spec = entry.weightsPath == nil ? try checkedSpec(entry.spec) : resolvedSpec(entry.spec)
            guard entry.permutationPath == nil else {
                throw ConfigError.invalid(field: "k", rule: "layer '\(entry.spec.name)' has permuted-diagonal weights with k values; the diagonal engine needs a dense weights matrix")
            }
            let activations = try entry.inputActivations(format: config.format, seed: settings.seed)
            if let dense = try entry.denseWeights() {
                let (m, n) = try dense.checkedMatrix(label: entry.spec.name)
                let k = try DiagonalLayer.diagonalCount(weightDensity: entry.spec.weightDensity, rows: m, columns: n)
                layer = try DiagonalLayer.fromDense(weights: dense, diagonals: k, activations: activations, relu: entry.spec.relu,
                                                    format: config.format, name: entry.spec.name)
            } else {
                layer = try DiagonalLayer.generate(spec: entry.spec, format: config.format, seed: settings.seed)
                try layer.setActivations(activations)
            }
        }
        if let input { try layer.setActivations(input) }
        return layer
    }

    /// The generated inputs plus the kept weights (2 bytes each) and the engine's per-PE
    /// accumulators and column plan (8 bytes per output, 8 per column per PE).
    public func estimatedHostBytes(_ spec: LayerSpec) -> Int {
        let larger = Double(max(spec.inputs, spec.outputs)), smaller = Double(min(spec.inputs, spec.outputs))
        let k = max(1, (max(0, min(1, spec.weightDensity)) * larger).rounded())
        let extra = min(Double(Int.max / 2), k * smaller * 2 + Double(spec.outputs) * 16 + Double(spec.inputs) * 8 * Double(config.pes))
        let (sum, overflow) = LayerGenerator.estimatedBytes(spec).addingReportingOverflow(Int(extra))
        return overflow ? Int.max : sum
    }

    public func simulate(_ layer: DiagonalLayer, trace: LineTrace?) throws -> DiagonalResult {
        do {
            return try engine.run(layer, trace: trace.map { trace in DiagonalEngine.Trace(cycles: trace.cycles) { trace.sink($0) } })
        } catch let DiagonalError.cannotMap(reason) {
            throw CannotMapLayer(reason: reason)
        }
    }

    public func referenceOutputs(_ layer: DiagonalLayer) -> [Int16] { DiagonalReference.outputs(layer) }

    public func outputs(of result: DiagonalResult) -> [Int16] { result.outputs }

    public func report(_ layer: DiagonalLayer, result: DiagonalResult, network: String?, matchesReference: Bool?) -> LayerReport {
        var row = LayerReport(engine: name, model: "cycle", workload: layer.name, network: network,
                              inputs: layer.columns, outputs: layer.rows, nonZeroInputs: result.nzd.broadcasts,
                              macs: result.allPEs.multiplies, totalMultipliers: config.pes * config.multipliers, clockGHz: config.clockGHz)
        row.pes = config.pes
        row.multipliers = config.multipliers
        row.setTiming(cycles: result.cycles, clockGHz: config.clockGHz)
        let laneSlots = result.allPEs.issueCycles * config.multipliers
        row.laneUtilization = laneSlots > 0 ? Double(result.allPEs.multiplies) / Double(laneSlots) : 0
        row.balance = result.loadBalance
        row.nzdBubbleCycles = result.nzd.wordReads
        row.queueStallCycles = result.nzd.stallCycles
        row.dramStallCycles = result.cycles - result.computeCycles
        row.fitsOnChip = result.resident
        row.tiles = result.passes.count
        row.dramBytes = result.dramBytes
        row.weightSRAMKiB = config.weightSRAMKiB
        row.dramBytesPerCycle = config.dramBytesPerCycle
        row.matchesReference = matchesReference
        row.weightDensity = layer.weightDensity
        row.projectionError = layer.projection?.relativeError
        row.quantizationError = layer.projection?.quantizationError
        row.saturatedWeights = layer.projection?.saturatedWeights
        return row
    }

    public func cost(_ result: DiagonalResult, node: TechnologyLibrary, clockGHz: Double) throws -> CostReport {
        var config = self.config
        config.clockGHz = clockGHz
        return try CostModel.diagonal(result: result, config: config, node: node, inventory: inventory)
    }

    public func work(of result: DiagonalResult) -> (multiplies: Int, multipliers: Int, dramBytes: Int) {
        (result.allPEs.multiplies, config.pes * config.multipliers, result.dramBytes)
    }
}
