import FixedPoint

/// The diagonal engine's cycle model (`docs/diagonal-model.md`): every PE, every lane, every
/// cycle, with its data, over one pass per weight chunk; then the DRAM schedule of the passes.
public struct DiagonalEngine: Sendable {
    public let config: DiagonalConfig

    /// A per-cycle line trace of the first `cycles` cycles of each pass.
    public struct Trace {
        public var cycles: Int
        public var sink: (String) -> Void
        public init(cycles: Int, sink: @escaping (String) -> Void) {
            self.cycles = cycles
            self.sink = sink
        }
    }

    public init(config: DiagonalConfig) throws {
        try config.validate()
        self.config = config
    }

    /// Runs `layer`; throws `DiagonalError.cannotMap` for a layer this hardware cannot hold.
    public func run(_ layer: DiagonalLayer, trace: Trace? = nil) throws -> DiagonalResult {
        guard layer.format == config.format else {
            throw DiagonalError.invalid(field: "fixed-point", rule: "layer '\(layer.name)' was built with \(layer.format), the engine computes with \(config.format)")
        }
        guard layer.diagonals <= config.offsetRegisters else {
            throw DiagonalError.cannotMap(reason: "layer '\(layer.name)' keeps \(layer.diagonals) diagonals, more than pe.offset-registers = \(config.offsetRegisters)")
        }
        let p = config.pes, lanes = config.multipliers
        let mapping = DiagonalMapping(layer: layer, pes: p, lanes: lanes)
        let plan = try chunks(layer, mapping: mapping)
        let activePEs = min(p, layer.rows)
        var pes = (0..<activePEs).map { DiagonalPE(index: $0, lanes: lanes, rows: mapping.ownedRows($0)) }
        var nzd = DiagonalNZDStats()
        var passes: [DiagonalPass] = []
        let drainCycles = (mapping.ownedRows(0) + lanes - 1) / lanes
        for (number, chunk) in plan.chunks.enumerated() {
            let compute = pass(layer, mapping: mapping, columns: chunk.columns, pes: &pes, nzd: &nzd, trace: trace)
            let last = number == plan.chunks.count - 1
            passes.append(DiagonalPass(firstColumn: chunk.columns.lowerBound, columnCount: chunk.columns.count,
                                       computeCycles: compute + (last ? drainCycles : 0), dramBytes: chunk.bytes,
                                       transferCycles: (chunk.bytes + config.dramBytesPerCycle - 1) / config.dramBytesPerCycle,
                                       start: 0, finish: 0))
        }
        Self.schedule(&passes)
        // Drain: each PE reads N_MUL accumulators per cycle, requantises and writes the outputs.
        var outputs = [Int16](repeating: 0, count: layer.rows)
        var accumulators = [Int64](repeating: 0, count: layer.rows)
        var all = DiagonalPEStats(), critical = DiagonalPEStats()
        for e in 0..<activePEs {
            let owned = pes[e].accumulators.count
            for local in 0..<owned {
                let value = pes[e].accumulators[local]
                let output = layer.format.requantize(value, relu: layer.relu)
                if layer.format.requantizeClips(value, relu: layer.relu, output: output) { pes[e].stats.outputSaturations += 1 }
                accumulators[local * p + e] = value
                outputs[local * p + e] = output
            }
            pes[e].stats.drainCycles = (owned + lanes - 1) / lanes
            pes[e].stats.drainReads = owned
            pes[e].stats.outputWrites = owned
            all.add(pes[e].stats)
            if e == 0 { critical = pes[e].stats }
        }
        return DiagonalResult(outputs: outputs, accumulators: accumulators, cycles: passes.last?.finish ?? 0,
                              computeCycles: passes.reduce(0) { $0 + $1.computeCycles }, drainCycles: drainCycles,
                              resident: plan.resident, passes: passes, nzd: nzd, allPEs: all, criticalPE: critical,
                              issueCyclesPerPE: pes.map(\.stats.issueCycles), pes: p, lanes: lanes)
    }

