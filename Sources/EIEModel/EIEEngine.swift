
/// The cycle-accurate EIE engine: central non-zero detector, broadcast into every PE's
/// activation queue, `N_PE` PEs, then the output step. Exact timing: `docs/eie-model.md`.
///
/// The engine owns time. Each cycle it evaluates the detector and every PE (all reading
/// start-of-cycle state), then commits every block, so PE order never changes the result.
/// The compute phase ends at the start of the first cycle in which the detector is done and
/// every PE is idle (the last write-back has landed); the output step then runs until every
/// PE has written its outputs. Nothing is allocated per simulated cycle.
///
/// Two ways to compute the same `EIEResult` (`docs/eie-model.md`, "Event timing"): `.perCycle`
/// steps every block of every PE each cycle (it serves traces and is the reference timing);
/// `.eventTiming` computes each broadcast's and each pop's cycle by a recurrence over
/// (non-zero input, PE) and the arithmetic in issue order. Both give `==` results.
public struct EIEEngine: Sendable {
    /// How `run` computes a layer.
    public enum Method: String, Sendable, CaseIterable {
        /// Broadcast and pop cycles from a recurrence over (non-zero input, PE), the data from
        /// each PE's columns in issue order (`EIEEngine+EventTiming.swift`). The default; a run
        /// with a trace always steps per cycle, since the trace shows every cycle.
        case eventTiming
        /// Every block of every PE, every cycle (`EIEProcessingElement.evaluateCompute` / `commit`).
        case perCycle
    }

    public let config: EIEConfig
    /// `.eventTiming` unless told otherwise; a trace forces `.perCycle`.
    public let method: Method

    public init(config: EIEConfig = .default, method: Method = .eventTiming) throws {
        try config.validate()
        self.config = config
        self.method = method
    }

    /// Receives one line per cycle for the first `cycles` cycles.
    public struct Trace {
        public var cycles: Int
        public var sink: (String) -> Void
        public init(cycles: Int, sink: @escaping (String) -> Void) {
            self.cycles = cycles
            self.sink = sink
        }
    }

    /// Simulates `layer` (by `method`; cycle by cycle when tracing).
    ///
    /// Throws `mismatch` when the layer was encoded for another engine (PE count, field widths,
    /// batch size) or with another fixed-point format, and `invalidLayer` when its input vector
    /// does not match its width.
    public func run(_ layer: EIELayer, trace: Trace? = nil) throws -> EIEResult {
        guard layer.encoding == config.encoding else {
            throw EIEError.mismatch(field: "eie", layer: layer.encoding.description, engine: config.encoding.description)
        }
        guard layer.format == config.format else {
            throw EIEError.mismatch(field: "eie.fraction-bits/eie.accumulator-bits",
                                    layer: "Q.\(layer.format.fractionBits) with \(layer.format.accumulatorBits)-bit accumulators",
                                    engine: "Q.\(config.format.fractionBits) with \(config.format.accumulatorBits)-bit accumulators")
        }
        guard layer.activations.count == layer.columns else {
            throw EIEError.invalidLayer(field: "activations", rule: "needs \(layer.columns) values, got \(layer.activations.count)")
        }
        if trace == nil && method == .eventTiming && Self.eventTimingFits(layer) { return runByEvents(layer) }
        return try runPerCycle(layer, trace: trace)
    }

