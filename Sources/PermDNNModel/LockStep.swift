import PEModel
import Workloads

/// Lock-step co-simulation of two `SteppableEngine`s on one layer: the reference (the Swift
/// cycle model) and the model under test (the RTL), loaded with the same images, started
/// together and compared on every visible signal every cycle; then the drained rows and the
/// total cycles. The first divergence stops the run and is reported with the cycle, the PE,
/// the signal, both values and the last few cycles of both line traces.
public struct LockStep {
    public enum Mode: String, Sendable, CaseIterable {
        /// Every cycle, every visible signal of the engine and of each used PE.
        case everyCycle = "lockstep"
        /// Each tile's cycle count and the drained rows only (faster).
        case wholeLayer = "whole-layer"
    }

    /// Where and how the two engines first disagreed.
    public struct Divergence: Error, Sendable, CustomStringConvertible {
        /// Layer name, tile index (runs counted over the whole layer), cycle within the tile.
        public var layer: String
        public var tile: Int
        public var cycle: Int
        /// The PE (nil: an engine-level signal or the total).
        public var pe: Int?
        public var signal: String
        public var reference: String
        public var dut: String
        /// Line traces of the last cycles up to the divergence: (reference, dut).
        public var recentTrace: [(reference: String, dut: String)]

        public var description: String {
            let place = pe.map { "PE \($0) " } ?? ""
            return "\(layer): diverged at tile \(tile) cycle \(cycle): \(place)\(signal): reference \(reference), rtl \(dut)"
        }

        /// The one-line description followed by the trace, reference and RTL line by line.
        public var report: String {
            var text = description + "\n"
            if !recentTrace.isEmpty {
                text += "last \(recentTrace.count) cycles (ref = Swift model, rtl = model under test):\n"
                for (reference, dut) in recentTrace { text += "  ref " + reference + "\n  rtl " + dut + "\n" }
            }
            return text
        }
    }

    /// What a successful co-simulation compared.
    public struct Summary: Sendable {
        public var result: SteppedLayerResult
        public var tiles: Int
        /// Cycles whose visible state was compared (every cycle of every tile in lock step).
        public var cyclesCompared: Int
        /// Individual signal comparisons made (engine and PE signals, rows).
        public var signalsCompared: Int
        /// Wall time spent inside each engine's calls (loading, stepping, reading state).
        public var referenceSeconds = 0.0
        public var dutSeconds = 0.0
    }

    /// Runs `body`, adding its wall time to `seconds`.
    private static func timed<T>(_ seconds: inout Double, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        return try body()
    }

    public var mode: Mode
    /// Cycles of line trace kept for a divergence report.
    public var traceDepth: Int
    /// Changes the model under test's PE images before they are loaded (fault injection in tests).
    public var dutLoadTransform: (@Sendable (inout LayerPlan.ProcessingElementLoad) -> Void)?

    public init(mode: Mode = .everyCycle, traceDepth: Int = 6,
                dutLoadTransform: (@Sendable (inout LayerPlan.ProcessingElementLoad) -> Void)? = nil) {
        self.mode = mode
        self.traceDepth = traceDepth
        self.dutLoadTransform = dutLoadTransform
    }

