/// One design as priced in one view: where it is built and what it has.
public struct DesignRow: Sendable, Equatable, Codable {
    /// `as-published` or `iso-technology`.
    public var view: String
    /// Short name used in every other row (`permdnn`, `eie-45nm`, `eie-28nm`, `eie-iso`, `circnn`).
    public var design: String
    /// `permdnn`, `eie` or `circnn`.
    public var engine: String
    public var node: String
    public var clockGHz: Double
    public var pes: Int?
    public var multipliersPerPE: Int?
    /// Real 16-bit multipliers of the whole design.
    public var multipliers: Int
    /// Chip area from the cost model, mm^2.
    public var areaMM2: Double
    /// Why the design looks the way it does in this view.
    public var note: String
}

/// One layer on one design in one view.
public struct MetricRow: Sendable, Equatable, Codable {
    public var view: String
    public var design: String
    public var engine: String
    public var workload: String
    public var cycles: Int
    /// `cycles / clock`, us.
    public var latencyUs: Double
    /// `2 x m x n / time`: the dense layer's work over the time (the same for every engine).
    public var denseGOPS: Double
    /// `2 x multiplies performed / time` (CirCNN's include its FFT multiplies).
    public var compressedGOPS: Double
    /// Every component's energy, DRAM included, uJ.
    public var energyUJ: Double
    /// On-chip power (DRAM excluded), mW.
    public var powerMW: Double
    public var areaMM2: Double
    /// `denseGOPS / (energyUJ / latencyUs)`: dense operations per nJ.
    public var gopsPerW: Double
    /// `denseGOPS / areaMM2`.
    public var gopsPerMM2: Double
    /// Multiplies performed over `cycles x multipliers`.
    public var utilization: Double
    /// Weight bytes streamed from DRAM (PermDNN tiles; CirCNN spectra beyond its SRAM).
    public var dramBytes: Int
    /// Mean work per PE over the busiest PE's (`LayerReport.balance`).
    public var balance: Double
    /// Real weights: `||W - P(W)|| / ||W||` of the projection onto the engine's structure
    /// (`nil` for generated layers).
    public var projectionError: Double?
}

/// PermDNN over one baseline design on one layer, in one view (> 1: PermDNN is better).
public struct RatioRow: Sendable, Equatable, Codable {
    public var view: String
    public var workload: String
    public var baseline: String
    /// Baseline latency over PermDNN latency (= dense-GOPS ratio).
    public var throughput: Double
    /// PermDNN GOPS/W over the baseline's.
    public var energyEfficiency: Double
    /// PermDNN GOPS/mm^2 over the baseline's.
    public var areaEfficiency: Double
}

/// The geometric mean of one view's ratio rows against one baseline.
public struct GeoMeanRow: Sendable, Equatable, Codable {
    public var view: String
    public var baseline: String
    public var layers: Int
    public var throughput: Double
    public var energyEfficiency: Double
    public var areaEfficiency: Double
}

/// One constant the report depends on, with where it comes from.
public struct ConstantRow: Sendable, Equatable, Codable {
    /// `tech-45nm`, `tech-28nm`, `scaling`, `permdnn`, `eie`, `eie-iso`, `circnn`, `run`.
    public var group: String
    public var name: String
    /// The value as written (numbers in the report's fixed format).
    public var value: String
    public var source: String
}

/// Everything `permsim compare` reports; the Markdown, JSON, CSV and SVG files are views of it.
public struct ComparisonReport: Sendable, Equatable, Codable {
    public var title: String
    public var seed: UInt64
    public var workloads: [String]
    public var designs: [DesignRow]
    public var metrics: [MetricRow]
    public var ratios: [RatioRow]
    public var geometricMeans: [GeoMeanRow]
    /// Layers a design could not run, with the reason (their ratios are n/a).
    public var notRun: [NotRunRow]
    /// Area and energy of every design by component (energy summed over the layers it ran).
    public var components: [ComponentRow]
    public var constants: [ConstantRow]
    /// The PermDNN paper's claims checked under each assumption that decides them
    /// (`ClaimsCheck`), and the sensitivity chart's points.
    public var claims: [ClaimRow]
    public var sensitivity: [SensitivityRow]
    /// The networks whose layers were chained on each engine (`nil` when there are none, so
    /// reports without networks have no such key).
    public var chainedNetworks: [String]? = nil
    /// The real-weight networks (`RealNetwork`): their layers take real weights and their own
    /// generated inputs (`nil` when there are none).
    public var realNetworks: [String]? = nil
}

/// A layer a design could not run (e.g. EIE's 16-bit pointers overflow), and why.
public struct NotRunRow: Sendable, Equatable, Codable {
    public var workload: String
    public var design: String
    public var reason: String
}

/// One component of one design: its area, and its energy summed over the layers the design ran.
public struct ComponentRow: Sendable, Equatable, Codable {
    public var view: String
    public var design: String
    public var component: String
    public var areaMM2: Double
    /// Dynamic plus leakage energy, summed over the layers (uJ).
    public var energyUJ: Double
    public var onChip: Bool
}
