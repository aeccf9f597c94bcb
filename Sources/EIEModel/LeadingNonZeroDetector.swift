/// EIE's central non-zero detection in front of the broadcast [paper: EIE, the LNZD quadtree],
/// with the timing of the public EIE cycle model (RalphMao/EIE-simulator).
///
/// Activations are interleaved over the PEs (`x_j` lives in PE `j mod N_PE`), so the detector
/// sees the input as rows of `N_PE` activations, row `r` = `x[r N_PE ..< (r+1) N_PE]`
/// (positions at or beyond `n` are zero). It holds one row and the position after the last
/// non-zero it sent. Each cycle, reading only start-of-cycle state:
/// - if the held row has a non-zero at or after that position (the leading one is `x_j`):
///   when every PE queue has room it broadcasts `(x_j, j)`; if `j` is the row's last
///   position it also loads the next row in the same cycle. When some queue is full it stalls.
/// - otherwise it loads the next row (a cycle that broadcasts nothing), or, with no row
///   left, it is done.
/// The detector starts with no row held, so cycle 0 loads row 0. An all-zero row costs one
/// cycle; a row with `k > 0` non-zeros costs `k` cycles if its last position is non-zero,
/// else `k + 1` (one cycle to find nothing more in it).
public struct LeadingNonZeroDetector: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Activation rows loaded (each reads one activation from every PE's source bank).
        public var rowsRead = 0
        /// Non-zeros broadcast to every PE.
        public var broadcasts = 0
        /// Cycles with a non-zero ready but some queue full (the broadcast waited).
        public var stallCycles = 0
        /// Cycles that found no non-zero in the held row and loaded the next one (no broadcast).
        public var searchCycles = 0
        public init() {}
    }

    /// What the detector does in one cycle.
    public enum Action: Equatable, Sendable {
        case loadRow(Int)
        case broadcast(activation: Int16, column: Int32, loadsRow: Bool)
        case stall
        case idle
    }

    /// `N_PE`, the row width.
    public let width: Int
    /// Rows `ceil(n / N_PE)`.
    public let rowCount: Int
    private let activations: [Int16]
    /// `nextNonZero[k]` = smallest `j >= k` with `x_j != 0`, else `n` (the detector's tree, precomputed).
    private let nextNonZero: [Int32]
    /// Registers: the held row (-1 before the first load), the next position to search, the next row to load.
    public private(set) var heldRow = -1
    public private(set) var position = 0
    public private(set) var nextRow = 0
    private var scheduled = Action.idle
    public private(set) var stats = Stats()

    public init(activations: [Int16], width: Int) {
        self.activations = activations
        self.width = width
        let n = activations.count
        rowCount = (n + width - 1) / width
        var next = [Int32](repeating: Int32(n), count: n + 1)
        var j = n - 1
        while j >= 0 {
            next[j] = activations[j] != 0 ? Int32(j) : next[j + 1]
            j -= 1
        }
        nextNonZero = next
    }

    /// The leading unsent non-zero of the held row, if any (start-of-cycle state).
    public var pendingColumn: Int? {
        guard heldRow >= 0 else { return nil }
        let rowStart = heldRow * width
        let rowEnd = min(rowStart + width, activations.count)
        let from = rowStart + position
        guard from < rowEnd else { return nil }
        let j = Int(nextNonZero[from])
        return j < rowEnd ? j : nil
    }

    /// Nothing left to broadcast: no unsent non-zero held and no row left to load.
    public var isDone: Bool { pendingColumn == nil && nextRow >= rowCount }

    /// Evaluate: decide this cycle's action from start-of-cycle state.
    public mutating func evaluate(queuesCanAccept: Bool) -> Action {
        if let j = pendingColumn {
            if queuesCanAccept {
                let lastPosition = j - heldRow * width == width - 1
                scheduled = .broadcast(activation: activations[j], column: Int32(j), loadsRow: lastPosition && nextRow < rowCount)
            } else {
                scheduled = .stall
            }
        } else if nextRow < rowCount {
            scheduled = .loadRow(nextRow)
        } else {
            scheduled = .idle
        }
        return scheduled
    }

    /// Clock edge.
    public mutating func commit() {
        switch scheduled {
        case let .loadRow(row):
            heldRow = row
            position = 0
            nextRow = row + 1
            stats.rowsRead += 1
            stats.searchCycles += 1
        case let .broadcast(_, column, loadsRow):
            stats.broadcasts += 1
            if loadsRow {
                heldRow = nextRow
                position = 0
                nextRow += 1
                stats.rowsRead += 1
            } else {
                position = Int(column) - heldRow * width + 1
            }
        case .stall:
            stats.stallCycles += 1
        case .idle:
            break
        }
        scheduled = .idle
    }
}
