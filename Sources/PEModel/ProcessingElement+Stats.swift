/// Every event a PE counted, one `Stats` per block (feeds reports and the cost model).
public struct PEStats: Sendable, Equatable, Codable {
    public var queue = ActivationQueue.Stats()
    public var indexCalculator = IndexCalculator.Stats()
    public var weightSRAM = WeightSRAM.Stats()
    public var multipliers = MultiplierLanes.Stats()
    public var accumulators = AccumulatorBanks.Stats()
    public var drain = DrainUnit.Stats()

    public init() {}

    /// Adds another PE's (or tile's) counts; peaks take the maximum.
    public mutating func add(_ other: PEStats) {
        queue.pushes += other.queue.pushes
        queue.pops += other.queue.pops
        queue.peakOccupancy = max(queue.peakOccupancy, other.queue.peakOccupancy)
        queue.fullCycles += other.queue.fullCycles
        indexCalculator.columns += other.indexCalculator.columns
        indexCalculator.issueCycles += other.indexCalculator.issueCycles
        indexCalculator.idleCycles += other.indexCalculator.idleCycles
        indexCalculator.idleBeforeLastIssue += other.indexCalculator.idleBeforeLastIssue
        indexCalculator.permutationReads += other.indexCalculator.permutationReads
        indexCalculator.permutationComputes += other.indexCalculator.permutationComputes
        weightSRAM.wordReads += other.weightSRAM.wordReads
        multipliers.usefulMultiplies += other.multipliers.usefulMultiplies
        multipliers.idleLaneSlots += other.multipliers.idleLaneSlots
        accumulators.reads += other.accumulators.reads
        accumulators.writes += other.accumulators.writes
        accumulators.saturations += other.accumulators.saturations
        drain.cycles += other.drain.cycles
        drain.accumulatorReads += other.drain.accumulatorReads
        drain.outputWrites += other.drain.outputWrites
        drain.outputSaturations += other.drain.outputSaturations
    }
}

extension ProcessingElement {
    /// This PE's counts so far.
    public var stats: PEStats {
        var stats = PEStats()
        stats.queue = queue.stats
        stats.indexCalculator = indexCalculator.stats
        stats.weightSRAM = weightSRAM.stats
        stats.multipliers = multipliers.stats
        stats.accumulators = accumulators.stats
        stats.drain = drain.stats
        return stats
    }
}
