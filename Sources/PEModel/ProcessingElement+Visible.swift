/// One pipeline stage as a co-simulation sees it: whether it holds a slot, and which.
public struct StageView: Sendable, Equatable {
    public var valid: Bool
    /// Input column `j`.
    public var column: Int
    /// Issue slot `s` of the column.
    public var slot: Int

    public init(valid: Bool, column: Int, slot: Int) {
        self.valid = valid
        self.column = column
        self.slot = slot
    }
}

/// What a PE shows in one cycle (between evaluate and the clock edge): the signals the RTL's
/// debug port exposes too, so the Swift model and the RTL can be compared every cycle.
public struct PEVisibleState: Sendable, Equatable {
    /// Start-of-cycle queue occupancy.
    public var queueCount: Int
    /// IDX issues this slot this cycle; then the IDX->WRD, WRD->MUL and MUL->ACC registers.
    public var idx: StageView
    public var wrd: StageView
    /// The WRD->DEC register of the narrow weight formats (`nil`: the PE has no DEC stage, and
    /// `mul` is the WRD->MUL register; with one, `mul` is the DEC->MUL register).
    public var dec: StageView?
    public var mul: StageView
    public var acc: StageView
    /// Active lanes of the MUL->ACC register (lanes `>= accLanes` idle).
    public var accLanes: Int
    /// MUL->ACC register, lanes `0 ..< accLanes`: local row and 32-bit product.
    public var rows: [Int]
    public var products: [Int32]
    /// Accumulator writes landing at this clock edge, lanes `0 ..< accumulatorWrites.count`:
    /// the saturated sum written into the lane's row.
    public var accumulatorWrites: [Int64]
    /// Output rows the drain writes at this clock edge.
    public var outputWrites: Int

    public init(queueCount: Int, idx: StageView, wrd: StageView, dec: StageView? = nil, mul: StageView, acc: StageView,
                accLanes: Int, rows: [Int], products: [Int32], accumulatorWrites: [Int64], outputWrites: Int) {
        self.queueCount = queueCount
        self.idx = idx
        self.wrd = wrd
        self.dec = dec
        self.mul = mul
        self.acc = acc
        self.accLanes = accLanes
        self.rows = rows
        self.products = products
        self.accumulatorWrites = accumulatorWrites
        self.outputWrites = outputWrites
    }

    /// Compares every signal with `other`. Stage contents are compared only when the stage is
    /// valid, lanes only when active: the RTL's registers keep stale values in idle lanes, which
    /// are not part of the contract.
    public func compare(with other: PEVisibleState) -> SignalComparison {
        var result = SignalComparison()
        result.check("queue_count", queueCount, other.queueCount)
        var stages = [("idx", idx, other.idx), ("wrd", wrd, other.wrd), ("mul", mul, other.mul), ("acc", acc, other.acc)]
        // The DEC stage, when either model has one (a model without it shows an empty stage).
        if dec != nil || other.dec != nil {
            let empty = StageView(valid: false, column: 0, slot: 0)
            stages.insert(("dec", dec ?? empty, other.dec ?? empty), at: 2)
        }
        for (name, a, b) in stages {
            result.check("\(name).valid", a.valid, b.valid)
            if a.valid && b.valid {
                result.check("\(name).column", a.column, b.column)
                result.check("\(name).slot", a.slot, b.slot)
            }
        }
        if acc.valid && other.acc.valid {
            result.check("acc.lanes", accLanes, other.accLanes)
            for lane in 0..<min(accLanes, other.accLanes, rows.count, other.rows.count) {
                result.check("acc.lane\(lane).row", rows[lane], other.rows[lane])
                result.check("acc.lane\(lane).product", products[lane], other.products[lane])
            }
        }
        result.check("acc.writes", accumulatorWrites.count, other.accumulatorWrites.count)
        for lane in 0..<min(accumulatorWrites.count, other.accumulatorWrites.count) {
            result.check("acc.lane\(lane).write_value", accumulatorWrites[lane], other.accumulatorWrites[lane])
        }
        result.check("drain.output_writes", outputWrites, other.outputWrites)
        return result
    }
}

/// The outcome of comparing two models' visible signals: how many signals were compared, and
/// those that differed as (signal name, this model's value, the other's value).
public struct SignalComparison: Sendable {
    public private(set) var compared = 0
    public private(set) var differences: [(signal: String, mine: String, theirs: String)] = []

    public init() {}

    /// Compares one signal.
    public mutating func check<T: Equatable>(_ signal: String, _ mine: T, _ theirs: T) {
        compared += 1
        if mine != theirs { differences.append((signal, "\(mine)", "\(theirs)")) }
    }
}

extension ProcessingElement {
    /// The PE's visible state in the cycle being evaluated (call between evaluate and commit).
    public var visibleState: PEVisibleState {
        let lanes = product.valid ? product.activeLanes : 0
        return PEVisibleState(
            queueCount: queue.count,
            idx: StageView(valid: issuedThisCycle, column: Int(nextIssue.column), slot: Int(nextIssue.slot)),
            wrd: StageView(valid: issue.valid, column: Int(issue.column), slot: Int(issue.slot)),
            dec: decoder == nil ? nil : StageView(valid: coded.valid, column: Int(coded.column), slot: Int(coded.slot)),
            mul: StageView(valid: operand.valid, column: Int(operand.column), slot: Int(operand.slot)),
            acc: StageView(valid: product.valid, column: Int(product.column), slot: Int(product.slot)),
            accLanes: product.activeLanes,
            rows: (0..<lanes).map { Int(product.rows[$0]) },
            products: Array(product.products[0..<lanes]),
            accumulatorWrites: accumulators.pendingWriteValues,
            outputWrites: drain.writesThisCycle)
    }
}
