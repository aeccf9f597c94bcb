import PEModel

/// What one simulated tile (a full pass of the engine over the input) counted.
public struct TileResult: Sendable, Equatable, Codable {
    public var firstBlockRow: Int
    public var blockRows: Int
    /// Input columns `firstColumn ..< endColumn` of this pass.
    public var firstColumn: Int
    public var endColumn: Int
    /// Non-zero inputs among those columns.
    public var nonZeroInputs: Int
    /// Block-rows of the critical PE (PE 0, the most loaded), `B_0`.
    public var criticalBlockRows: Int
    /// Issue cycles per non-zero column on the critical PE, `ceil(B_0 / N_MUL)`.
    public var slotsPerColumn: Int
    /// Cycles from the first cycle to the end of the drain.
    public var cycles: Int
    /// Cycle in which the drain started.
    public var drainStart: Int
    /// Drain cycles, `ceil(B_0 * p / N_MUL)` (0 for a column chunk that is not its row group's last).
    public var drainCycles: Int
    /// The closed-form estimate (`AnalyticModel`).
    public var analyticCycles: Int
    /// `cycles - analyticCycles`: critical-PE idle cycles beyond the unavoidable 5 (fill + tail).
    public var bubbleCycles: Int { cycles - analyticCycles }
    /// Weight (and stored permutation) bytes streamed from DRAM for this tile (0 when on chip).
    public var dramBytes: Int
    /// `ceil(dramBytes / bandwidth)`.
    public var transferCycles: Int
}

/// Counted engine-level events (summed over tiles).
public struct EngineStats: Sendable, Equatable, Codable {
    /// Activation-buffer words the NZD read; each read is a cycle in which it emits nothing
    /// (an NZD bubble).
    public var activationWordsRead = 0
    public var broadcasts = 0
    /// Cycles the broadcast waited because some queue was full.
    public var queueStallCycles = 0
    public var dramBytes = 0
    public init() {}

    mutating func add(_ other: EngineStats) {
        activationWordsRead += other.activationWordsRead
        broadcasts += other.broadcasts
        queueStallCycles += other.queueStallCycles
        dramBytes += other.dramBytes
    }
}

/// The result of running one layer on the cycle model.
public struct EngineResult: Sendable, Equatable {
    /// The layer's outputs (`m` values, padding rows dropped).
    public var outputs: [Int16]
    /// The accumulators before the output stage (`m` values), for bit-exact checks.
    public var accumulators: [Int64]
    /// Total cycles including exposed DRAM transfer.
    public var cycles: Int
    /// Sum of the tiles' cycles (the engine computing or draining).
    public var computeCycles: Int
    /// Cycles the engine waited for a tile's weights.
    public var dramStallCycles: Int { cycles - computeCycles }
    /// Closed-form estimate of `cycles` (same DRAM schedule applied to analytic tile cycles).
    public var analyticCycles: Int
    public var fitsOnChip: Bool
    public var tiles: [TileResult]
    public var engine: EngineStats
    /// Events summed over every PE and tile.
    public var pe: PEStats
    /// Events of PE 0 (the most loaded PE), summed over tiles.
    public var criticalPE: PEStats
    /// Non-zero input activations.
    public var nonZeroInputs: Int
    /// Lane slots issued over all PEs (`useful + idle`).
    public var issuedLaneSlots: Int { pe.multipliers.usefulMultiplies + pe.multipliers.idleLaneSlots }
    /// Mean useful multiplies per PE over the critical PE's (PE 0, which holds the most block
    /// rows of every row group), summed over row groups and tiles: 1 when every PE has the same
    /// work; below 1 when block rows do not divide among the PEs (or a group leaves PEs idle).
    public func loadBalance(pes: Int) -> Double {
        let critical = criticalPE.multipliers.usefulMultiplies
        guard critical > 0, pes > 0 else { return 1 }
        return Double(pe.multipliers.usefulMultiplies) / Double(pes) / Double(critical)
    }
    /// Critical-path bubbles over all tiles (`computeCycles - sum of analytic tile cycles`).
    public var bubbleCycles: Int { tiles.reduce(0) { $0 + $1.bubbleCycles } }
}
