/// A PE's activation queue: a ring buffer of `D` slots with read and write pointers, which
/// holds at most `D - 1` entries (full when `write + 1 == read mod D`, empty when equal)
/// [paper: EIE for the queue, depth 8; the public EIE cycle model for the ring-buffer rule].
///
/// Two-phase: the broadcast tests `isFull` and the pop tests `isEmpty` on the start-of-cycle
/// pointers; both land at `commit()`. A pop therefore never makes room for a push in the same
/// cycle, and an entry pushed in cycle `t` can be popped in cycle `t + 1` at the earliest.
public struct EIEActivationQueue: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        public var pushes = 0
        public var pops = 0
        /// Cycles that started with the queue full (the broadcast had to wait for it).
        public var fullCycles = 0
        /// Largest occupancy at the start of a cycle (at most `D - 1`).
        public var peakOccupancy = 0
        public init() {}
    }

    /// Ring slots `D`.
    public let depth: Int
    private var activations: [Int16]
    private var columns: [Int32]
    /// Registers: the read and write pointers.
    public private(set) var readPointer = 0
    public private(set) var writePointer = 0
    private var pushPending = false
    private var pushActivation: Int16 = 0
    private var pushColumn: Int32 = 0
    private var popPending = false
    public private(set) var stats = Stats()

    public init(depth: Int) {
        self.depth = depth
        activations = Array(repeating: 0, count: depth)
        columns = Array(repeating: 0, count: depth)
    }

    /// `write + 1 == read (mod D)`: the broadcast must wait.
    public var isFull: Bool { (writePointer + 1 == depth ? 0 : writePointer + 1) == readPointer }
    public var isEmpty: Bool { writePointer == readPointer }
    /// Entries held at the start of the cycle.
    public var occupancy: Int { writePointer >= readPointer ? writePointer - readPointer : writePointer + depth - readPointer }
    /// The oldest entry (valid when not empty).
    public var headActivation: Int16 { activations[readPointer] }
    public var headColumn: Int32 { columns[readPointer] }

    /// Records the start-of-cycle occupancy (once per evaluated cycle).
    public mutating func sample() {
        let count = occupancy
        if count > stats.peakOccupancy { stats.peakOccupancy = count }
        if isFull { stats.fullCycles += 1 }
    }

    public mutating func schedulePush(activation: Int16, column: Int32) {
        pushPending = true
        pushActivation = activation
        pushColumn = column
    }

    public mutating func schedulePop() { popPending = true }

    /// Clock edge: the scheduled pop and push move the pointers.
    public mutating func commit() {
        if popPending {
            readPointer = readPointer + 1 == depth ? 0 : readPointer + 1
            stats.pops += 1
            popPending = false
        }
        if pushPending {
            activations[writePointer] = pushActivation
            columns[writePointer] = pushColumn
            writePointer = writePointer + 1 == depth ? 0 : writePointer + 1
            stats.pushes += 1
            pushPending = false
        }
    }
}
