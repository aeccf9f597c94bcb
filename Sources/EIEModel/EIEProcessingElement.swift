
/// One EIE processing element: activation queue -> pointer read -> sparse-matrix read ->
/// arithmetic (S1, S2, S3) -> activation read/write [paper: EIE].
///
/// The engine owns time: each cycle it calls `evaluateCompute` (or `evaluateDrain`) on every
/// PE, each reading only start-of-cycle registers and scheduling next values, then `commit`
/// on every PE. Inside the PE, stages are evaluated back to front; the hand-shakes between
/// them (the sparse-matrix unit frees its column register, so the pointer unit forwards its
/// request, so the queue pops) are functions of start-of-cycle state only.
/// Timing of one activation, broadcast in cycle `b`: popped in `b+1`, pointers read in `b+2`,
/// first entry issued in `b+3`, S1 `b+4`, S2 `b+5`, S3 `b+6`, written at the end of `b+6`.
public struct EIEProcessingElement: Sendable {
    /// PE index `e` (rows `i` with `i mod N_PE = e`).
    public let index: Int
    public private(set) var queue: EIEActivationQueue
    public private(set) var pointerRead = PointerReadUnit()
    public private(set) var sparseMatrix: SparseMatrixReadUnit
    public private(set) var arithmetic: ArithmeticUnit
    public private(set) var activationRW: ActivationReadWriteUnit
    private let slice: EIEPESlice
    private let encoding: EIEEncoding
    /// What the PE did in the cycle being evaluated (for the line trace).
    private var issuedThisCycle = SparseMatrixReadUnit.Issue()
    private var poppedThisCycle = false

    init(index: Int, slice: EIEPESlice, layer: EIELayer, config: EIEConfig) {
        self.index = index
        self.slice = slice
        encoding = layer.encoding
        queue = EIEActivationQueue(depth: config.queueDepth)
        sparseMatrix = SparseMatrixReadUnit(entriesPerLine: config.entriesPerLine, relativeIndexBits: config.relativeIndexBits)
        arithmetic = ArithmeticUnit(format: layer.format, codebook: layer.codebook)
        activationRW = ActivationReadWriteUnit(localRows: slice.localRows, registerFileEntries: config.activationRegisterEntries,
                                               format: layer.format, relu: layer.relu)
    }

    /// No activation queued, waiting, being walked or in the arithmetic pipeline.
    public var isIdle: Bool {
        queue.isEmpty && !pointerRead.request.valid && !sparseMatrix.column.valid && arithmetic.isEmpty
    }

    /// Every output written.
    public var isDrained: Bool { activationRW.isDrained }

    /// The broadcast's `(x_j, j)` lands in the queue at commit (the engine checked `!queue.isFull`).
    mutating func receiveBroadcast(activation: Int16, column: Int32) {
        queue.schedulePush(activation: activation, column: column)
    }

    /// The detector reads this PE's source activation of row `row` (local index `row`).
    mutating func readSource(row: Int) { activationRW.readSource(index: row) }

    /// Compute-phase evaluate.
    mutating func evaluateCompute() {
        queue.sample()
        let columnFrees = !sparseMatrix.column.valid || sparseMatrix.finishesColumn
        let forwards = pointerRead.request.valid && columnFrees
        // Entries the column register holds next cycle (nil: no column), for the pop rule.
        var nextColumnEntries: Int? = sparseMatrix.column.valid && !sparseMatrix.finishesColumn
            ? sparseMatrix.column.end - sparseMatrix.column.address - 1 : nil

        arithmetic.evaluate(destination: &activationRW)
        let issue = sparseMatrix.evaluate(entries: slice.entries)
        arithmetic.load(issue)
        issuedThisCycle = issue
        pointerRead.evaluate(forwarding: forwards)
        if forwards {
            let range = pointerRead.read(slice: slice, encoding: encoding)
            sparseMatrix.load(activation: pointerRead.request.activation, range: range)
            nextColumnEntries = range.count
        }
        // EIE's pointer-read unit keeps the column it works on and pops the next one only when
        // that column's last address has been issued. Our issue is one stage after that
        // address, so the pop comes when the column in the sparse-matrix unit next cycle is
        // finished in that cycle (one entry or none left) or there is none: the queue, not a
        // register, holds the waiting columns (`docs/eie-model.md`, "Pointer read").
        let pops = !queue.isEmpty && (!pointerRead.request.valid || forwards) && (nextColumnEntries ?? 0) <= 1
        poppedThisCycle = pops
        if pops {
            pointerRead.load(activation: queue.headActivation, column: queue.headColumn)
            queue.schedulePop()
        }
    }