    /// Steps every PE every cycle.
    private func runPerCycle(_ layer: EIELayer, trace: Trace?) throws -> EIEResult {
        let pesCount = config.pes, n = layer.columns
        var pes: [EIEProcessingElement] = []
        pes.reserveCapacity(pesCount)
        for (e, slice) in layer.slices.enumerated() {
            pes.append(EIEProcessingElement(index: e, slice: slice, layer: layer, config: config))
        }
        var detector = LeadingNonZeroDetector(activations: layer.activations, width: pesCount)
        let nonZeroInputs = layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) }

        // A bound no correct run reaches, so a model bug is reported instead of hanging: the
        // detector's own cycles (two per row, one per non-zero) plus, for its stalls, every
        // PE's issue slots and a full pipeline latency per activation, plus the output step.
        var work = 0
        for slice in layer.slices { work += slice.entries.count }
        let bound = 2 * detector.rowCount + nonZeroInputs * (9 * pesCount + 1) + work
            + (layer.rows + pesCount - 1) / pesCount + 64

        let (cycles, computeCycles) = try pes.withUnsafeMutableBufferPointer { buffer in
            try simulate(pes: buffer, detector: &detector, columns: n, bound: bound, layerName: layer.name, trace: trace)
        }

        var outputs = [Int16](repeating: 0, count: layer.rows)
        var accumulators = [Int64](repeating: 0, count: layer.rows)
        var perPE: [EIEPEStats] = []
        perPE.reserveCapacity(pesCount)
        for e in 0..<pesCount {
            let unit = pes[e].activationRW
            for local in 0..<unit.accumulators.count {
                outputs[local * pesCount + e] = unit.outputs[local]
                accumulators[local * pesCount + e] = unit.accumulators[local]
            }
            perPE.append(pes[e].stats)
        }
        return makeResult(outputs: outputs, accumulators: accumulators, cycles: cycles, computeCycles: computeCycles,
                          nonZeroInputs: nonZeroInputs, detector: detector.stats, perPE: perPE)
    }

    /// The result of either path: totals, event rows and latency derived the same way.
    func makeResult(outputs: [Int16], accumulators: [Int64], cycles: Int, computeCycles: Int, nonZeroInputs: Int,
                    detector: LeadingNonZeroDetector.Stats, perPE: [EIEPEStats]) -> EIEResult {
        var total = EIEPEStats()
        for stats in perPE { total.add(stats) }
        return EIEResult(
            outputs: outputs, accumulators: accumulators, cycles: cycles, computeCycles: computeCycles,
            drainCycles: cycles - computeCycles, latencyMicroseconds: Double(cycles) / (config.clockGHz * 1000),
            nonZeroInputs: nonZeroInputs, detector: detector, perPE: perPE, total: total,
            events: EIEEventTotals(detector: detector, total: total, cycles: cycles, pes: config.pes))
    }

    /// Runs the cycles; returns (total cycles, compute cycles). The PEs are walked through
    /// their buffer, so no uniqueness check or copy happens per PE per cycle.
    private func simulate(pes: UnsafeMutableBufferPointer<EIEProcessingElement>, detector: inout LeadingNonZeroDetector,
                          columns n: Int, bound: Int, layerName: String, trace: Trace?) throws -> (Int, Int) {
        let pesCount = pes.count
        var cycle = 0
        var computeCycles = -1
        var idle = true
        while true {
            if computeCycles < 0 && idle && detector.isDone { computeCycles = cycle }
            var action = LeadingNonZeroDetector.Action.idle
            if computeCycles >= 0 {
                var drained = true
                for e in 0..<pesCount where !pes[e].isDrained { drained = false; break }
                if drained { return (cycle, computeCycles) }
                for e in 0..<pesCount { pes[e].evaluateDrain() }
            } else {
                var canAccept = true
                for e in 0..<pesCount where pes[e].queue.isFull { canAccept = false; break }
                action = detector.evaluate(queuesCanAccept: canAccept)
                var loadedRow = -1
                switch action {
                case let .loadRow(row):
                    loadedRow = row
                case let .broadcast(activation, column, loadsRow):
                    for e in 0..<pesCount { pes[e].receiveBroadcast(activation: activation, column: column) }
                    if loadsRow { loadedRow = detector.nextRow }
                case .stall, .idle:
                    break
                }
                if loadedRow >= 0 {
                    // The row's activations come from every PE's source bank (x_j in PE j mod N_PE).
                    let rowStart = loadedRow * pesCount
                    for e in 0..<min(pesCount, n - rowStart) { pes[e].readSource(row: loadedRow) }
                }
                for e in 0..<pesCount { pes[e].evaluateCompute() }
            }
            if let trace, cycle < trace.cycles {
                trace.sink(Self.lineTrace(cycle: cycle, action: action, draining: computeCycles >= 0, pes: pes))
            }
            detector.commit()
            idle = true
            for e in 0..<pesCount {
                pes[e].commit()
                if idle && !pes[e].isIdle { idle = false }
            }
            cycle += 1
            if cycle > bound {
                throw EIEError.internalError("no progress after \(bound) cycles on layer '\(layerName)'")
            }
        }
    }

    /// One fixed-width line per cycle: cycle, detector action, queue occupancies (first 32 PEs),
    /// then the first 4 PEs' stages.
    static func lineTrace(cycle: Int, action: LeadingNonZeroDetector.Action, draining: Bool, pes: UnsafeMutableBufferPointer<EIEProcessingElement>) -> String {
        let detector: String
        if draining {
            detector = "output"
        } else {
            switch action {
            case let .loadRow(row): detector = "row \(row)"
            case let .broadcast(_, column, loadsRow): detector = loadsRow ? "bcast \(column)+row" : "bcast \(column)"
            case .stall: detector = "stall"
            case .idle: detector = "idle"
            }
        }
        let cycleText = String(cycle)
        var line = String(repeating: " ", count: max(0, 7 - cycleText.count)) + cycleText + " | "
        line += detector + String(repeating: " ", count: max(0, 14 - detector.count)) + " | q "
        line += pes.prefix(32).map { String(min($0.queue.occupancy, 9)) }.joined()
        for e in 0..<min(4, pes.count) { line += " | PE\(e) " + pes[e].lineTrace }
        return line
    }
}
