/// Every event the N:M engine counted, summed over PEs and passes (the cost model's inputs).
public struct NMStats: Sendable, Equatable, Codable {
    /// Groups of 4 activations read from the activation buffer (one 64-bit word each).
    public var groupsRead = 0
    /// Groups read whose 4 activations were all zero: dropped by the group reader.
    public var groupsSkipped = 0
    /// Groups broadcast to the active PEs' queues.
    public var groupsBroadcast = 0
    /// Cycles the reader held a group it could not broadcast (some active queue full).
    public var broadcastStallCycles = 0
    /// Queue pushes (broadcasts x active PEs) and pops.
    public var queuePushes = 0
    public var queuePops = 0
    /// Issue slots over all PEs: one weight-SRAM word read each.
    public var issueSlots = 0
    /// Weight-SRAM word reads, and the bits they read: values (`L x 16`) and indices (`L x 2`).
    public var weightWordReads = 0
    public var weightValueBitsRead = 0
    public var weightIndexBitsRead = 0
    /// Lane slots with a weight (multiplies, each after one 4:1 select) and without one.
    public var multiplies = 0
    public var idleLaneSlots = 0
    /// 4:1 activation selects (one per multiply).
    public var muxSelects = 0
    /// Multiplies whose selected activation was 0 (inside a non-zero group, or padding).
    public var zeroActivationMultiplies = 0
    /// Accumulator read-add-writes, and those that saturated.
    public var accumulatorUpdates = 0
    public var accumulatorSaturations = 0
    /// Cycles of active PEs before the drain in which they issued nothing.
    public var starvedPECycles = 0
    /// Drain cycles summed over PEs, and outputs written.
    public var drainCycles = 0
    public var outputWrites = 0
    /// Clocked PE-cycles: each pass's cycles times its active PEs.
    public var peCycles = 0
    /// Weight bytes streamed from DRAM.
    public var dramBytes = 0

    public init() {}

    /// Bits read from the weight SRAM, values and indices.
    public var weightBitsRead: Int { weightValueBitsRead + weightIndexBitsRead }
}

/// One pass of the engine over a row tile and a chunk of groups.
public struct NMPass: Sendable, Equatable, Codable {
    public var rowTile: Int
    public var firstGroup: Int
    public var groups: Int
    /// Whether the pass drains (the row tile's last chunk).
    public var drains: Bool
    /// The cycle (from the pass's start) in which every pipeline was empty: the drain's start.
    public var drainStart: Int
    /// Compute cycles of the pass (its drain included).
    public var cycles: Int
    /// DRAM bytes of its weights and the cycles to move them (0 when resident).
    public var bytes: Int
    public var transferCycles: Int
    /// When the pass computes, on the layer's clock (after the DRAM schedule).
    public var start: Int
    public var end: Int
}

/// The result of running one layer on the N:M engine.
public struct NMResult: Sendable, Equatable {
    /// The layer's outputs (`m` values).
    public var outputs: [Int16]
    /// Every row's accumulator before the output stage.
    public var accumulators: [Int64]
    /// Total cycles: the last pass's end.
    public var cycles: Int
    public var passes: [NMPass]
    public var plan: NMTilePlan
    public var stats: NMStats
    /// Multiplies done by each PE (for the load balance).
    public var multipliesPerPE: [Int]
    /// The design's multipliers and clock.
    public var totalMultipliers: Int
    public var clockGHz: Double

    /// Compute cycles of all passes.
    public var computeCycles: Int { passes.reduce(0) { $0 + $1.cycles } }
    /// Cycles spent waiting for DRAM: `cycles - computeCycles`.
    public var dramStallCycles: Int { cycles - computeCycles }
    /// Multiplies over issued lane slots.
    public var laneUtilization: Double {
        let slots = stats.multiplies + stats.idleLaneSlots
        return slots > 0 ? Double(stats.multiplies) / Double(slots) : 0
    }
    /// Mean multiplies per PE over the busiest PE's.
    public var loadBalance: Double {
        guard let busiest = multipliesPerPE.max(), busiest > 0 else { return 1 }
        return Double(multipliesPerPE.reduce(0, +)) / Double(multipliesPerPE.count) / Double(busiest)
    }
    public var latencyMicroseconds: Double { Double(cycles) / (clockGHz * 1000) }
}
