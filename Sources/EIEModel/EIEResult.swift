/// The result of running one layer on the EIE cycle model.
public struct EIEResult: Sendable, Equatable {
    /// The layer's outputs (`m` values).
    public var outputs: [Int16]
    /// The accumulators before the output stage (`m` values), for bit-exact checks.
    public var accumulators: [Int64]
    /// Total cycles: `computeCycles + drainCycles`.
    public var cycles: Int
    /// Cycles until the last write-back landed and the detector was done (the output step's first cycle).
    public var computeCycles: Int
    /// Cycles of the output step, `ceil(m / N_PE)`.
    public var drainCycles: Int
    /// `cycles / clock`, in microseconds.
    public var latencyMicroseconds: Double
    /// Non-zero input activations (each broadcast once).
    public var nonZeroInputs: Int
    /// The central non-zero detector's counts.
    public var detector: LeadingNonZeroDetector.Stats
    /// Every PE's counts, PE by PE.
    public var perPE: [EIEPEStats]
    /// The counts summed over every PE.
    public var total: EIEPEStats
    /// The per-component totals the cost model prices.
    public var events: EIEEventTotals

    /// Issue slots (entries + bubbles) of the busiest PE: the work that bounds the layer.
    public var criticalPEWork: Int {
        perPE.reduce(0) { max($0, $1.sparseMatrix.entriesRead + $1.sparseMatrix.bubbleCycles) }
    }
    /// Mean over PEs of the issue slots, over the busiest PE's (1 = perfectly balanced).
    public var loadBalance: Double {
        guard criticalPEWork > 0, !perPE.isEmpty else { return 1 }
        let sum = perPE.reduce(0) { $0 + $1.sparseMatrix.entriesRead + $1.sparseMatrix.bubbleCycles }
        return Double(sum) / Double(perPE.count) / Double(criticalPEWork)
    }
}

/// Counted events per component of the EIE PE (the rows of the paper's power/area table) and
/// of the central unit, summed over PEs: what the cost model multiplies by energy per event.
public struct EIEEventTotals: Sendable, Equatable, Codable {
    // Central non-zero detection and broadcast.
    /// Activation rows scanned by the detector.
    public var activationRowsRead = 0
    /// Non-zeros broadcast (each pushed into every PE's queue).
    public var broadcasts = 0
    // Activation queue.
    public var queuePushes = 0
    public var queuePops = 0
    // Pointer read.
    /// Pointer pairs read; each is one access to the even and one to the odd bank.
    public var pointerReads = 0
    // Sparse-matrix read.
    /// Sparse-matrix SRAM line reads (line-address changes).
    public var sparseLineReads = 0
    /// Entries issued (padding included).
    public var sparseEntriesRead = 0
    public var paddingEntries = 0
    // Arithmetic.
    public var codebookDecodes = 0
    /// 16 x 16 multiplies (weight entries of non-zero columns).
    public var multiplies = 0
    /// Saturating accumulator adds.
    public var adds = 0
    public var bypasses = 0
    // Activation read/write.
    /// Source activations read (by the detector).
    public var activationReads = 0
    /// Destination (accumulator) reads and writes by the arithmetic unit.
    public var accumulatorReads = 0
    public var accumulatorWrites = 0
    /// Outputs written by the output step (each reads one accumulator).
    public var outputWrites = 0
    /// Activation accesses beyond the register files (activation SRAM).
    public var activationSRAMAccesses = 0
    // Time, for leakage.
    /// Total cycles.
    public var cycles = 0
    /// `cycles x N_PE`: PE-cycles that leak.
    public var peCycles = 0

    public init() {}

    init(detector: LeadingNonZeroDetector.Stats, total: EIEPEStats, cycles: Int, pes: Int) {
        activationRowsRead = detector.rowsRead
        broadcasts = detector.broadcasts
        queuePushes = total.queue.pushes
        queuePops = total.queue.pops
        pointerReads = total.pointerRead.reads
        sparseLineReads = total.sparseMatrix.lineReads
        sparseEntriesRead = total.sparseMatrix.entriesRead
        paddingEntries = total.sparseMatrix.paddingEntries
        codebookDecodes = total.arithmetic.decodes
        multiplies = total.arithmetic.multiplies
        adds = total.arithmetic.adds
        bypasses = total.arithmetic.bypasses
        activationReads = total.activationRW.activationReads
        accumulatorReads = total.activationRW.accumulatorReads
        accumulatorWrites = total.activationRW.accumulatorWrites
        outputWrites = total.activationRW.outputWrites
        activationSRAMAccesses = total.activationRW.sramAccesses
        self.cycles = cycles
        peCycles = cycles * pes
    }
}
