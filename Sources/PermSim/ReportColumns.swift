import Foundation

/// One field of a run report: its name (the same in the table header, the CSV header and the
/// JSON key), its unit and meaning (`permsim run --columns`, `docs/reports.md`), and how the
/// views show it.
public struct ReportColumn: Sendable {
    /// When the table shows the column (CSV and JSON always carry it).
    enum TableUse { case always, timed, projected, never }

    public let name: String
    public let unit: String
    public let meaning: String
    let table: TableUse
    /// The exact value (CSV; JSON encodes the same field).
    let value: @Sendable (LayerReport) -> String
    /// The table's cell: the same value, rounded or as a percentage for reading.
    let cell: @Sendable (LayerReport) -> String

    init(_ name: String, _ unit: String, _ meaning: String, table: TableUse = .never,
         value: @escaping @Sendable (LayerReport) -> String, cell: (@Sendable (LayerReport) -> String)? = nil) {
        self.name = name
        self.unit = unit
        self.meaning = meaning
        self.table = table
        self.value = value
        self.cell = cell ?? { value($0).isEmpty ? "-" : value($0) }
    }
}

/// Every field of a run report, in order. The one place a field is named and explained.
public enum ReportColumns {
    static func text<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "" }
    static func fixed(_ value: Double?, _ digits: Int) -> String { value.map { String(format: "%.\(digits)f", $0) } ?? "-" }
    static func percent(_ value: Double?, _ digits: Int = 1) -> String { value.map { String(format: "%.\(digits)f%%", $0 * 100) } ?? "-" }

    public static let all: [ReportColumn] = [
        ReportColumn("engine", "", "the accelerator (engine table name)", table: .always, value: { $0.engine }),
        ReportColumn("workload", "", "the layer; network/layer for a network's layers in the table", table: .always,
                     value: { $0.workload }, cell: { row in row.network.map { "\($0)/\(row.workload)" } ?? row.workload }),
        ReportColumn("network", "", "the network the layer belongs to (its input is the previous layer's output)", value: { text($0.network) }),
        ReportColumn("model", "", "cycle (timed, checked against the reference) or functional (the reference alone)", value: { $0.model }),
        ReportColumn("design", "", "the design point: PermDNN's preset, or the baseline's configuration", value: { $0.design }),
        ReportColumn("seed", "", "the workload generator's seed", value: { "\($0.seed)" }),
        ReportColumn("inputs", "values", "n, the layer's inputs", table: .always, value: { "\($0.inputs)" }),
        ReportColumn("outputs", "values", "m, the layer's outputs", table: .always, value: { "\($0.outputs)" }),
        ReportColumn("p", "", "block size: PermDNN's p, CirCNN's k (EIE has none)", table: .always, value: { text($0.blockSize) }),
        ReportColumn("padded_rows", "rows", "zero rows added so m is a multiple of the block size", value: { text($0.paddedRows) }),
        ReportColumn("padded_columns", "columns", "zero columns added so n is a multiple of the block size", value: { text($0.paddedColumns) }),
        ReportColumn("permutation", "", "PermDNN: where the k values come from (stored or formula)", value: { text($0.permutation) }),
        ReportColumn("weight_density", "fraction", "weights stored over m x n (PermDNN 1/p, CirCNN 1/k, EIE the pruned matrix's)", value: { text($0.weightDensity) }),
        ReportColumn("weight_sram_kib", "KiB", "PermDNN: weight SRAM per PE (a layer that does not fit streams from DRAM)", value: { text($0.weightSRAMKiB) }),
        ReportColumn("dram_bytes_per_cycle", "B/cycle", "PermDNN: DRAM bandwidth for weight tiles", value: { text($0.dramBytesPerCycle) }),
        ReportColumn("pes", "", "processing elements (CirCNN has none: FFT and MAC units)", value: { text($0.pes) }),
        ReportColumn("multipliers", "", "multipliers per PE", value: { text($0.multipliers) }),
        ReportColumn("total_multipliers", "", "16-bit multipliers of the whole design", value: { "\($0.totalMultipliers)" }),
        ReportColumn("clock_ghz", "GHz", "the clock cycles are turned into time with", value: { "\($0.clockGHz)" }),
        ReportColumn("nonzero_inputs", "values", "input activations that are not zero", table: .always, value: { "\($0.nonZeroInputs)" }),
        ReportColumn("activation_density", "fraction", "nonzero_inputs / inputs", table: .always, value: { "\($0.activationDensity)" },
                     cell: { percent($0.activationDensity) }),
        ReportColumn("macs", "multiplies", "multiplies performed (PermDNN: nonzero inputs x block-rows; EIE: stored weights of nonzero columns; CirCNN: real multiplies of FFT, MAC and IFFT)",
                     table: .always, value: { "\($0.macs)" }),
        ReportColumn("cycles", "cycles", "simulated cycles, DRAM waits included", table: .timed, value: { text($0.cycles) }),
        ReportColumn("analytic_cycles", "cycles", "PermDNN's closed form: fill + nonzero columns x ceil(B/N_MUL) + drain, through the DRAM schedule",
                     table: .timed, value: { text($0.analyticCycles) }),
        ReportColumn("bubble_cycles", "cycles", "PermDNN: the critical PE's starvation (cycles = analytic + bubbles when on chip)", table: .timed, value: { text($0.bubbleCycles) }),
        ReportColumn("dram_stall_cycles", "cycles", "PermDNN: cycles waiting for weight tiles from DRAM", table: .timed, value: { text($0.dramStallCycles) }),
        ReportColumn("latency_us", "us", "cycles / clock", table: .timed, value: { text($0.latencyMicroseconds) }, cell: { fixed($0.latencyMicroseconds, 2) }),
        ReportColumn("compressed_gops", "GOPS", "2 x macs / latency: throughput on the work done", table: .timed, value: { text($0.compressedGOPS) },
                     cell: { fixed($0.compressedGOPS, 1) }),
        ReportColumn("dense_equivalent_gops", "GOPS", "2 x m x n / latency: the dense layer's work over the same time", table: .timed,
                     value: { text($0.denseEquivalentGOPS) }, cell: { fixed($0.denseEquivalentGOPS, 1) }),
        ReportColumn("lane_utilization", "fraction", "useful over issued multiplier slots (PermDNN: lanes of issue cycles; EIE: multiplies over PE cycles; CirCNN: over all multiplier cycles)",
                     table: .timed, value: { text($0.laneUtilization) }, cell: { percent($0.laneUtilization) }),
        ReportColumn("balance", "fraction", "mean over max work per PE (PermDNN: useful multiplies per PE, per row group; EIE: issue slots per PE; CirCNN: issue slots per unit over each phase's issue cycles)",
                     table: .timed, value: { text($0.balance) }, cell: { fixed($0.balance, 3) }),
        ReportColumn("multiplier_utilization", "fraction", "macs / (cycles x total_multipliers): as permsim compare reports utilisation",
                     value: { text($0.multiplierUtilization) }),
        ReportColumn("nzd_bubble_cycles", "cycles", "PermDNN: activation words the NZD read (a cycle each, with no broadcast); EIE: the detector's search cycles",
                     table: .timed, value: { text($0.nzdBubbleCycles) }),
        ReportColumn("queue_stall_cycles", "cycles", "cycles the broadcast waited for a full activation queue", table: .timed, value: { text($0.queueStallCycles) }),
        ReportColumn("fits_on_chip", "", "whether the weights fit the weight SRAM (else they stream from DRAM in tiles)", value: { text($0.fitsOnChip) }),
        ReportColumn("tiles", "", "weight tiles (1 = on chip)", table: .timed, value: { text($0.tiles) }),
        ReportColumn("dram_bytes", "bytes", "weight bytes streamed from DRAM", value: { text($0.dramBytes) }),
        ReportColumn("matches_reference", "", "the cycle model's outputs equal the functional reference's, bit for bit", table: .timed,
                     value: { text($0.matchesReference) }, cell: { $0.matchesReference.map { $0 ? "match" : "MISMATCH" } ?? "-" }),
        ReportColumn("projection_error", "fraction", "real weights: norm(W - P(W)) / norm(W) of the projection onto the engine's structure",
                     table: .projected, value: { text($0.projectionError) }, cell: { percent($0.projectionError, 2) }),
        ReportColumn("quantization_error", "fraction", "norm of the kept weights' quantisation loss over norm(W): EIE's 16-entry codebook (every layer); PermDNN's codes in its weight format (16-bit, fixed8, codebook4) and CirCNN's 16-bit codes (real weights)",
                     table: .projected, value: { text($0.quantizationError) }, cell: { percent($0.quantizationError, 2) }),
        ReportColumn("saturated_weights", "weights", "real weights clipped to the 16-bit range by quantisation", table: .projected, value: { text($0.saturatedWeights) }),
    ]
}
