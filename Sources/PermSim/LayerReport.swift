import PEModel
import PermDNNModel
import Workloads

/// One report row: one layer on one engine. Written as table, JSON and CSV from the same fields.
///
/// Timing fields are `nil` for the functional model (it computes the answer, not the time).
public struct LayerReport: Sendable, Equatable, Codable {
    /// The engine's name in the engine table (`permdnn`, `eie`, `circnn`, ...).
    public var engine = "permdnn"
    /// `cycle` or `functional`.
    public var model: String
    public var workload: String
    /// The network this layer belongs to, if any.
    public var network: String?
    public var inputs: Int
    public var outputs: Int
    /// PermDNN only: block size `p`, padding and permutation source (`nil` for other engines).
    public var blockSize: Int?
    public var paddedRows: Int?
    public var paddedColumns: Int?
    public var permutation: String?
    /// Processing elements (`nil` for CirCNN, which is organised as FFT and MAC units).
    public var pes: Int?
    /// Multipliers per PE (`nil` for CirCNN).
    public var multipliers: Int?
    /// Real 16-bit multipliers of the whole design.
    public var totalMultipliers: Int
    public var clockGHz: Double
    public var nonZeroInputs: Int
    public var activationDensity: Double
    /// Multiplies performed. PermDNN: every non-zero input times every block-row (`nnz * Mb`);
    /// EIE: every stored weight of every non-zero input's column; CirCNN: every real multiply of
    /// the FFT, complex-MAC and IFFT phases (it cannot skip zero inputs).
    public var macs: Int
    public var cycles: Int?
    public var analyticCycles: Int?
    /// `cycles - analyticCycles` from compute: critical-PE bubbles (see `AnalyticModel`).
    public var bubbleCycles: Int?
    /// Cycles waiting for weight tiles from DRAM.
    public var dramStallCycles: Int?
    public var latencyMicroseconds: Double?
    /// `2 * macs / time`: throughput on the compressed model.
    public var compressedGOPS: Double?
    /// `2 * m * n / time`: the dense layer's work over the same time.
    public var denseEquivalentGOPS: Double?
    /// Useful lane-cycles over issued lane-cycles.
    public var laneUtilization: Double?
    /// Mean work per PE over the busiest PE's (1 = perfectly balanced): PermDNN's useful
    /// multiplies, EIE's issue slots, CirCNN's used issue slots per unit (cycle model only).
    public var balance: Double?
    public var nzdBubbleCycles: Int?
    public var queueStallCycles: Int?
    public var fitsOnChip: Bool?
    public var tiles: Int?
    public var dramBytes: Int?
    /// Whether the cycle model's outputs equal the functional reference's, bit for bit
    /// (`nil` when not checked).
    public var matchesReference: Bool?
    /// Relative error of projecting a dense `.npy` onto the engine's structure (PermDNN:
    /// permuted-diagonal blocks; EIE: magnitude pruning to the density; CirCNN: circulant blocks).
    public var projectionError: Double?
    /// Relative error of quantising the kept weights: EIE's codebook (every layer), PermDNN's codes
    /// in its weight format (`pe.weight-format`) and CirCNN's 16-bit codes (real weights only;
    /// generated weights are drawn as codes).
    public var quantizationError: Double?
    /// Real weights clipped to the 16-bit range when they were quantised (`nil` for generated
    /// layers): a large count means the fixed-point format cannot hold the weights.
    public var saturatedWeights: Int?
    /// The design point that ran it: its name (PermDNN: the preset, `/fixed8` or `/codebook4`
    /// appended for a narrow weight format), the generator's seed, the
    /// stored fraction of the dense weights, and the memory system (PermDNN only).
    public var design = ""
    public var seed: UInt64 = 0
    public var weightDensity: Double?
    public var weightSRAMKiB: Int?
    public var dramBytesPerCycle: Int?
    /// `macs / (cycles x total multipliers)`: the whole design's multiplier utilisation, as
    /// `permsim compare` reports it (`laneUtilization` counts only issued lane slots).
    public var multiplierUtilization: Double?
    /// Every counted event, per block, summed over PEs and tiles (cycle model only).
    public var events: Events?

    /// The names in JSON, the same as the CSV columns and the table headers (`ReportColumns`).
    enum CodingKeys: String, CodingKey {
        case engine, model, workload, network, inputs, outputs
        case blockSize = "p", paddedRows = "padded_rows", paddedColumns = "padded_columns", permutation, pes, multipliers
        case totalMultipliers = "total_multipliers", clockGHz = "clock_ghz", nonZeroInputs = "nonzero_inputs"
        case activationDensity = "activation_density", macs, cycles, analyticCycles = "analytic_cycles"
        case bubbleCycles = "bubble_cycles", dramStallCycles = "dram_stall_cycles", latencyMicroseconds = "latency_us"
        case compressedGOPS = "compressed_gops", denseEquivalentGOPS = "dense_equivalent_gops", laneUtilization = "lane_utilization", balance
        case nzdBubbleCycles = "nzd_bubble_cycles", queueStallCycles = "queue_stall_cycles", fitsOnChip = "fits_on_chip", tiles
        case dramBytes = "dram_bytes", matchesReference = "matches_reference", projectionError = "projection_error"
        case quantizationError = "quantization_error"
        case saturatedWeights = "saturated_weights", design, seed, weightDensity = "weight_density", weightSRAMKiB = "weight_sram_kib"
        case dramBytesPerCycle = "dram_bytes_per_cycle", multiplierUtilization = "multiplier_utilization", events
    }

    /// Counted events behind the row's numbers (inputs to the cost model).
    public struct Events: Sendable, Equatable, Codable {
        public var engine: EngineStats
        public var allPEs: PEStats
        public var criticalPE: PEStats
    }
}

extension LayerReport {
    /// Cycles, latency and throughput at `clockGHz`: `2 x macs / time` on the compressed work and
    /// `2 x m x n / time` for the dense layer (a multiply-add counts as 2 operations).
    public mutating func setTiming(cycles: Int, clockGHz: Double) {
        let nanoseconds = Double(cycles) / clockGHz
        self.cycles = cycles
        latencyMicroseconds = nanoseconds / 1000
        compressedGOPS = nanoseconds > 0 ? 2 * Double(macs) / nanoseconds : 0
        denseEquivalentGOPS = nanoseconds > 0 ? 2 * Double(outputs) * Double(inputs) / nanoseconds : 0
        multiplierUtilization = cycles > 0 && totalMultipliers > 0 ? Double(macs) / (Double(cycles) * Double(totalMultipliers)) : 0
    }
}

extension LayerReport {
    /// The fields every engine's row has; engine-specific fields start `nil`.
    public init(engine: String, model: String, workload: String, network: String?, inputs: Int, outputs: Int,
         nonZeroInputs: Int, macs: Int, totalMultipliers: Int, clockGHz: Double) {
        self.engine = engine
        self.model = model
        self.workload = workload
        self.network = network
        self.inputs = inputs
        self.outputs = outputs
        self.nonZeroInputs = nonZeroInputs
        self.activationDensity = Double(nonZeroInputs) / Double(inputs)
        self.macs = macs
        self.totalMultipliers = totalMultipliers
        self.clockGHz = clockGHz
    }

    /// The baselines keep every weight on chip and run a layer in one pass.
    public mutating func setResident() {
        fitsOnChip = true
        tiles = 1
        dramBytes = 0
    }
}
