import ConfigSupport
import Dispatch
import PEModel
import Synchronization
import Workloads

/// The cycle-accurate PermDNN engine: activation buffer and NZD, broadcast into every PE's
/// queue, `N_PE` PEs, drain; weight tiles streamed from DRAM when a layer does not fit.
///
/// The engine owns time. Each cycle it evaluates every block (NZD, then each PE, all reading
/// start-of-cycle state), then commits every block. Source: `architecture.md` §1.2.
///
/// Two ways to compute the same `EngineResult` (`docs/microarchitecture.md`, "Two paths"):
/// `.perCycle` steps every PE and every lane each cycle with its data (it serves traces and the
/// lock-step co-simulation); `.classTiming` steps one small timing machine per class of PEs
/// with equal `B_e` and computes the arithmetic without cycles. Both give `==` results.
public struct PermDNNEngine: Sendable {
    /// How `run` computes a layer.
    public enum Method: String, Sendable, CaseIterable {
        /// Timing from one state machine per distinct `B_e` (at most 2 per tile), arithmetic from
        /// the accumulation order of the functional reference (`ClassTiming.swift`). The default;
        /// a run with a trace always steps per cycle, since the trace shows every PE.
        case classTiming
        /// Every PE, every lane, every cycle (`evaluateCycle` / `commitCycle`).
        case perCycle
    }

    public let config: ArchitectureConfig
    /// `.classTiming` unless told otherwise; a trace forces `.perCycle`.
    public let method: Method

