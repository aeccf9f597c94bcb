/// The N:M engine's cycle model: a layer on the design `config`, pass by pass
/// (`NMPassSimulator`), with the weight tiles' DRAM schedule (`docs/nm-model.md`).
public struct NMEngine: Sendable {
    public let config: NMConfig

    /// The engine for a validated `config`.
    public init(config: NMConfig) throws {
        try config.validate()
        self.config = config
    }

    /// A per-cycle trace request: one line per cycle for the first `cycles` cycles of each pass
    /// (the reader, the broadcast and PE 0's queue and pipeline stages).
    public struct Trace: Sendable {
        public var cycles: Int
        public var sink: @Sendable (String) -> Void
        public init(cycles: Int, sink: @escaping @Sendable (String) -> Void) {
            self.cycles = cycles
            self.sink = sink
        }
    }

    /// Runs `layer`: its passes in order, then the DRAM schedule of streamed tiles.
    ///
    /// Schedule (streamed layers; double-buffered weight SRAM): transfer `t` starts when
    /// transfer `t-1` is done and pass `t-2` has finished (its buffer is free); pass `t` computes
    /// when its transfer is done and pass `t-1` has finished. Transfer cycles =
    /// `ceil(bytes / engine.dram-bytes-per-cycle)`; bytes = each active PE's tile image,
    /// `S_e x groups x kept` words of `L x 18` bits rounded up to whole bytes. A resident layer
    /// moves nothing and its passes run back to back.
    public func run(_ layer: NMLayer, trace: Trace? = nil) throws -> NMResult {
        guard layer.kept == config.kept else {
            throw NMError.invalid(field: "nm.kept", rule: "layer '\(layer.name)' keeps \(layer.kept) of 4 but the engine is built for \(config.kept)")
        }
        guard layer.format == config.format else {
            throw NMError.invalid(field: "fixed-point", rule: "layer '\(layer.name)' is in \(layer.format), the engine computes in \(config.format)")
        }
        let plan = try NMTilePlan(config: config, rows: layer.rows, groups: layer.groups, kept: layer.kept)
        let lanes = config.multipliers
        var accumulators = [Int64](repeating: 0, count: layer.rows)
        var outputs = [Int16](repeating: 0, count: layer.rows)
        var stats = NMStats()
        var multipliesPerPE = [Int](repeating: 0, count: config.pes)
        var passes: [NMPass] = []
        for tile in 0..<plan.rowTiles {
            for chunk in 0..<plan.chunks {
                let first = chunk * plan.groupsPerChunk
                let groups = min(plan.groupsPerChunk, layer.groups - first)
                let drains = chunk == plan.chunks - 1
                let simulator = NMPassSimulator(layer: layer, config: config, plan: plan, tile: tile, firstGroup: first,
                                                groupCount: groups, drains: drains)
                let (drainStart, cycles) = try simulator.run(accumulators: &accumulators, outputs: &outputs, stats: &stats,
                                                             multipliesPerPE: &multipliesPerPE, trace: trace)
                var bytes = 0
                if !plan.resident {
                    for e in 0..<config.pes {
                        let words = (plan.rows(pe: e, tile: tile, lanes: lanes) + lanes - 1) / lanes * groups * layer.kept
                        bytes += (words * config.wordBits + 7) / 8
                    }
                }
                passes.append(NMPass(rowTile: tile, firstGroup: first, groups: groups, drains: drains, drainStart: drainStart,
                                     cycles: cycles, bytes: bytes,
                                     transferCycles: (bytes + config.dramBytesPerCycle - 1) / config.dramBytesPerCycle,
                                     start: 0, end: 0))
            }
        }
        // The DRAM schedule.
        var transferDone = 0
        for t in passes.indices {
            let bufferFree = t >= 2 ? passes[t - 2].end : 0
            transferDone = max(transferDone, bufferFree) + passes[t].transferCycles
            passes[t].start = max(transferDone, t >= 1 ? passes[t - 1].end : 0)
            passes[t].end = passes[t].start + passes[t].cycles
        }
        stats.dramBytes = passes.reduce(0) { $0 + $1.bytes }
        return NMResult(outputs: outputs, accumulators: accumulators, cycles: passes.last?.end ?? 0, passes: passes, plan: plan,
                        stats: stats, multipliesPerPE: multipliesPerPE, totalMultipliers: config.totalMultipliers,
                        clockGHz: config.clockGHz)
    }
}
