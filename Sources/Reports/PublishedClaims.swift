/// A claim of the PermDNN paper's abstract about PermDNN over a baseline, and the rule that
/// checks our numbers against it.
///
/// The five claims (Deng et al., MICRO 2018, abstract): versus EIE, 3.3x-4.8x higher throughput,
/// 5.9x-8.5x better area efficiency and 2.8x-4.0x better energy efficiency "on different
/// workloads"; versus CirCNN, 11.51x higher throughput and 3.89x better energy efficiency. A
/// single number is a range whose two ends are equal.
public struct PublishedClaim: Sendable, Equatable {
    /// Which ratio a claim is about; the same three `permsim compare` reports per layer.
    public enum Metric: String, Sendable, Codable {
        case throughput
        case energyEfficiency = "energy-efficiency"
        case areaEfficiency = "area-efficiency"

        /// PermDNN over the baseline on one layer (> 1: PermDNN is better): baseline latency
        /// over PermDNN's (= the dense-GOPS ratio), or PermDNN's GOPS/W or GOPS/mm^2 over the
        /// baseline's. `Comparison.ratios` uses the same definitions.
        func ratio(permdnn: MetricRow, baseline: MetricRow) -> Double {
            switch self {
            case .throughput: return ReportNumber.rounded(baseline.latencyUs / permdnn.latencyUs)
            case .energyEfficiency: return ReportNumber.rounded(permdnn.gopsPerW / baseline.gopsPerW)
            case .areaEfficiency: return ReportNumber.rounded(permdnn.gopsPerMM2 / baseline.gopsPerMM2)
            }
        }
    }

    /// `eie-throughput`, ... (file names and report keys).
    public var id: String
    public var metric: Metric
    /// The comparison's designs the claim is checked against (as-published view): EIE as
    /// built at 45 nm and projected to 28 nm, or CirCNN.
    public var baselines: [String]
    public var low: Double
    public var high: Double
    /// The claim in words, as the abstract states it.
    public var text: String

    public static let source = "PermDNN (Deng et al., MICRO 2018), abstract"

    public static let all: [PublishedClaim] = [
        PublishedClaim(id: "eie-throughput", metric: .throughput, baselines: ["eie-45nm", "eie-28nm"], low: 3.3, high: 4.8,
                       text: "3.3x-4.8x higher throughput than EIE"),
        PublishedClaim(id: "eie-area-efficiency", metric: .areaEfficiency, baselines: ["eie-45nm", "eie-28nm"], low: 5.9, high: 8.5,
                       text: "5.9x-8.5x better area efficiency than EIE"),
        PublishedClaim(id: "eie-energy-efficiency", metric: .energyEfficiency, baselines: ["eie-45nm", "eie-28nm"], low: 2.8, high: 4.0,
                       text: "2.8x-4.0x better energy efficiency than EIE"),
        PublishedClaim(id: "circnn-throughput", metric: .throughput, baselines: ["circnn"], low: 11.51, high: 11.51,
                       text: "11.51x higher throughput than CirCNN"),
        PublishedClaim(id: "circnn-energy-efficiency", metric: .energyEfficiency, baselines: ["circnn"], low: 3.89, high: 3.89,
                       text: "3.89x better energy efficiency than CirCNN"),
    ]

    /// The claimed range as the report prints it: `3.3x-4.8x` or `11.51x`.
    public var rangeText: String {
        let (low, high) = (Self.written(self.low), Self.written(self.high))
        return low == high ? "\(low)x" : "\(low)x-\(high)x"
    }

    /// A claimed bound as the abstract writes it: `3.3`, `4.0`, `11.51`.
    static func written(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return hundredths % 10 == 0 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }

    /// Where `value` (our geometric mean) falls: inside the claimed range, or below or above
    /// it by a factor (`value / low` below, `value / high` above; 1 inside).
    func verdict(_ value: Double) -> (verdict: String, factor: Double) {
        if value < low { return ("below", ReportNumber.rounded(value / low)) }
        if value > high { return ("above", ReportNumber.rounded(value / high)) }
        return ("inside", 1)
    }
}

/// One claim checked under one set of assumptions: PermDNN's weight format and weight SRAM per
/// PE, and the baseline design (EIE at 45 nm as built or projected to 28 nm; CirCNN).
public struct ClaimRow: Sendable, Equatable, Codable {
    /// `PublishedClaim.id`.
    public var claim: String
    public var metric: String
    public var claimedLow: Double
    public var claimedHigh: Double
    /// The comparison design the ratio is taken over (`eie-45nm`, `eie-28nm`, `circnn`).
    public var baseline: String
    /// PermDNN's `pe.weight-format`.
    public var weightFormat: String
    /// PermDNN's `pe.weight-sram-kib`.
    public var weightSRAMKiB: Int
    /// `area-implied` (the default, from the published area) or `enough` (the smallest multiple
    /// of 32 KiB that holds every layer of the comparison in this format).
    public var sram: String
    /// Whether these are the defaults our sourced assumptions give (fixed16, area-implied SRAM).
    public var isDefault: Bool
    public var layers: Int
    /// Per-layer ratios of PermDNN over the baseline: smallest, largest, geometric mean.
    public var minimum: Double
    public var maximum: Double
    public var geometricMean: Double
    /// Layers whose own ratio falls inside the claimed range.
    public var layersInside: Int
    /// `inside`, `below` or `above`: where the geometric mean falls.
    public var verdict: String
    /// Geometric mean over the nearer end of the claimed range (1 when inside).
    public var factor: Double
    /// Layers whose weights do not fit in PermDNN's SRAM and stream from DRAM, space-separated.
    public var streamingLayers: String
    /// Cycles PermDNN spends beyond the same layers held on chip (same format, enough SRAM),
    /// summed over the layers.
    public var streamingCycles: Int
    /// DRAM's share of PermDNN's energy over the layers.
    public var dramEnergyShare: Double
}

/// One point of the sensitivity chart: a claim's ratio at one weight SRAM size and format.
public struct SensitivityRow: Sendable, Equatable, Codable {
    public var claim: String
    public var baseline: String
    public var weightFormat: String
    public var weightSRAMKiB: Int
    public var claimedLow: Double
    public var claimedHigh: Double
    public var layers: Int
    public var geometricMean: Double
    public var minimum: Double
    public var maximum: Double
    /// Layers PermDNN streams from DRAM at this size.
    public var streamingLayers: Int
}
