/// The PE's output stage: after the last non-zero has left every pipeline, it reads the
/// accumulators `N_MUL` rows per cycle, applies ReLU (optional) and requantisation, and writes
/// the 16-bit outputs to the output buffer. Source: `architecture.md` §1.2 item 5.
public struct DrainUnit: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        public var cycles = 0
        /// Accumulator reads (one per drained row).
        public var accumulatorReads = 0
        public var outputWrites = 0
        /// Outputs clipped to the 16-bit range by requantisation.
        public var outputSaturations = 0
        public init() {}
    }

    public let lanes: Int
    public let relu: Bool
    /// Next local row to drain (a register).
    public private(set) var pointer = 0
    private var nextPointer = 0
    /// The drained outputs, one per local row (the PE's slice of the output buffer).
    public private(set) var outputs: [Int16]
    public private(set) var stats = Stats()

    public init(rows: Int, lanes: Int, relu: Bool) {
        self.lanes = lanes
        self.relu = relu
        outputs = Array(repeating: 0, count: rows)
    }

    public var isFinished: Bool { pointer >= outputs.count }

    /// One drain cycle: up to `N_MUL` rows (the outputs are write-only until the engine is done).
    public mutating func evaluate(accumulators: AccumulatorBanks) {
        guard !isFinished else { return }
        let end = min(pointer + lanes, outputs.count)
        let format = accumulators.format
        for row in pointer..<end {
            let value = accumulators.values[row]
            let output = format.requantize(value, relu: relu)
            if format.requantizeClips(value, relu: relu, output: output) { stats.outputSaturations += 1 }
            outputs[row] = output
        }
        stats.cycles += 1
        stats.accumulatorReads += end - pointer
        stats.outputWrites += end - pointer
        nextPointer = end
    }

    public mutating func commit() { pointer = nextPointer }

    /// Output rows written at the coming clock edge (non-zero only in a drain cycle).
    public var writesThisCycle: Int { nextPointer - pointer }

}