    /// Runs `plan` on both engines and throws `Divergence` at the first difference.
    public func run(_ plan: LayerPlan, reference: SteppableEngine, dut: SteppableEngine) throws -> Summary {
        let rows = plan.layer.weights.rows
        var summary = Summary(result: SteppedLayerResult(outputs: Array(repeating: 0, count: rows),
                                                         accumulators: Array(repeating: 0, count: rows), tileCycles: [], cycles: 0),
                              tiles: 0, cyclesCompared: 0, signalsCompared: 0)
        var dutResult = summary.result
        try Self.timed(&summary.referenceSeconds) { try reference.loadActivations(plan.layer.activations) }
        try Self.timed(&summary.dutSeconds) { try dut.loadActivations(plan.layer.activations) }
        for group in plan.rowGroups {
            try Self.timed(&summary.referenceSeconds) { try plan.load(group, into: reference) }
            try Self.timed(&summary.dutSeconds) { try plan.load(group, into: dut, transform: dutLoadTransform) }
            for run in group.runs {
                let tile = summary.tiles
                try Self.timed(&summary.referenceSeconds) { try reference.start(run) }
                try Self.timed(&summary.dutSeconds) { try dut.start(run) }
                let bound = plan.cycleBound(run, group: group)
                let cycles: Int
                switch mode {
                case .everyCycle:
                    cycles = try compareEveryCycle(plan.layer.name, tile: tile, active: group.loads.count, bound: bound,
                                                   reference: reference, dut: dut, summary: &summary)
                case .wholeLayer:
                    let expected = try Self.timed(&summary.referenceSeconds) { try reference.runToDone(maxCycles: bound) }
                    let got = try Self.timed(&summary.dutSeconds) { try dut.runToDone(maxCycles: bound) }
                    summary.signalsCompared += 1
                    if expected != got {
                        throw Divergence(layer: plan.layer.name, tile: tile, cycle: min(expected, got), pe: nil,
                                         signal: "tile cycles", reference: "\(expected)", dut: "\(got)", recentTrace: [])
                    }
                    cycles = expected
                }
                summary.result.tileCycles.append(cycles)
                summary.tiles += 1
            }
            try Self.timed(&summary.referenceSeconds) { try plan.readRows(of: group, from: reference, into: &summary.result) }
            try Self.timed(&summary.dutSeconds) { try plan.readRows(of: group, from: dut, into: &dutResult) }
        }
        var rowsCompared = SignalComparison()
        for row in 0..<rows {
            rowsCompared.check("row \(row) accumulator", summary.result.accumulators[row], dutResult.accumulators[row])
            rowsCompared.check("row \(row) output", summary.result.outputs[row], dutResult.outputs[row])
        }
        summary.signalsCompared += rowsCompared.compared
        if let first = rowsCompared.differences.first {
            throw Divergence(layer: plan.layer.name, tile: summary.tiles - 1, cycle: summary.result.tileCycles.last ?? 0, pe: nil,
                             signal: first.signal, reference: first.mine, dut: first.theirs, recentTrace: [])
        }
        summary.result.cycles = AnalyticModel.schedule(computeCycles: summary.result.tileCycles,
                                                       transferCycles: plan.rowGroups.flatMap(\.transferCycles))
        return summary
    }

    /// One tile in lock step; returns its cycle count.
    private func compareEveryCycle(_ layer: String, tile: Int, active: Int, bound: Int,
                                   reference: SteppableEngine, dut: SteppableEngine, summary: inout Summary) throws -> Int {
        var trace: [(reference: String, dut: String)] = []
        while true {
            let (a, peA) = try Self.timed(&summary.referenceSeconds) { () throws -> (EngineVisibleState, [PEVisibleState]) in
                let state = try reference.engineState()
                return (state, state.done ? [] : try reference.processingElementStates(count: active))
            }
            let (b, peB) = try Self.timed(&summary.dutSeconds) { () throws -> (EngineVisibleState, [PEVisibleState]) in
                let state = try dut.engineState()
                return (state, a.done ? [] : try dut.processingElementStates(count: active))
            }
            trace.append((Self.lineTrace(a, peA), Self.lineTrace(b, peB)))
            if trace.count > traceDepth { trace.removeFirst() }
            func diverge(_ pe: Int?, _ difference: (signal: String, mine: String, theirs: String)) -> Divergence {
                Divergence(layer: layer, tile: tile, cycle: a.cycle, pe: pe, signal: difference.signal,
                           reference: difference.mine, dut: difference.theirs, recentTrace: trace)
            }
            let engine = a.compare(with: b)
            summary.signalsCompared += engine.compared
            if let first = engine.differences.first { throw diverge(nil, first) }
            for e in 0..<peA.count {
                let pe = peA[e].compare(with: peB[e])
                summary.signalsCompared += pe.compared
                if let first = pe.differences.first { throw diverge(e, first) }
            }
            summary.cyclesCompared += 1
            if a.done { return a.cycle }
            guard a.cycle < bound else {
                throw diverge(nil, ("progress", "no end after \(bound) cycles", "-"))
            }
            try Self.timed(&summary.referenceSeconds) { try reference.step(1) }
            try Self.timed(&summary.dutSeconds) { try dut.step(1) }
        }
    }

    /// A compact line of one cycle: `cycle | nzd | queue counts | PE0..3 stages j.s`.
    public static func lineTrace(_ engine: EngineVisibleState, _ pes: [PEVisibleState]) -> String {
        func cell(_ stage: StageView) -> String { stage.valid ? "\(stage.column).\(stage.slot)" : "-" }
        let nzd = engine.done ? "done" : engine.draining ? "drain" : engine.nzd.description
        var line = "\(engine.cycle) | \(nzd) | q " + pes.map { String(min($0.queueCount, 9)) }.joined()
        for (e, pe) in pes.prefix(4).enumerated() {
            line += " | PE\(e) I \(cell(pe.idx)) W \(cell(pe.wrd))" + (pe.dec.map { " D \(cell($0))" } ?? "")
                + " M \(cell(pe.mul)) A \(cell(pe.acc))"
            if pe.accumulatorWrites.count > 0 { line += " +\(pe.accumulatorWrites.count)w" }
            if pe.outputWrites > 0 { line += " out\(pe.outputWrites)" }
        }
        return line
    }
}
