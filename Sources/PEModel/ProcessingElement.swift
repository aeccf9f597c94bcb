import FixedPoint
/// Everything a PE needs to be built: its place in the engine, the layer's geometry and its data.
public struct PEConfiguration: Sendable {
    /// PE index `e` (block-rows `r` with `r mod N_PE = e` belong to it).
    public var index: Int
    /// Multiplier lanes `N_MUL`.
    public var lanes: Int
    /// Activation queue depth `Q`.
    public var queueDepth: Int
    /// Block size `p`.
    public var blockSize: Int
    /// Local block-rows `B_e` this PE owns.
    public var blockRows: Int
    public var format: FixedPointFormat
    public var relu: Bool

    public init(index: Int, lanes: Int, queueDepth: Int, blockSize: Int, blockRows: Int,
                format: FixedPointFormat, relu: Bool) {
        self.index = index
        self.lanes = lanes
        self.queueDepth = queueDepth
        self.blockSize = blockSize
        self.blockRows = blockRows
        self.format = format
        self.relu = relu
    }

    /// Issue cycles per input column, `S = ceil(B_e / N_MUL)`.
    public var slotsPerColumn: Int { (blockRows + lanes - 1) / lanes }
    /// Output rows the PE accumulates, `B_e * p`.
    public var localRows: Int { blockRows * blockSize }
}

/// One PermDNN processing element: activation queue, then a 4-stage pipeline
/// IDX (index calculator) -> WRD (weight SRAM) -> MUL (multipliers) -> ACC (accumulators),
/// then the drain.
///
/// The engine owns time: each cycle it calls `evaluate` on every block (which reads only
/// start-of-cycle state and schedules the next state), then `commit` on every block, so the
/// order in which PEs are evaluated never changes the result. Stages are evaluated back to
/// front and write only `next` registers; `commit` swaps `next` into place (no allocation).
/// Source: `architecture.md` §1.2.
public struct ProcessingElement: Sendable {
    public let configuration: PEConfiguration
    public private(set) var queue: ActivationQueue
    public private(set) var indexCalculator: IndexCalculator
    public private(set) var weightSRAM: WeightSRAM
    public private(set) var multipliers: MultiplierLanes
    public private(set) var accumulators: AccumulatorBanks
    public private(set) var drain: DrainUnit

    /// Pipeline registers: IDX->WRD, WRD->MUL, MUL->ACC (start-of-cycle values).
    public private(set) var issue: IssueRegister
    public private(set) var operand: OperandRegister
    public private(set) var product: ProductRegister
    private(set) var nextIssue: IssueRegister
    private var nextOperand: OperandRegister
    private var nextProduct: ProductRegister
    private(set) var issuedThisCycle = false

    /// Builds a PE from its SRAM images.
    /// - Parameters:
    ///   - weightImage: `n * S * N_MUL` weights, word `j * S + s` holding block-rows `s*N_MUL ..< s*N_MUL + N_MUL`.
    ///   - permutation: the `k` source (SRAM image `Nb * S * N_MUL`, or formula row offsets `S * N_MUL`).
    public init(configuration: PEConfiguration, weightImage: [Int16], permutation: IndexCalculator.PermutationStore) {
        self.configuration = configuration
        let lanes = configuration.lanes
        queue = ActivationQueue(depth: configuration.queueDepth)
        indexCalculator = IndexCalculator(lanes: lanes, blockSize: configuration.blockSize,
                                          blockRows: configuration.blockRows, store: permutation)
        weightSRAM = WeightSRAM(lanes: lanes, image: weightImage)
        multipliers = MultiplierLanes(lanes: lanes)
        accumulators = AccumulatorBanks(rows: configuration.localRows, lanes: lanes, format: configuration.format)
        drain = DrainUnit(rows: configuration.localRows, lanes: lanes, relu: configuration.relu)
        issue = IssueRegister(lanes: lanes)
        operand = OperandRegister(lanes: lanes)
        product = ProductRegister(lanes: lanes)
        nextIssue = IssueRegister(lanes: lanes)
        nextOperand = OperandRegister(lanes: lanes)
        nextProduct = ProductRegister(lanes: lanes)
    }

    /// True when no column is queued, being issued or in flight (the drain may start).
    public var isIdle: Bool {
        queue.isEmpty && !indexCalculator.isBusy && !issue.valid && !operand.valid && !product.valid
    }

    /// The broadcast may push this cycle.
    public var canAcceptBroadcast: Bool { queue.canAccept }

    /// Schedules the broadcast's `(x_j, j)` into the queue (lands at commit).
    public mutating func receiveBroadcast(activation: Int16, column: Int32) {
        queue.schedulePush(activation: activation, column: column)
    }

    /// Compute-phase evaluate: every stage reads start-of-cycle registers, writes `next`.
    public mutating func evaluateCompute() {
        queue.sample()
        // ACC: the product register's lanes add into their banks (written at commit).
        if product.valid { accumulators.accumulate(product) }
        // MUL: multiply the operand register into the next product register.
        nextProduct.valid = operand.valid
        if operand.valid {
            multipliers.multiply(operand, into: &nextProduct)
            nextProduct.column = operand.column
            nextProduct.slot = operand.slot
            nextProduct.activeLanes = operand.activeLanes
        }
        // WRD: read the slot's weight word.
        nextOperand.valid = issue.valid
        if issue.valid {
            let address = Int(issue.column) * configuration.slotsPerColumn + Int(issue.slot)
            weightSRAM.read(address: address, into: &nextOperand.weights)
            let active = issue.activeLanes
            issue.rows.withUnsafeBufferPointer { rowsIn in
                nextOperand.rows.withUnsafeMutableBufferPointer { rowsOut in
                    for lane in 0..<active { rowsOut[lane] = rowsIn[lane] }
                }
            }
            nextOperand.activation = issue.activation
            nextOperand.column = issue.column
            nextOperand.slot = issue.slot
            nextOperand.activeLanes = issue.activeLanes
        }
        // IDX: continue the current column or pop the next one.
        let head = indexCalculator.isBusy ? nil : queue.head
        if indexCalculator.evaluate(queueHead: head, issue: &nextIssue) { queue.schedulePop() }
        issuedThisCycle = nextIssue.valid
    }

    /// Drain-phase evaluate: up to `N_MUL` outputs this cycle. The pipeline is empty while
    /// draining, so its next registers are empty too (the clock edge swaps them in).
    public mutating func evaluateDrain() {
        drain.evaluate(accumulators: accumulators)
        nextIssue.valid = false
        nextOperand.valid = false
        nextProduct.valid = false
    }

    /// Clock edge: every register takes its next value.
    public mutating func commit() {
        queue.commit()
        indexCalculator.commit(issued: issuedThisCycle)
        issuedThisCycle = false
        accumulators.commit()
        swap(&issue, &nextIssue)
        swap(&operand, &nextOperand)
        swap(&product, &nextProduct)
        drain.commit()
    }
}
