/// Counted events of one PE (or summed over PEs), grouped by block; what `CostModel.diagonal`
/// prices (`docs/diagonal-model.md`, "Counted events").
public struct DiagonalPEStats: Sendable, Equatable, Codable {
    /// Activation queue: entries pushed (broadcasts received), popped, cycles it started full,
    /// its peak occupancy.
    public var queuePushes = 0
    public var queuePops = 0
    public var queueFullCycles = 0
    public var queuePeak = 0
    /// Index calculator: run descriptors read (one per popped column), offset-register reads and
    /// row computations (one per hit), issue and idle cycles of the compute phase, and slots
    /// issued with no hit (a column with no row on this PE still takes one slot).
    public var descriptorReads = 0
    public var offsetReads = 0
    public var indexComputes = 0
    public var issueCycles = 0
    public var idleCycles = 0
    public var emptySlots = 0
    /// Weight SRAM: words read (one per slot with at least one hit).
    public var weightWordReads = 0
    /// Multiplier lanes: products made and lane slots left idle in issued slots.
    public var multiplies = 0
    public var idleLaneSlots = 0
    /// Accumulators: saturating read-add-writes and how many clipped.
    public var accumulatorUpdates = 0
    public var accumulatorSaturations = 0
    /// Drain: cycles, accumulators read, outputs written, outputs clipped to 16 bits.
    public var drainCycles = 0
    public var drainReads = 0
    public var outputWrites = 0
    public var outputSaturations = 0

    public init() {}

    /// Adds `other`'s counts (the peak is the larger one).
    public mutating func add(_ other: DiagonalPEStats) {
        queuePushes += other.queuePushes
        queuePops += other.queuePops
        queueFullCycles += other.queueFullCycles
        queuePeak = max(queuePeak, other.queuePeak)
        descriptorReads += other.descriptorReads
        offsetReads += other.offsetReads
        indexComputes += other.indexComputes
        issueCycles += other.issueCycles
        idleCycles += other.idleCycles
        emptySlots += other.emptySlots
        weightWordReads += other.weightWordReads
        multiplies += other.multiplies
        idleLaneSlots += other.idleLaneSlots
        accumulatorUpdates += other.accumulatorUpdates
        accumulatorSaturations += other.accumulatorSaturations
        drainCycles += other.drainCycles
        drainReads += other.drainReads
        outputWrites += other.outputWrites
        outputSaturations += other.outputSaturations
    }
}

/// Counted events of the activation buffer and non-zero detector.
public struct DiagonalNZDStats: Sendable, Equatable, Codable {
    /// Activation-buffer words read (each an NZD bubble: nothing broadcast that cycle).
    public var wordReads = 0
    /// Non-zero columns broadcast to every PE.
    public var broadcasts = 0
    /// Cycles a pending non-zero waited because some PE queue was full.
    public var stallCycles = 0

    public init() {}
}

/// One pass of the engine over a chunk of input columns (one pass when the layer is resident).
public struct DiagonalPass: Sendable, Equatable, Codable {
    /// The chunk's input columns.
    public var firstColumn: Int
    public var columnCount: Int
    /// Cycles from the pass's start until its last accumulate (plus the drain for the last pass).
    public var computeCycles: Int
    /// Bytes of weights and descriptors streamed for the chunk (0 when resident).
    public var dramBytes: Int
    /// `ceil(dramBytes / engine.dram-bytes-per-cycle)`.
    public var transferCycles: Int
    /// When it starts and finishes computing in the layer's schedule.
    public var start: Int
    public var finish: Int
}

/// What the cycle model returns: outputs, timing and every counted event.
public struct DiagonalResult: Sendable, Equatable {
    public var outputs: [Int16]
    /// Final accumulators, by output row.
    public var accumulators: [Int64]
    /// The layer's cycles: the end of the last pass in the DRAM schedule.
    public var cycles: Int
    /// Sum of the passes' compute cycles (equals `cycles` when resident).
    public var computeCycles: Int
    /// Cycles the drain took (`ceil(rows of PE 0 / N_MUL)`).
    public var drainCycles: Int
    /// Whether every weight and descriptor fits the weight SRAM (one pass, no DRAM traffic).
    public var resident: Bool
    public var passes: [DiagonalPass]
    public var nzd: DiagonalNZDStats
    /// Summed over every PE.
    public var allPEs: DiagonalPEStats
    /// PE 0 (it owns the most rows).
    public var criticalPE: DiagonalPEStats
    /// Issue cycles per PE (for the balance).
    public var issueCyclesPerPE: [Int]
    public var pes: Int
    public var lanes: Int

    /// Bytes streamed from DRAM.
    public var dramBytes: Int { passes.reduce(0) { $0 + $1.dramBytes } }
    /// Mean over maximum issue cycles over the PEs that own rows.
    public var loadBalance: Double {
        let active = issueCyclesPerPE.filter { $0 > 0 }
        guard let top = active.max(), top > 0 else { return 1 }
        return Double(active.reduce(0, +)) / Double(active.count) / Double(top)
    }
    /// Products made over the lane slots of the whole run (`cycles x N_PE x N_MUL`).
    public var multiplierUtilization: Double {
        cycles > 0 ? Double(allPEs.multiplies) / (Double(cycles) * Double(pes * lanes)) : 0
    }
}
