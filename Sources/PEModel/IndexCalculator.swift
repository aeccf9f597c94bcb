/// The IDX stage: turns the current input column into one issue slot per cycle and computes
/// each lane's destination row from the block's permutation value.
///
/// Column `j = c * p + t` needs `S = ceil(B_e / N_MUL)` issue cycles. In slot `s`, lane `l`
/// serves local block-row `b = s * N_MUL + l` and targets local row `b * p + (t - k) mod p`,
/// where the modulo is one subtract and a conditional add of `p` (any `p`, not only powers
/// of two). The `k` values of a block-column are loaded into `kRegisters` when the
/// block-column changes: from the permutation SRAM (one word of `N_MUL` values per slot) or,
/// with the formula source, computed as `(rowOffset_b + c) mod p` with
/// `rowOffset_b = (r_b * Nb) mod p` fixed per block-row. Source: `architecture.md` §1.1, §1.2.
public struct IndexCalculator: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Input columns popped from the activation queue.
        public var columns = 0
        /// Cycles that issued a slot.
        public var issueCycles = 0
        /// Cycles that issued nothing (queue empty, or before the first column).
        public var idleCycles = 0
        /// Idle cycles that lie before the last issue cycle (starvation while work remained).
        public var idleBeforeLastIssue = 0
        /// Permutation SRAM words read (stored source).
        public var permutationReads = 0
        /// Lane `k` values computed by the formula unit (formula source).
        public var permutationComputes = 0
        public init() {}
    }

    /// Where the `k` values come from, with what the PE holds for that source.
    public enum PermutationStore: Sendable {
        /// Words of `N_MUL` values, address `c * S + s`.
        case sram([Int32])
        /// `(r_b * Nb) mod p` per local block-row `b`.
        case formula(rowOffsets: [Int32])
    }

    public let lanes: Int
    public let blockSize: Int
    public let blockRows: Int
    public let slotsPerColumn: Int
    private let store: PermutationStore

    // Column register (current value / next value).
    private var columnValid = false
    private var columnActivation: Int16 = 0
    private var columnIndex: Int32 = 0
    /// `t = j mod p` of the column, decoded once when it is popped.
    private var columnOffset = 0
    private var columnSlot: Int32 = 0
    private var nextColumnValid = false
    private var nextColumnSlot: Int32 = 0
    /// Block-column whose `k` values `kRegisters` hold (-1: none yet).
    private var loadedBlockColumn = -1
    private var reloading = false
    private var kRegisters: [Int32]
    private var pendingIdle = 0
    public private(set) var stats = Stats()

    public init(lanes: Int, blockSize: Int, blockRows: Int, store: PermutationStore) {
        self.lanes = lanes
        self.blockSize = blockSize
        self.blockRows = blockRows
        self.slotsPerColumn = (blockRows + lanes - 1) / lanes
        self.store = store
        kRegisters = Array(repeating: 0, count: max(1, slotsPerColumn * lanes))
    }

    /// Whether a column is partly issued (the PE must not pop a new one).
    public var isBusy: Bool { columnValid }

    /// IDX evaluate. `queueHead` is the queue's start-of-cycle head; returns whether it was popped.
    /// Writes the issued slot (or a bubble) into `issue`.

    public mutating func evaluate(queueHead: (activation: Int16, column: Int32)?, issue: inout IssueRegister) -> Bool {
        var popped = false
        if !columnValid {
            guard let head = queueHead else {
                issue.valid = false
                stats.idleCycles += 1
                pendingIdle += 1
                return false
            }
            popped = true
            stats.columns += 1
            columnActivation = head.activation
            columnIndex = head.column
            columnSlot = 0
            let blockColumn = Int(head.column) / blockSize
            columnOffset = Int(head.column) - blockColumn * blockSize
            reloading = blockColumn != loadedBlockColumn
            loadedBlockColumn = blockColumn
        }
        let slot = Int(columnSlot)
        let firstBlockRow = slot * lanes
        let active = min(lanes, blockRows - firstBlockRow)
        // The column's block-column and offset were decoded when it was popped.
        let blockColumn = loadedBlockColumn
        let t = columnOffset
        if reloading { loadPermutation(blockColumn: blockColumn, slot: slot, activeLanes: active) }
        let kBase = slot * lanes
        let p = blockSize
        kRegisters.withUnsafeBufferPointer { k in
            issue.rows.withUnsafeMutableBufferPointer { rows in
                for lane in 0..<active {
                    var local = t - Int(k[kBase + lane])
                    if local < 0 { local += p }
                    rows[lane] = Int32((firstBlockRow + lane) * p + local)
                }
            }
        }
        issue.valid = true
        issue.activation = columnActivation
        issue.column = columnIndex
        issue.slot = columnSlot
        issue.activeLanes = active
        stats.issueCycles += 1
        stats.idleBeforeLastIssue += pendingIdle
        pendingIdle = 0
        nextColumnSlot = columnSlot + 1
        nextColumnValid = Int(nextColumnSlot) < slotsPerColumn
        if !nextColumnValid { reloading = false }
        return popped
    }

    /// Clock edge for the column register.
    public mutating func commit(issued: Bool) {
        if issued {
            columnValid = nextColumnValid
            columnSlot = nextColumnSlot
        }
    }

    /// Loads slot `slot`'s `k` values for `blockColumn` into the `k` registers.

    mutating func loadPermutation(blockColumn: Int, slot: Int, activeLanes: Int) {
        let base = slot * lanes
        switch store {
        case let .sram(words):
            stats.permutationReads += 1
            let address = (blockColumn * slotsPerColumn + slot) * lanes
            for lane in 0..<lanes { kRegisters[base + lane] = words[address + lane] }
        case let .formula(rowOffsets):
            stats.permutationComputes += activeLanes
            for lane in 0..<activeLanes {
                var k = Int(rowOffsets[base + lane]) + blockColumn % blockSize
                if k >= blockSize { k -= blockSize }
                kRegisters[base + lane] = Int32(k)
            }
        }
    }
}
