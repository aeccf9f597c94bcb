import FixedPoint

/// The PE's activation read/write unit [paper: EIE]: its bank of the source activations (read
/// by the central non-zero detector), the destination accumulators (read in S2, written in S3),
/// and the output step that turns them into the layer's 16-bit outputs.
///
/// EIE keeps 16-bit destinations in 64-entry register files and spills longer vectors to a
/// 2 KB activation SRAM. We keep PermDNN's 32-bit saturating accumulators (so the engines
/// agree numerically) and count every access at a local index `>= activationRegisterEntries`
/// as an activation-SRAM access [ours], leaving cycles unchanged.
///
/// Output step [ours]: once the whole engine is idle, each PE reads one accumulator per cycle
/// in local-row order, applies ReLU (if the layer has it), the round-to-nearest shift and
/// 16-bit saturation, and writes the output into the destination file (the next layer's
/// source). PE `e` needs `localRows_e` cycles; one read port, like the arithmetic unit's.
public struct ActivationReadWriteUnit: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Source activations read by the non-zero detector from this PE's bank.
        public var activationReads = 0
        /// Destination reads by the arithmetic unit (S2).
        public var accumulatorReads = 0
        /// Destination writes by the arithmetic unit (S3).
        public var accumulatorWrites = 0
        /// Outputs written by the output step (each after one accumulator read).
        public var outputWrites = 0
        /// Of all the accesses above, those beyond the register file (activation SRAM).
        public var sramAccesses = 0
        /// Cycles the output step worked.
        public var drainCycles = 0
        public init() {}
    }

    public let registerFileEntries: Int
    public let format: FixedPointFormat
    public let relu: Bool
    /// The destination accumulators, one per local row.
    public private(set) var accumulators: [Int64]
    /// The requantised outputs, one per local row (valid once drained).
    public private(set) var outputs: [Int16]
    /// Register: rows drained so far.
    public private(set) var drainedRows = 0
    private var pendingWrite = false
    private var pendingRow = 0
    private var pendingValue: Int64 = 0
    private var drainPending = false
    private var drainValue: Int16 = 0
    public private(set) var stats = Stats()

    init(localRows: Int, registerFileEntries: Int, format: FixedPointFormat, relu: Bool) {
        self.registerFileEntries = registerFileEntries
        self.format = format
        self.relu = relu
        accumulators = Array(repeating: 0, count: localRows)
        outputs = Array(repeating: 0, count: localRows)
    }

    /// Every output written.
    var isDrained: Bool { drainedRows == accumulators.count }

    /// The detector reads this PE's source activation at local index `index` (a row load).
    mutating func readSource(index: Int) {
        stats.activationReads += 1
        if index >= registerFileEntries { stats.sramAccesses += 1 }
    }

    /// S2's read of the destination (start-of-cycle value).
    mutating func readAccumulator(row: Int) -> Int64 {
        stats.accumulatorReads += 1
        if row >= registerFileEntries { stats.sramAccesses += 1 }
        return accumulators[row]
    }

    /// S3's write, landing at commit.
    mutating func scheduleWrite(row: Int, value: Int64) {
        pendingWrite = true
        pendingRow = row
        pendingValue = value
        stats.accumulatorWrites += 1
        if row >= registerFileEntries { stats.sramAccesses += 1 }
    }

    /// Output step, one row per cycle.
    mutating func evaluateDrain() {
        guard drainedRows < accumulators.count else { return }
        let row = drainedRows
        drainValue = format.requantize(accumulators[row], relu: relu)
        drainPending = true
        stats.drainCycles += 1
        stats.outputWrites += 1
        // The read of the accumulator and the write of the output.
        if row >= registerFileEntries { stats.sramAccesses += 2 }
    }

    mutating func commit() {
        if pendingWrite {
            accumulators[pendingRow] = pendingValue
            pendingWrite = false
        }
        if drainPending {
            outputs[drainedRows] = drainValue
            drainedRows += 1
            drainPending = false
        }
    }
}
