/// One layer of one sparsity scheme at one density, on its engine, priced at 28 nm and 1.2 GHz.
public struct SchemeRow: Sendable, Equatable, Codable {
    /// `permdnn`, `diagonal`, `nm`, `unstructured`, `group`, `circnn`.
    public var scheme: String
    /// The engine it runs on (`permsim run --engine`).
    public var engine: String
    /// Weights pruned, the report's axis: 0.5, 0.75, 0.875, 0.9.
    public var sparsity: Double
    /// The weight density the scheme's structure actually has on this layer (CirCNN's power-of-two
    /// block size and the diagonal count round it).
    public var weightDensity: Double
    /// The layer set (`vit-b16`, a network's name, or `layers`).
    public var set: String
    public var workload: String
    public var cycles: Int
    public var latencyUs: Double
    /// `2 x m x n / latency` of the unpruned layer (the same work for every scheme).
    public var denseGOPS: Double
    public var energyUJ: Double
    public var areaMM2: Double
    public var gopsPerW: Double
    public var gopsPerMM2: Double
    /// Multiplies performed over `cycles x 256`.
    public var utilization: Double
    public var balance: Double
    public var dramBytes: Int
    /// Non-zero inputs: the columns a column-broadcast engine sends (one per cycle at best).
    public var nonZeroInputs: Int
    /// Real weights: `||W - P(W)|| / ||W||` of the scheme's projection (`nil` for generated layers).
    public var projectionError: Double?
    /// Energy per component of the engine (its cost model's rows, DRAM included), uJ.
    public var componentEnergyUJ: [ComponentEnergy]
}

/// One component's energy in a layer run.
public struct ComponentEnergy: Sendable, Equatable, Codable {
    public var component: String
    public var energyUJ: Double
}

/// A scheme that cannot represent a density, or a layer its engine cannot map.
public struct SchemeNotRunRow: Sendable, Equatable, Codable {
    public var scheme: String
    public var sparsity: Double
    public var workload: String
    public var reason: String
}

/// One scheme at one sparsity over one layer set: geometric means and means of its rows.
public struct SchemeSummaryRow: Sendable, Equatable, Codable {
    public var scheme: String
    public var sparsity: Double
    public var set: String
    public var layers: Int
    public var cycles: Int
    public var throughputGOPS: Double
    public var gopsPerW: Double
    public var gopsPerMM2: Double
    public var areaMM2: Double
    public var balance: Double
    public var utilization: Double
    /// Mean projection error over the set's real-weight layers (`nil` for generated layers).
    public var projectionError: Double?
    /// Cycles over non-zero inputs, summed over the layers: about 1 when the engine is bound by
    /// broadcasting one input per cycle.
    public var cyclesPerInput: Double
    /// The three components with the most energy over the layers, with their shares:
    /// `weight-sram 41.2%, multipliers 20.3%, ...`.
    public var largestEnergy: String
}

/// Everything `permsim compare --suite schemes` reports.
public struct SchemeReport: Sendable, Equatable, Codable {
    public var title: String
    public var seed: UInt64
    public var node: String
    public var clockGHz: Double
    public var multipliers: Int
    /// Scheme name -> one line on its structure and engine, in report order.
    public var schemes: [SchemeDescription]
    public var sparsities: [Double]
    public var rows: [SchemeRow]
    public var notRun: [SchemeNotRunRow]
    public var summary: [SchemeSummaryRow]
}

/// A scheme as the report introduces it.
public struct SchemeDescription: Sendable, Equatable, Codable {
    public var scheme: String
    public var engine: String
    public var structure: String
    public var projection: String
}
