import ConfigSupport
import FixedPoint
import PEModel

/// The Swift cycle model behind the `SteppableEngine` interface: the same blocks and the same
/// per-cycle code as `PermDNNEngine` (`PermDNNEngine.evaluateCycle` / `commitCycle`), driven
/// one clock edge at a time so that it can run in lock step with the RTL.
///
/// A cycle is evaluated lazily, once, when its state is first read or when it is stepped
/// over; `step` then applies the clock edge.
public final class SteppedSwiftEngine: SteppableEngine {
    public let processingElements: Int
    public let lanes: Int
    public let queueDepth: Int
    public let wordWidth: Int
    public let accumulatorBits: Int
    public let weightFormat: WeightFormat

    /// Load-port images, as the RTL's SRAMs hold them.
    private var activations: [Int16] = []
    private var blockRows: [Int]
    private var weightImages: [[Int16]]
    private var permutationImages: [[Int16]]

    /// The run in progress.
    private var pes: [ProcessingElement] = []
    private var nzd: NonZeroDetector?
    private var run: TileRun?
    private var cycle = 0
    private var drainStart = -1
    /// The current cycle's decision once evaluated (nil: not yet).
    private var phase: PermDNNEngine.CyclePhase?

    /// An engine of `config`'s PEs, lanes, queue depth, NZD word and accumulator width.
    public init(config: ArchitectureConfig) throws {
        try config.validate()
        processingElements = config.pes
        lanes = config.multipliers
        queueDepth = config.queueDepth
        wordWidth = config.nzdWordWidth
        accumulatorBits = config.format.accumulatorBits
        weightFormat = config.weightFormat
        blockRows = Array(repeating: 0, count: config.pes)
        weightImages = Array(repeating: [], count: config.pes)
        permutationImages = Array(repeating: [], count: config.pes)
    }

    public func loadActivations(_ activations: [Int16]) throws {
        try checkIdle("loadActivations")
        self.activations = activations
    }

    public func loadProcessingElement(_ pe: Int, blockRows: Int, weights: [Int16], permutation: [Int16]) throws {
        try checkIdle("loadProcessingElement")
        guard pe >= 0 && pe < processingElements else {
            throw SimulatorFault(message: "stepped engine driven wrongly: pe: must be in 0..<\(processingElements) (got \(pe))", attach: "the driver's call sequence")
        }
        guard blockRows >= 0, weights.count % lanes == 0, permutation.count % lanes == 0 else {
            throw SimulatorFault(message: "stepped engine driven wrongly: images: block rows must be >= 0 and images whole words of \(lanes) values", attach: "the driver's call sequence")
        }
        self.blockRows[pe] = blockRows
        weightImages[pe] = weights
        permutationImages[pe] = permutation
    }

    public func start(_ run: TileRun) throws {
        try checkIdle("start")
        let active = blockRows.prefix { $0 > 0 }.count
        guard active > 0, blockRows[active...].allSatisfy({ $0 == 0 }) else {
            throw SimulatorFault(message: "stepped engine driven wrongly: blockRows: the used PEs must be 0..<k, each with B_e > 0", attach: "the driver's call sequence")
        }
        guard run.endColumn <= activations.count, run.firstColumn % wordWidth == 0, run.firstColumn < run.endColumn else {
            throw SimulatorFault(message: "stepped engine driven wrongly: run: the chunk must start on a word and lie inside the loaded activations", attach: "the driver's call sequence")
        }
        guard run.weightEncoding.format == weightFormat, run.weightEncoding.violation == nil else {
            throw SimulatorFault(message: "stepped engine driven wrongly: run: weights coded as \(run.weightEncoding.format.rawValue)\(run.weightEncoding.violation.map { " (\($0))" } ?? ""), the engine stores \(weightFormat.rawValue)", attach: "the driver's call sequence")
        }
        if !run.continuesRowGroup || pes.count != active {
            let format = FixedPointFormat(fractionBits: run.fractionBits, accumulatorBits: accumulatorBits)
            pes = (0..<active).map { e in
                let configuration = PEConfiguration(index: e, lanes: lanes, queueDepth: queueDepth, blockSize: run.blockSize,
                                                    blockRows: blockRows[e], format: format, relu: run.relu,
                                                    weightEncoding: run.weightEncoding)
                let words = permutationImages[e].map(Int32.init)
                let store: IndexCalculator.PermutationStore = run.formula ? .formula(rowOffsets: words) : .sram(words)
                return ProcessingElement(configuration: configuration, weightImage: weightImages[e], permutation: store)
            }
        }
        nzd = NonZeroDetector(activations: activations, wordWidth: wordWidth,
                              firstColumn: run.firstColumn, endColumn: run.endColumn)
        self.run = run
        cycle = 0
        drainStart = -1
        phase = nil
    }

