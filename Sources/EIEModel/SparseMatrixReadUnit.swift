/// The PE's sparse-matrix read unit [paper: EIE]: walks a column's entries, one per cycle,
/// from SRAM lines of `sparseLineBits` (8 entries of 8 bits at the defaults).
///
/// Its column register holds the activation and the address range from the pointer read.
/// Each cycle with a column: an empty range is a bubble (one cycle, nothing issued, the
/// register frees); otherwise the entry at the next address is issued to the arithmetic unit
/// (padding entries included: they take the slot but write nothing) and the register frees
/// with the column's last entry, so the next column follows back to back. A line is read only
/// when the entry's line address differs from the last line read (a line register that
/// persists across columns); the line width changes read counts, never cycles.
/// Source: `shared/spec/architecture.md` §2, after the public EIE cycle model.
public struct SparseMatrixReadUnit: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// SRAM line reads (line-address changes).
        public var lineReads = 0
        /// Entries issued, padding included (one per issue cycle).
        public var entriesRead = 0
        /// Padding entries among them.
        public var paddingEntries = 0
        /// Cycles spent on columns whose slice is empty.
        public var bubbleCycles = 0
        /// Cycles with no column to work on.
        public var idleCycles = 0
        public init() {}
    }

    /// The column being walked: `address ..< end` remain.
    public struct Column: Sendable, Equatable {
        public var valid = false
        public var activation: Int16 = 0
        public var address = 0
        public var end = 0
    }

    /// What the unit hands the arithmetic unit in a cycle (its S1 input register).
    public struct Issue: Sendable, Equatable {
        public var valid = false
        /// Codebook index `v` (0 for padding).
        public var code: UInt8 = 0
        /// Zeros before the entry, `z`.
        public var zeros: UInt8 = 0
        public var activation: Int16 = 0
        /// The column's last entry (the address accumulator resets after it).
        public var last = false
    }

    /// Entries per SRAM line.
    public let entriesPerLine: Int
    private let zeroBits: Int
    private let zeroMask: Int
    /// Registers (start-of-cycle values) and their next values.
    public private(set) var column = Column()
    public private(set) var lineAddress = -1
    private var nextColumn = Column()
    private var nextLineAddress = -1
    public private(set) var stats = Stats()

    init(entriesPerLine: Int, relativeIndexBits: Int) {
        self.entriesPerLine = entriesPerLine
        zeroBits = relativeIndexBits
        zeroMask = (1 << relativeIndexBits) - 1
    }

    /// The column register frees this cycle (so the pointer unit may load the next column).
    var finishesColumn: Bool { column.valid && column.address + 1 >= column.end }

    /// Evaluate: issue the next entry, spend the bubble of an empty column, or idle.
    mutating func evaluate(entries: [UInt16]) -> Issue {
        nextColumn = column
        nextLineAddress = lineAddress
        guard column.valid else {
            stats.idleCycles += 1
            return Issue()
        }
        let address = column.address
        guard address < column.end else {
            stats.bubbleCycles += 1
            nextColumn.valid = false
            return Issue()
        }
        // Divide only when the address leaves the held line (the comparison is the hardware's).
        let lineStart = lineAddress * entriesPerLine
        if lineAddress < 0 || address < lineStart || address >= lineStart + entriesPerLine {
            stats.lineReads += 1
            nextLineAddress = address / entriesPerLine
        }
        let entry = Int(entries[address])
        let code = UInt8(entry >> zeroBits)
        stats.entriesRead += 1
        if code == 0 { stats.paddingEntries += 1 }
        let last = address + 1 == column.end
        nextColumn.address = address + 1
        if last { nextColumn.valid = false }
        return Issue(valid: true, code: code, zeros: UInt8(entry & zeroMask), activation: column.activation, last: last)
    }

    /// The pointer read's result lands in the column register at commit.
    mutating func load(activation: Int16, range: Range<Int>) {
        nextColumn = Column(valid: true, activation: activation, address: range.lowerBound, end: range.upperBound)
    }

    mutating func commit() {
        column = nextColumn
        lineAddress = nextLineAddress
    }
}