    /// Output-step evaluate.
    mutating func evaluateDrain() { activationRW.evaluateDrain() }

    /// Clock edge: every register takes its next value.
    mutating func commit() {
        queue.commit()
        pointerRead.commit()
        sparseMatrix.commit()
        arithmetic.commit()
        activationRW.commit()
    }

    /// This PE's counts so far, one `Stats` per block.
    public var stats: EIEPEStats {
        EIEPEStats(queue: queue.stats, pointerRead: pointerRead.stats, sparseMatrix: sparseMatrix.stats,
                   arithmetic: arithmetic.stats, activationRW: activationRW.stats)
    }

    /// A fixed-width view of the cycle being evaluated (call between evaluate and commit):
    /// start-of-cycle queue occupancy, then the column each stage works on (`-` when empty):
    /// `P` pointer read, `S` sparse-matrix issue (`j.a` = column j, address a; `j.b` bubble),
    /// `A1`/`A2`/`A3` the local rows in the arithmetic stages (`p` = padding).
    var lineTrace: String {
        func cell(_ text: String) -> String { text.count >= 8 ? text : text + String(repeating: " ", count: 8 - text.count) }
        let pointer = pointerRead.request.valid && (!sparseMatrix.column.valid || sparseMatrix.finishesColumn)
            ? "\(pointerRead.request.column)" : "-"
        var spm = "-"
        if sparseMatrix.column.valid {
            spm = issuedThisCycle.valid ? "@\(sparseMatrix.column.address)" : "bubble"
        }
        let s1 = arithmetic.input.valid ? (arithmetic.input.code == 0 ? "p" : "z\(arithmetic.input.zeros)") : "-"
        let s2 = arithmetic.decoded.valid ? (arithmetic.decoded.write ? "r\(arithmetic.decoded.row)" : "p") : "-"
        let s3 = arithmetic.product.valid ? (arithmetic.product.write ? "r\(arithmetic.product.row)" : "p") : "-"
        return "q\(queue.occupancy) P \(cell(pointer))S \(cell(spm))A1 \(cell(s1))A2 \(cell(s2))A3 \(cell(s3))"
    }
}

/// Every event one PE counted, one `Stats` per block (feeds reports and the cost model).
public struct EIEPEStats: Sendable, Equatable, Codable {
    public var queue = EIEActivationQueue.Stats()
    public var pointerRead = PointerReadUnit.Stats()
    public var sparseMatrix = SparseMatrixReadUnit.Stats()
    public var arithmetic = ArithmeticUnit.Stats()
    public var activationRW = ActivationReadWriteUnit.Stats()

    public init() {}

    public init(queue: EIEActivationQueue.Stats, pointerRead: PointerReadUnit.Stats, sparseMatrix: SparseMatrixReadUnit.Stats,
                arithmetic: ArithmeticUnit.Stats, activationRW: ActivationReadWriteUnit.Stats) {
        self.queue = queue
        self.pointerRead = pointerRead
        self.sparseMatrix = sparseMatrix
        self.arithmetic = arithmetic
        self.activationRW = activationRW
    }

    /// Adds another PE's counts; the peak occupancy takes the maximum.
    public mutating func add(_ other: EIEPEStats) {
        queue.pushes += other.queue.pushes
        queue.pops += other.queue.pops
        queue.fullCycles += other.queue.fullCycles
        queue.peakOccupancy = max(queue.peakOccupancy, other.queue.peakOccupancy)
        pointerRead.reads += other.pointerRead.reads
        sparseMatrix.lineReads += other.sparseMatrix.lineReads
        sparseMatrix.entriesRead += other.sparseMatrix.entriesRead
        sparseMatrix.paddingEntries += other.sparseMatrix.paddingEntries
        sparseMatrix.bubbleCycles += other.sparseMatrix.bubbleCycles
        sparseMatrix.idleCycles += other.sparseMatrix.idleCycles
        arithmetic.entries += other.arithmetic.entries
        arithmetic.decodes += other.arithmetic.decodes
        arithmetic.multiplies += other.arithmetic.multiplies
        arithmetic.adds += other.arithmetic.adds
        arithmetic.bypasses += other.arithmetic.bypasses
        arithmetic.saturations += other.arithmetic.saturations
        activationRW.activationReads += other.activationRW.activationReads
        activationRW.accumulatorReads += other.activationRW.accumulatorReads
        activationRW.accumulatorWrites += other.activationRW.accumulatorWrites
        activationRW.outputWrites += other.activationRW.outputWrites
        activationRW.sramAccesses += other.activationRW.sramAccesses
        activationRW.drainCycles += other.activationRW.drainCycles
    }
}