    /// One pass over `columns`: returns the cycle at whose start the NZD is done and every PE is
    /// idle (where the drain starts, or the next pass may).
    func pass(_ layer: DiagonalLayer, mapping: DiagonalMapping, columns: Range<Int>, pes: inout [DiagonalPE],
              nzd: inout DiagonalNZDStats, trace: Trace?) -> Int {
        let width = config.nzdWordWidth, depth = config.queueDepth
        let words = (columns.count + width - 1) / width
        var nextWord = 0
        var pending: [Int] = []
        var pendingHead = 0
        var cycle = 0
        while true {
            let nzdDone = pendingHead == pending.count && nextWord == words
            if nzdDone && pes.allSatisfy(\.isIdle) { return cycle }
            // NZD, from start-of-cycle state.
            var broadcast: Int? = nil
            // What the NZD did, as the trace prints it; built into text only when tracing.
            var action = NZDAction.idle
            if pendingHead == pending.count && nextWord < words {
                let start = columns.lowerBound + nextWord * width
                pending = (start..<min(start + width, columns.upperBound)).filter { layer.activations[$0] != 0 }
                pendingHead = 0
                nextWord += 1
                nzd.wordReads += 1
                action = .read(word: nextWord - 1)
            } else if pendingHead < pending.count {
                if pes.allSatisfy({ $0.queueCount < depth }) {
                    broadcast = pending[pendingHead]
                    pendingHead += 1
                    nzd.broadcasts += 1
                    action = .broadcast(column: pending[pendingHead - 1])
                } else {
                    nzd.stallCycles += 1
                    action = .stall
                }
            }
            for e in pes.indices { pes[e].tick(layer: layer, mapping: mapping, queueDepth: depth) }
            if let j = broadcast {
                for e in pes.indices { pes[e].push(column: j, value: layer.activations[j]) }
            }
            if let trace, cycle < trace.cycles {
                let shown = pes.prefix(4).enumerated().map { "PE\($0.offset) \($0.element.traceFields)" }.joined(separator: " | ")
                trace.sink("cycle \(cycle) [\(columns.lowerBound)..<\(columns.upperBound)]: NZD \(action) | \(shown)")
            }
            cycle += 1
        }
    }

    /// The NZD's action in one cycle (for the line trace).
    enum NZDAction: CustomStringConvertible {
        case idle, stall
        case read(word: Int)
        case broadcast(column: Int)

        var description: String {
            switch self {
            case .idle: return "idle"
            case .stall: return "stall"
            case let .read(word): return "read \(word)"
            case let .broadcast(column): return "bcast \(column)"
            }
        }
    }

    /// The weight chunks: one (resident, no DRAM) if every PE's weights and descriptors fit its
    /// SRAM, else runs of whole NZD words that fit half of it (double buffering).
    struct Plan {
        var resident: Bool
        var chunks: [(columns: Range<Int>, bytes: Int)]
    }

    func chunks(_ layer: DiagonalLayer, mapping: DiagonalMapping) throws -> Plan {
        let n = layer.columns, activePEs = min(config.pes, layer.rows)
        let width = config.nzdWordWidth, wordBits = config.wordBits, descriptorBits = config.descriptorBits
        // Bits each PE stores for each NZD word of columns.
        let wordsOfColumns = (n + width - 1) / width
        var bits = [Int](repeating: 0, count: wordsOfColumns * activePEs)
        for e in 0..<activePEs {
            for j in 0..<n {
                bits[(j / width) * activePEs + e] += mapping.words(hits: mapping.runs(pe: e, column: j).count) * wordBits + descriptorBits
            }
        }
        var totals = [Int](repeating: 0, count: activePEs)
        for w in 0..<wordsOfColumns { for e in 0..<activePEs { totals[e] += bits[w * activePEs + e] } }
        if (totals.max() ?? 0) <= config.sramBits { return Plan(resident: true, chunks: [(0..<n, 0)]) }
        let half = config.sramBits / 2
        var chunks: [(columns: Range<Int>, bytes: Int)] = []
        var first = 0
        var used = [Int](repeating: 0, count: activePEs)
        func close(_ end: Int) {
            chunks.append((first * width..<min(end * width, n), used.reduce(0) { $0 + ($1 + 7) / 8 }))
            first = end
            used = [Int](repeating: 0, count: activePEs)
        }
        for w in 0..<wordsOfColumns {
            let row = bits[(w * activePEs)..<((w + 1) * activePEs)]
            if let e = row.indices.first(where: { bits[$0] > half }) {
                throw DiagonalError.cannotMap(reason: "layer '\(layer.name)': PE \(e - w * activePEs) needs \(bits[e]) bits for the \(width) columns of NZD word \(w), more than half of pe.weight-sram-kib = \(config.weightSRAMKiB) (double buffering)")
            }
            if zip(used, row).contains(where: { $0 + $1 > half }) { close(w) }
            for (e, value) in row.enumerated() { used[e] += value }
        }
        close(wordsOfColumns)
        return Plan(resident: false, chunks: chunks)
    }

    /// The DRAM schedule [PermDNN's]: transfer `t` starts when transfer `t-1` is done and pass
    /// `t-2` has finished (its buffer is free); pass `t` computes when its transfer is done and
    /// pass `t-1` has finished.
    static func schedule(_ passes: inout [DiagonalPass]) {
        var transferEnd = 0
        for t in passes.indices {
            let bufferFree = t >= 2 ? passes[t - 2].finish : 0
            transferEnd = max(transferEnd, bufferFree) + passes[t].transferCycles
            passes[t].start = max(transferEnd, t >= 1 ? passes[t - 1].finish : 0)
            passes[t].finish = passes[t].start + passes[t].computeCycles
        }
    }
}
