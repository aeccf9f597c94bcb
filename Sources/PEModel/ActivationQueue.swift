/// The PE's activation queue: a FIFO of broadcast `(x_j, j)` pairs, `depth` entries.
///
/// Two-phase: during evaluate the broadcast asks `canAccept` and the index calculator asks
/// `head`, both reading the state at the start of the cycle; they schedule a push / a pop,
/// and `commit()` applies both. A pop therefore never frees space for a push in the same
/// cycle (the "full" flag is registered), and a pushed entry can be popped the next cycle
/// at the earliest. Source: `architecture.md` §1.2 items 3-4 [ours: registered full flag].
public struct ActivationQueue: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        public var pushes = 0
        public var pops = 0
        /// Largest occupancy seen at the start of a cycle.
        public var peakOccupancy = 0
        /// Cycles that started with the queue full (the broadcast had to wait for this queue).
        public var fullCycles = 0
        public init() {}
    }

    public let depth: Int
    private var values: [Int16]
    private var columns: [Int32]
    private var headIndex = 0
    /// Entries held at the start of the cycle.
    public private(set) var count = 0
    private var pushPending = false
    private var pushValue: Int16 = 0
    private var pushColumn: Int32 = 0
    private var popPending = false
    public private(set) var stats = Stats()

    public init(depth: Int) {
        self.depth = depth
        values = Array(repeating: 0, count: depth)
        columns = Array(repeating: 0, count: depth)
    }

    /// Whether a broadcast may push this cycle (registered: based on the start-of-cycle count).
    @inlinable public var canAccept: Bool { count < depth }
    @inlinable public var isEmpty: Bool { count == 0 }

    /// The oldest entry, if any.
    public var head: (activation: Int16, column: Int32)? {
        count > 0 ? (values[headIndex], columns[headIndex]) : nil
    }

    /// Records the start-of-cycle occupancy in the statistics (called once per evaluated cycle).
    public mutating func sample() {
        if count > stats.peakOccupancy { stats.peakOccupancy = count }
        if count == depth { stats.fullCycles += 1 }
    }

    public mutating func schedulePush(activation: Int16, column: Int32) {
        pushPending = true
        pushValue = activation
        pushColumn = column
    }

    public mutating func schedulePop() { popPending = true }

    /// Clock edge: apply the scheduled pop, then the scheduled push.
    public mutating func commit() {
        if popPending {
            headIndex = headIndex + 1 == depth ? 0 : headIndex + 1
            count -= 1
            stats.pops += 1
            popPending = false
        }
        if pushPending {
            var tail = headIndex + count
            if tail >= depth { tail -= depth }
            values[tail] = pushValue
            columns[tail] = pushColumn
            count += 1
            stats.pushes += 1
            pushPending = false
        }
    }
}