    public func step(_ cycles: Int) throws {
        for _ in 0..<max(0, cycles) {
            guard try evaluate() != .finished else {
                throw SimulatorFault(message: "stepped engine driven wrongly: step: the run is done (cycle \(cycle))", attach: "the driver's call sequence")
            }
            pes.withUnsafeMutableBufferPointer { pes in PermDNNEngine.commitCycle(pes: pes, nzd: &nzd!) }
            cycle += 1
            phase = nil
        }
    }

    public func runToDone(maxCycles: Int) throws -> Int {
        var edges = 0
        while try evaluate() != .finished {
            guard edges < maxCycles else {
                throw SimulatorFault(message: "stepped engine driven wrongly: maxCycles: the run did not finish within \(maxCycles) cycles", attach: "the driver's call sequence")
            }
            try step(1)
            edges += 1
        }
        return cycle
    }

    public func engineState() throws -> EngineVisibleState {
        let phase = try evaluate()
        let nzd: NZDView
        switch phase {
        case .compute(.idle), .drain, .finished: nzd = .idle
        case let .compute(.readWord(word)): nzd = .readWord(word)
        case let .compute(.broadcast(_, column)): nzd = .broadcast(column: Int(column))
        case .compute(.stall): nzd = .stall
        }
        let draining = phase == .drain || (phase == .finished)
        return EngineVisibleState(cycle: cycle, nzd: nzd, draining: draining, done: phase == .finished)
    }

    public func processingElementStates(count: Int) throws -> [PEVisibleState] {
        _ = try evaluate()
        guard count >= 0 && count <= pes.count else {
            throw SimulatorFault(message: "stepped engine driven wrongly: count: must be in 0...\(pes.count) (got \(count))", attach: "the driver's call sequence")
        }
        return pes[0..<count].map(\.visibleState)
    }

    public func readRow(pe: Int, localRow: Int) throws -> (accumulator: Int64, output: Int16) {
        guard pe >= 0 && pe < pes.count, localRow >= 0 && localRow < pes[pe].configuration.localRows else {
            throw SimulatorFault(message: "stepped engine driven wrongly: row: PE \(pe) local row \(localRow) does not exist in this run", attach: "the driver's call sequence")
        }
        return (pes[pe].accumulators.values[localRow], pes[pe].drain.outputs[localRow])
    }

    /// Evaluates the current cycle once and returns its decision.
    private func evaluate() throws -> PermDNNEngine.CyclePhase {
        if let phase { return phase }
        guard let run, nzd != nil else { throw SimulatorFault(message: "stepped engine driven wrongly: start: no run was started", attach: "the driver's call sequence") }
        let decided = pes.withUnsafeMutableBufferPointer { pes in
            PermDNNEngine.evaluateCycle(pes: pes, nzd: &nzd!, cycle: cycle, drainStart: &drainStart, drains: run.drains)
        }
        phase = decided
        return decided
    }

    /// Loads happen between runs only (as on the RTL's load port).
    private func checkIdle(_ operation: String) throws {
        if run != nil, let phase = try? evaluate(), phase != .finished {
            throw SimulatorFault(message: "stepped engine driven wrongly: \(operation): not allowed while a run is busy (cycle \(cycle))", attach: "the driver's call sequence")
        }
    }
}
