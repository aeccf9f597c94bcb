import PEModel
import Workloads

/// The cycle-accurate PermDNN engine: activation buffer and NZD, broadcast into every PE's
/// queue, `N_PE` PEs, drain; weight tiles streamed from DRAM when a layer does not fit.
///
/// The engine owns time. Each cycle it evaluates every block (NZD, then each PE, all reading
/// start-of-cycle state), then commits every block. Source: `architecture.md` §1.2.
public struct PermDNNEngine: Sendable {
    public let config: ArchitectureConfig

    public init(config: ArchitectureConfig) throws {
        try config.validate()
        self.config = config
    }

    /// Receives one line of trace per cycle (the first `cycles` cycles of each tile).
    public struct Trace: Sendable {
        public var cycles: Int
        public var sink: @Sendable (String) -> Void
        public init(cycles: Int, sink: @escaping @Sendable (String) -> Void) {
            self.cycles = cycles
            self.sink = sink
        }
    }

    /// Simulates `layer` cycle by cycle: every tile (row group x column chunk) in turn, then
    /// the DRAM schedule that overlaps tile transfers with compute.
    public func run(_ layer: Layer, trace: Trace? = nil) throws -> EngineResult {
        let matrix = layer.weights
        let mapping = try EngineMapping(matrix: matrix, config: config)
        var outputs = [Int16](repeating: 0, count: matrix.rows)
        var accumulators = [Int64](repeating: 0, count: matrix.rows)
        var tiles: [TileResult] = []
        var engineStats = EngineStats()
        var peStats = PEStats()
        var criticalStats = PEStats()

        var pes: [ProcessingElement] = []
        for tile in mapping.tiles {
            if tile.firstColumn == 0 { pes = makePEs(for: tile, mapping: mapping, layer: layer) }
            let criticalBefore = pes[0].stats
            let allBefore = pes.reduce(into: PEStats()) { $0.add($1.stats) }
            var nzd = NonZeroDetector(activations: layer.activations, wordWidth: config.nzdWordWidth,
                                      firstColumn: tile.firstColumn, endColumn: tile.endColumn)
            let chunkNonZeros = layer.activations[tile.firstColumn..<tile.endColumn].reduce(0) { $0 + ($1 != 0 ? 1 : 0) }
            let (cycles, drainStart) = try simulate(pes: &pes, nzd: &nzd, nonZeroInputs: chunkNonZeros,
                                                    drains: tile.drains, trace: trace)
            peStats.add(pes.reduce(into: PEStats()) { $0.add($1.stats) }.subtracting(allBefore))
            criticalStats.add(pes[0].stats.subtracting(criticalBefore))
            if tile.drains { gather(pes, tile: tile, mapping: mapping, outputs: &outputs, accumulators: &accumulators) }
            tiles.append(tileResult(tile, critical: pes[0].configuration, fitsOnChip: mapping.fitsOnChip,
                                    nonZeroInputs: chunkNonZeros, words: nzd.wordCount, cycles: cycles, drainStart: drainStart))
            engineStats.activationWordsRead += nzd.stats.wordsRead
            engineStats.broadcasts += nzd.stats.broadcasts
            engineStats.queueStallCycles += nzd.stats.stallCycles
            engineStats.dramBytes += tiles[tiles.count - 1].dramBytes
        }

        let computeCycles = tiles.reduce(0) { $0 + $1.cycles }
        let transfers = tiles.map(\.transferCycles)
        let total = AnalyticModel.schedule(computeCycles: tiles.map(\.cycles), transferCycles: transfers)
        let analyticTotal = AnalyticModel.schedule(computeCycles: tiles.map(\.analyticCycles), transferCycles: transfers)
        return EngineResult(
            outputs: outputs, accumulators: accumulators, cycles: total, computeCycles: computeCycles,
            dramStallCycles: total - computeCycles, analyticCycles: analyticTotal,
            fitsOnChip: mapping.fitsOnChip, tiles: tiles, engine: engineStats, pe: peStats,
            criticalPE: criticalStats,
            nonZeroInputs: layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) })
    }

    /// The PEs of a new row group: SRAM images loaded, accumulators cleared.
    private func makePEs(for tile: EngineMapping.Tile, mapping: EngineMapping, layer: Layer) -> [ProcessingElement] {
        tile.peBlockRows.indices.map { e in
            let (weights, permutation) = mapping.images(for: tile, pe: e, matrix: layer.weights)
            let configuration = PEConfiguration(
                index: e, lanes: config.multipliers, queueDepth: config.queueDepth,
                blockSize: layer.weights.blockSize, blockRows: tile.peBlockRows[e],
                format: config.format, relu: layer.relu)
            return ProcessingElement(configuration: configuration, weightImage: weights, permutation: permutation)
        }
    }

    /// Copies a drained row group's outputs and accumulators into the layer's rows
    /// (padding rows are dropped).
    private func gather(_ pes: [ProcessingElement], tile: EngineMapping.Tile, mapping: EngineMapping,
                        outputs: inout [Int16], accumulators: inout [Int64]) {
        let p = mapping.blockSize
        for e in pes.indices {
            for local in 0..<pes[e].configuration.blockRows {
                let r = mapping.blockRow(tile: tile, pe: e, local: local)
                for i in 0..<p where r * p + i < outputs.count {
                    outputs[r * p + i] = pes[e].drain.outputs[local * p + i]
                    accumulators[r * p + i] = pes[e].accumulators.values[local * p + i]
                }
            }
        }
    }

    /// What a finished tile reports, with its analytic estimate and DRAM transfer.
    private func tileResult(_ tile: EngineMapping.Tile, critical: PEConfiguration, fitsOnChip: Bool,
                            nonZeroInputs: Int, words: Int, cycles: Int, drainStart: Int) -> TileResult {
        let drainCycles = tile.drains ? (critical.localRows + critical.lanes - 1) / critical.lanes : 0
        let analytic = AnalyticModel.tileCycles(nonZeroInputs: nonZeroInputs, words: words,
                                                slotsPerColumn: critical.slotsPerColumn, drainCycles: drainCycles)
        let dramBytes = fitsOnChip ? 0 : tile.bytes
        return TileResult(
            firstBlockRow: tile.firstBlockRow, blockRows: tile.blockRows,
            firstColumn: tile.firstColumn, endColumn: tile.endColumn, nonZeroInputs: nonZeroInputs,
            criticalBlockRows: critical.blockRows, slotsPerColumn: critical.slotsPerColumn,
            cycles: cycles, drainStart: drainStart, drainCycles: drainCycles,
            analyticCycles: analytic, bubbleCycles: cycles - analytic, dramBytes: dramBytes,
            transferCycles: (dramBytes + config.dramBytesPerCycle - 1) / config.dramBytesPerCycle)
    }

    /// Runs one tile to completion; returns (total cycles, drain start cycle). A tile that does
    /// not drain (a column chunk before its row group's last) ends when the drain would start.
    private func simulate(pes: inout [ProcessingElement], nzd: inout NonZeroDetector,
                          nonZeroInputs: Int, drains: Bool, trace: Trace?) throws -> (Int, Int) {
        let critical = pes[0].configuration
        // A bound no correct run reaches: every word read, every column issued with a full queue
        // wait, the pipeline and the drain. Exceeding it means a model bug, reported not hung.
        let bound = nzd.wordCount + nonZeroInputs * (critical.slotsPerColumn + config.queueDepth + 2)
            + critical.localRows + 64
        // The PEs are reached through a buffer pointer: indexing the array itself would check
        // its uniqueness and retain it on every access, which costs a fifth of the run time.
        return try pes.withUnsafeMutableBufferPointer { pes in
            var cycle = 0
            var drainStart = -1
            while true {
                if drainStart < 0 && nzd.isDone && pes.allSatisfy(\.isIdle) {
                    drainStart = cycle
                    if !drains { return (cycle, cycle) }
                }
                var action = NonZeroDetector.Action.idle
                if drainStart >= 0 {
                    if pes.allSatisfy(\.drain.isFinished) { return (cycle, drainStart) }
                    for e in pes.indices { pes[e].evaluateDrain() }
                } else {
                    var canAccept = true
                    for e in pes.indices where !pes[e].canAcceptBroadcast { canAccept = false; break }
                    action = nzd.evaluate(queuesCanAccept: canAccept)
                    if case let .broadcast(activation, column) = action {
                        for e in pes.indices { pes[e].receiveBroadcast(activation: activation, column: column) }
                    }
                    for e in pes.indices { pes[e].evaluateCompute() }
                }
                if let trace, cycle < trace.cycles {
                    trace.sink(Self.lineTrace(cycle: cycle, action: action, draining: drainStart >= 0, pes: UnsafeBufferPointer(pes)))
                }
                nzd.commit()
                for e in pes.indices { pes[e].commit() }
                cycle += 1
                if cycle > bound {
                    throw ConfigError.invalid(field: "engine", rule: "internal error: no progress after \(bound) cycles (please report with the seed)")
                }
            }
        }
    }

    /// One fixed-width line per cycle: cycle, NZD action, queue occupancies, first 4 PEs.
    static func lineTrace(cycle: Int, action: NonZeroDetector.Action, draining: Bool, pes: UnsafeBufferPointer<ProcessingElement>) -> String {
        let nzd: String
        if draining {
            nzd = "drain"
        } else {
            switch action {
            case let .readWord(index): nzd = "read w\(index)"
            case let .broadcast(_, column): nzd = "bcast j\(column)"
            case .stall: nzd = "stall"
            case .idle: nzd = "idle"
            }
        }
        let cycleText = String(cycle)
        var line = String(repeating: " ", count: max(0, 7 - cycleText.count)) + cycleText + " | "
        line += nzd + String(repeating: " ", count: max(0, 11 - nzd.count)) + " | q "
        line += pes.map { String(min($0.queue.count, 9)) }.joined()
        for e in 0..<min(4, pes.count) { line += " | PE\(e) " + pes[e].lineTrace }
        return line
    }
}