    public init(config: ArchitectureConfig, method: Method = .classTiming) throws {
        try config.validate()
        self.config = config
        self.method = method
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

    /// What one row group (its column chunks, then its drain) produced.
    struct RowGroupRun: Sendable {
        var tiles: [TileResult] = []
        var engine = EngineStats()
        var pe = PEStats()
        var critical = PEStats()
        /// Outputs and accumulators of the group's rows, from its first row on.
        var outputs: [Int16] = []
        var accumulators: [Int64] = []

        /// Adds a finished tile and its NZD's counts.
        mutating func record(_ tile: TileResult, nzd: NonZeroDetector.Stats) {
            tiles.append(tile)
            engine.activationWordsRead += nzd.wordsRead
            engine.broadcasts += nzd.broadcasts
            engine.queueStallCycles += nzd.stallCycles
            engine.dramBytes += tile.dramBytes
        }
    }

    /// Simulates `layer` (by `method`; per cycle when tracing): every tile (row group x column chunk), then the DRAM
    /// schedule that overlaps tile transfers with compute. Row groups share no state, so they
    /// are simulated on all cores at once (unless tracing) and merged in order: the result is
    /// the same as a serial run.
    public func run(_ layer: Layer, trace: Trace? = nil) throws -> EngineResult {
        let matrix = layer.weights
        let mapping = try EngineMapping(matrix: matrix, config: config)
        let groups = mapping.rowGroups
        let runs = Mutex([Result<RowGroupRun, Error>?](repeating: nil, count: groups.count))
        let perCycle = trace != nil || method == .perCycle
        // The non-zero inputs in order, and the 16-bit weights, decoded once for every row group of
        // the class-timing path.
        let nonZeros = perCycle ? nil : NonZeroColumns(activations: layer.activations, blockSize: matrix.blockSize)
        let weights = perCycle ? [] : matrix.decodedWeights
        let work: @Sendable (Int) -> Void = { index in
            let result = Result {
                if let nonZeros {
                    return try self.runRowGroupByClass(groups[index], mapping: mapping, layer: layer, weights: weights,
                                                       nonZeros: nonZeros)
                }
                return try self.runRowGroup(groups[index], mapping: mapping, layer: layer, trace: trace)
            }
            runs.withLock { $0[index] = result }
        }
        if trace != nil || groups.count == 1 {
            for index in groups.indices { work(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: groups.count, execute: work)
        }

        var outputs = [Int16](repeating: 0, count: matrix.rows)
        var accumulators = [Int64](repeating: 0, count: matrix.rows)
        var tiles: [TileResult] = []
        var engineStats = EngineStats()
        var peStats = PEStats()
        var criticalStats = PEStats()
        for (group, result) in zip(groups, runs.withLock { $0 }) {
            guard let run = try result?.get() else {
                throw SimulatorFault(message: "a row group did not run", attach: "the command line and its --seed")
            }
            let firstRow = group[0].firstBlockRow * matrix.blockSize
            outputs.replaceSubrange(firstRow..<firstRow + run.outputs.count, with: run.outputs)
            accumulators.replaceSubrange(firstRow..<firstRow + run.accumulators.count, with: run.accumulators)
            tiles += run.tiles
            engineStats.add(run.engine)
            peStats.add(run.pe)
            criticalStats.add(run.critical)
        }

        let computeCycles = tiles.reduce(0) { $0 + $1.cycles }
        let transfers = tiles.map(\.transferCycles)
        let total = AnalyticModel.schedule(computeCycles: tiles.map(\.cycles), transferCycles: transfers)
        let analyticTotal = AnalyticModel.schedule(computeCycles: tiles.map(\.analyticCycles), transferCycles: transfers)
        return EngineResult(
            outputs: outputs, accumulators: accumulators, cycles: total, computeCycles: computeCycles,
            analyticCycles: analyticTotal,
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
                format: config.format, relu: layer.relu, weightEncoding: layer.weights.encoding)
            return ProcessingElement(configuration: configuration, weightImage: weights, permutation: permutation)
        }
    }

    /// Runs one row group's column chunks on fresh PEs, then collects its rows.
    private func runRowGroup(_ group: [EngineMapping.Tile], mapping: EngineMapping, layer: Layer,
                             trace: Trace?) throws -> RowGroupRun {
        var run = RowGroupRun()
        var pes = makePEs(for: group[0], mapping: mapping, layer: layer)
        for tile in group {
            let criticalBefore = pes[0].stats
            let allBefore = pes.reduce(into: PEStats()) { $0.add($1.stats) }
            var nzd = NonZeroDetector(activations: layer.activations, wordWidth: config.nzdWordWidth,
                                      firstColumn: tile.firstColumn, endColumn: tile.endColumn)
            let chunkNonZeros = layer.activations[tile.firstColumn..<tile.endColumn].reduce(0) { $0 + ($1 != 0 ? 1 : 0) }
            let (cycles, drainStart) = try simulate(pes: &pes, nzd: &nzd, nonZeroInputs: chunkNonZeros,
                                                    drains: tile.drains, trace: trace)
            run.pe.add(pes.reduce(into: PEStats()) { $0.add($1.stats) }.subtracting(allBefore))
            run.critical.add(pes[0].stats.subtracting(criticalBefore))
            run.record(tileResult(tile, critical: pes[0].configuration, fitsOnChip: mapping.fitsOnChip,
                                  nonZeroInputs: chunkNonZeros, words: nzd.wordCount, cycles: cycles, drainStart: drainStart),
                       nzd: nzd.stats)
        }
        // Gather the drained rows (padding rows dropped): local row `b*p + i` of PE `e` is
        // global row `r*p + i` with `r = first + b*N_PE + e`.
        let p = mapping.blockSize
        let first = group[0].firstBlockRow
        let rowCount = min(group[0].blockRows * p, layer.weights.rows - first * p)
        run.outputs = [Int16](repeating: 0, count: rowCount)
        run.accumulators = [Int64](repeating: 0, count: rowCount)
        for e in pes.indices {
            for local in 0..<pes[e].configuration.blockRows {
                let r = mapping.blockRow(tile: group[0], pe: e, local: local) - first
                for i in 0..<p where r * p + i < rowCount {
                    run.outputs[r * p + i] = pes[e].drain.outputs[local * p + i]
                    run.accumulators[r * p + i] = pes[e].accumulators.values[local * p + i]
                }
            }
        }
        return run
    }

    /// What a finished tile reports, with its analytic estimate and DRAM transfer.
    func tileResult(_ tile: EngineMapping.Tile, critical: PEConfiguration, fitsOnChip: Bool,
                            nonZeroInputs: Int, words: Int, cycles: Int, drainStart: Int) -> TileResult {
        let drainCycles = tile.drains ? (critical.localRows + critical.lanes - 1) / critical.lanes : 0
        let analytic = AnalyticModel.tileCycles(nonZeroInputs: nonZeroInputs, words: words,
                                                slotsPerColumn: critical.slotsPerColumn, drainCycles: drainCycles,
                                                decodeStage: config.weightFormat.hasDecodeStage)
        let dramBytes = fitsOnChip ? 0 : tile.bytes
        let transfer = Self.transferCycles(bytes: tile.bytes, fitsOnChip: fitsOnChip, config: config)
        return TileResult(
            firstBlockRow: tile.firstBlockRow, blockRows: tile.blockRows,
            firstColumn: tile.firstColumn, endColumn: tile.endColumn, nonZeroInputs: nonZeroInputs,
            criticalBlockRows: critical.blockRows, slotsPerColumn: critical.slotsPerColumn,
            cycles: cycles, drainStart: drainStart, drainCycles: drainCycles,
            analyticCycles: analytic, dramBytes: dramBytes,
            transferCycles: transfer)
    }

    /// DRAM cycles to stream a tile's weights (none when the whole layer stays on chip).
    static func transferCycles(bytes: Int, fitsOnChip: Bool, config: ArchitectureConfig) -> Int {
        fitsOnChip ? 0 : (bytes + config.dramBytesPerCycle - 1) / config.dramBytesPerCycle
    }

    /// Runs one tile to completion; returns (total cycles, drain start cycle). A tile that does
    /// not drain (a column chunk before its row group's last) ends when the drain would start.
    private func simulate(pes: inout [ProcessingElement], nzd: inout NonZeroDetector,
                          nonZeroInputs: Int, drains: Bool, trace: Trace?) throws -> (Int, Int) {
        let bound = Self.progressBound(words: nzd.wordCount, nonZeroInputs: nonZeroInputs,
                                       critical: pes[0].configuration)
        // The PEs are reached through a buffer pointer: indexing the array itself would check
        // its uniqueness and retain it on every access, which costs a fifth of the run time.
        return try pes.withUnsafeMutableBufferPointer { pes in
            var cycle = 0
            var drainStart = -1
            while true {
                let phase = Self.evaluateCycle(pes: pes, nzd: &nzd, cycle: cycle, drainStart: &drainStart, drains: drains)
                if phase == .finished { return (cycle, drainStart) }
                if let trace, cycle < trace.cycles {
                    trace.sink(Self.lineTrace(cycle: cycle, phase: phase, pes: UnsafeBufferPointer(pes)))
                }
                Self.commitCycle(pes: pes, nzd: &nzd)
                cycle += 1
                if cycle > bound {
                    throw SimulatorFault(message: "the engine made no progress after \(bound) cycles", attach: "the command line and its --seed")
                }
            }
        }
    }

    /// A bound on one tile's cycles that no correct run reaches: every word read, every column
    /// issued after a full queue wait, the pipeline and the drain of the critical PE. Every
    /// model that steps a tile (`simulate`, the class timers, the stepped engines of a
    /// co-simulation) stops there and reports a model bug instead of hanging.
    static func progressBound(words: Int, nonZeroInputs: Int, critical: PEConfiguration) -> Int {
        words + nonZeroInputs * (critical.slotsPerColumn + critical.queueDepth + 2) + critical.localRows + 64
    }

    /// What the engine does in one cycle, as decided by `evaluateCycle`.
    enum CyclePhase: Equatable {
        /// Queues, pipelines and the NZD advance; the NZD's action.
        case compute(NonZeroDetector.Action)
        /// Every PE drains up to `N_MUL` rows.
        case drain
        /// The run is over in this cycle: its number is the tile's cycle count (`done` rises).
        case finished
    }

    /// The evaluate phase of one engine cycle, from start-of-cycle state: if the NZD is done and
    /// every PE idle, the drain starts (a tile that does not drain ends there); in the drain,
    /// the run ends in the first cycle in which every PE has drained; otherwise the NZD decides
    /// (broadcast only when every queue has room) and every PE evaluates its stages. Shared by
    /// `simulate` and `SteppedSwiftEngine`, so lock-step co-simulation checks this very code.
    @inline(__always)
    static func evaluateCycle(pes: UnsafeMutableBufferPointer<ProcessingElement>, nzd: inout NonZeroDetector,
                              cycle: Int, drainStart: inout Int, drains: Bool) -> CyclePhase {
        if drainStart < 0 && nzd.isDone && pes.allSatisfy(\.isIdle) {
            drainStart = cycle
            if !drains { return .finished }
        }
        if drainStart >= 0 {
            if pes.allSatisfy(\.drain.isFinished) { return .finished }
            for e in pes.indices { pes[e].evaluateDrain() }
            return .drain
        }
        var canAccept = true
        for e in pes.indices where !pes[e].canAcceptBroadcast { canAccept = false; break }
        let action = nzd.evaluate(queuesCanAccept: canAccept)
        if case let .broadcast(activation, column) = action {
            for e in pes.indices { pes[e].receiveBroadcast(activation: activation, column: column) }
        }
        for e in pes.indices { pes[e].evaluateCompute() }
        return .compute(action)
    }

    /// The clock edge: every block takes its next state.
    @inline(__always)
    static func commitCycle(pes: UnsafeMutableBufferPointer<ProcessingElement>, nzd: inout NonZeroDetector) {
        nzd.commit()
        for e in pes.indices { pes[e].commit() }
    }

    /// One fixed-width line per cycle: cycle, NZD action, queue occupancies, first 4 PEs.
    static func lineTrace(cycle: Int, phase: CyclePhase, pes: UnsafeBufferPointer<ProcessingElement>) -> String {
        let nzd: String
        switch phase {
        case .drain, .finished: nzd = "drain"
        case let .compute(.readWord(index)): nzd = "read w\(index)"
        case let .compute(.broadcast(_, column)): nzd = "bcast j\(column)"
        case .compute(.stall): nzd = "stall"
        case .compute(.idle): nzd = "idle"
        }
        let cycleText = String(cycle)
        var line = String(repeating: " ", count: max(0, 7 - cycleText.count)) + cycleText + " | "
        line += nzd + String(repeating: " ", count: max(0, 11 - nzd.count)) + " | q "
        line += pes.map { String(min($0.queue.count, 9)) }.joined()
        for e in 0..<min(4, pes.count) { line += " | PE\(e) " + pes[e].lineTrace }
        return line
    }
}
