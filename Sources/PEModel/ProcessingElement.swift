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
    /// How the weight SRAM codes the weights (`fixed16`: no DEC stage).
    public var weightEncoding: WeightEncoding

    public init(index: Int, lanes: Int, queueDepth: Int, blockSize: Int, blockRows: Int,
                format: FixedPointFormat, relu: Bool, weightEncoding: WeightEncoding = .fixed16) {
        self.index = index
        self.lanes = lanes
        self.queueDepth = queueDepth
        self.blockSize = blockSize
        self.blockRows = blockRows
        self.format = format
        self.relu = relu
        self.weightEncoding = weightEncoding
    }

    /// Issue cycles per input column, `S = ceil(B_e / N_MUL)`.
    public var slotsPerColumn: Int { (blockRows + lanes - 1) / lanes }
    /// Output rows the PE accumulates, `B_e * p`.
    public var localRows: Int { blockRows * blockSize }
}

/// One PermDNN processing element: activation queue, then a 4-stage pipeline
/// IDX (index calculator) -> WRD (weight SRAM) -> MUL (multipliers) -> ACC (accumulators),
/// then the drain. The narrow weight formats (`fixed8`, `codebook4`) add a DEC stage
/// (`WeightDecoder`) between WRD and MUL: IDX -> WRD -> DEC -> MUL -> ACC.
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
    /// The DEC stage (nil for `fixed16`, whose SRAM holds the weights themselves).
    public let decoder: WeightDecoder?
    public private(set) var multipliers: MultiplierLanes
    public private(set) var accumulators: AccumulatorBanks
    public private(set) var drain: DrainUnit

    /// Pipeline registers: IDX->WRD, WRD->DEC (codes; only with a DEC stage), WRD->MUL or
    /// DEC->MUL (16-bit weights), MUL->ACC (start-of-cycle values).
    public private(set) var issue: IssueRegister
    public private(set) var coded: OperandRegister
    public private(set) var operand: OperandRegister
    public private(set) var product: ProductRegister
    private(set) var nextIssue: IssueRegister
    private var nextCoded: OperandRegister
    private var nextOperand: OperandRegister
    private var nextProduct: ProductRegister
    private(set) var issuedThisCycle = false

    /// Builds a PE from its SRAM images.
    /// - Parameters:
    ///   - weightImage: `n * S * N_MUL` weight codes of `configuration.weightEncoding`, word
    ///     `j * S + s` holding block-rows `s*N_MUL ..< s*N_MUL + N_MUL`.
    ///   - permutation: the `k` source (SRAM image `Nb * S * N_MUL`, or formula row offsets `S * N_MUL`).
    public init(configuration: PEConfiguration, weightImage: [Int16], permutation: IndexCalculator.PermutationStore) {
        self.configuration = configuration
        let lanes = configuration.lanes
        queue = ActivationQueue(depth: configuration.queueDepth)
        indexCalculator = IndexCalculator(lanes: lanes, blockSize: configuration.blockSize,
                                          blockRows: configuration.blockRows, store: permutation)
        weightSRAM = WeightSRAM(lanes: lanes, image: weightImage)
        decoder = configuration.weightEncoding.format.hasDecodeStage ? WeightDecoder(encoding: configuration.weightEncoding) : nil
        multipliers = MultiplierLanes(lanes: lanes)
        accumulators = AccumulatorBanks(rows: configuration.localRows, lanes: lanes, format: configuration.format)
        drain = DrainUnit(rows: configuration.localRows, lanes: lanes, relu: configuration.relu)
        issue = IssueRegister(lanes: lanes)
        coded = OperandRegister(lanes: lanes)
        operand = OperandRegister(lanes: lanes)
        product = ProductRegister(lanes: lanes)
        nextIssue = IssueRegister(lanes: lanes)
        nextCoded = OperandRegister(lanes: lanes)
        nextOperand = OperandRegister(lanes: lanes)
        nextProduct = ProductRegister(lanes: lanes)
    }

    /// True when no column is queued, being issued or in flight (the drain may start).
    public var isIdle: Bool {
        queue.isEmpty && !indexCalculator.isBusy && !issue.valid && !coded.valid && !operand.valid && !product.valid
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
        // DEC (narrow formats): decode the codes register into the next operand register; WRD
        // then reads into the codes register. Without a DEC stage WRD reads the weights straight
        // into the next operand register.
        let slots = configuration.slotsPerColumn
        if let decoder {
            nextOperand.valid = coded.valid
            if coded.valid { decoder.decode(coded, into: &nextOperand) }
            Self.readWeightWord(issue, slotsPerColumn: slots, sram: &weightSRAM, into: &nextCoded)
        } else {
            Self.readWeightWord(issue, slotsPerColumn: slots, sram: &weightSRAM, into: &nextOperand)
        }
        // IDX: continue the current column or pop the next one.
        let head = indexCalculator.isBusy ? nil : queue.head
        if indexCalculator.evaluate(queueHead: head, issue: &nextIssue) { queue.schedulePop() }
        issuedThisCycle = nextIssue.valid
    }

    /// WRD: reads `issue`'s weight word (`N_MUL` codes, word `j * S_e + slot`) into `register`
    /// and passes the slot on.
    @inline(__always)
    private static func readWeightWord(_ issue: IssueRegister, slotsPerColumn: Int, sram: inout WeightSRAM,
                                       into register: inout OperandRegister) {
        register.valid = issue.valid
        guard issue.valid else { return }
        let address = Int(issue.column) * slotsPerColumn + Int(issue.slot)
        sram.read(address: address, into: &register.weights)
        let active = issue.activeLanes
        issue.rows.withUnsafeBufferPointer { rowsIn in
            register.rows.withUnsafeMutableBufferPointer { rowsOut in
                for lane in 0..<active { rowsOut[lane] = rowsIn[lane] }
            }
        }
        register.activation = issue.activation
        register.column = issue.column
        register.slot = issue.slot
        register.activeLanes = issue.activeLanes
    }

    /// Drain-phase evaluate: up to `N_MUL` outputs this cycle. The pipeline is empty while
    /// draining, so its next registers are empty too (the clock edge swaps them in).
    public mutating func evaluateDrain() {
        drain.evaluate(accumulators: accumulators)
        nextIssue.valid = false
        nextCoded.valid = false
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
        swap(&coded, &nextCoded)
        swap(&operand, &nextOperand)
        swap(&product, &nextProduct)
        drain.commit()
    }
}
