/// Every event a PE counted, one `Stats` per block (feeds reports and the cost model).
public struct PEStats: Sendable, Equatable, Codable {
    public var queue = ActivationQueue.Stats()
    public var indexCalculator = IndexCalculator.Stats()
    public var weightSRAM = WeightSRAM.Stats()
    public var multipliers = MultiplierLanes.Stats()
    public var accumulators = AccumulatorBanks.Stats()
    public var drain = DrainUnit.Stats()

    public init() {}

    /// `self` minus an earlier snapshot of the same PE: the counts of the interval in between
    /// (the peak occupancy stays the overall peak).
    public func subtracting(_ earlier: PEStats) -> PEStats {
        var result = self
        result.add(earlier, scale: -1)
        return result
    }

    /// Adds another PE's (or tile's) counts times `scale`; peaks take the maximum.
    public mutating func add(_ other: PEStats, scale: Int = 1) {
        queue.pushes += scale * other.queue.pushes
        queue.pops += scale * other.queue.pops
        if scale > 0 { queue.peakOccupancy = max(queue.peakOccupancy, other.queue.peakOccupancy) }
        queue.fullCycles += scale * other.queue.fullCycles
        indexCalculator.columns += scale * other.indexCalculator.columns
        indexCalculator.issueCycles += scale * other.indexCalculator.issueCycles
        indexCalculator.idleCycles += scale * other.indexCalculator.idleCycles
        indexCalculator.idleBeforeLastIssue += scale * other.indexCalculator.idleBeforeLastIssue
        indexCalculator.permutationReads += scale * other.indexCalculator.permutationReads
        indexCalculator.permutationComputes += scale * other.indexCalculator.permutationComputes
        weightSRAM.wordReads += scale * other.weightSRAM.wordReads
        multipliers.usefulMultiplies += scale * other.multipliers.usefulMultiplies
        multipliers.idleLaneSlots += scale * other.multipliers.idleLaneSlots
        accumulators.reads += scale * other.accumulators.reads
        accumulators.writes += scale * other.accumulators.writes
        accumulators.saturations += scale * other.accumulators.saturations
        drain.cycles += scale * other.drain.cycles
        drain.accumulatorReads += scale * other.drain.accumulatorReads
        drain.outputWrites += scale * other.drain.outputWrites
        drain.outputSaturations += scale * other.drain.outputSaturations
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
