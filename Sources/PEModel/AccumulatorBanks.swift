import FixedPoint
/// The PE's accumulators: one per local output row, split into `N_MUL` banks.
///
/// Bank `l` holds the rows of local block-rows `b` with `b mod N_MUL = l`, which is exactly
/// the set lane `l` serves, so the lanes never conflict. Read-add-write completes in one
/// cycle with a bypass, so back-to-back columns never stall (no hazard).
/// Every add saturates to the accumulator width. Source: `architecture.md` §1.2 (ACC stage).
public struct AccumulatorBanks: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        public var reads = 0
        public var writes = 0
        /// Adds that clipped at the accumulator's range.
        public var saturations = 0
        public init() {}
    }

    public let format: FixedPointFormat
    /// Accumulator value of each local row `b * p + i`.
    public private(set) var values: [Int64]
    private var pendingRows: [Int32]
    private var pendingValues: [Int64]
    private var pendingCount = 0
    public private(set) var stats = Stats()

    public init(rows: Int, lanes: Int, format: FixedPointFormat) {
        self.format = format
        values = Array(repeating: 0, count: rows)
        pendingRows = Array(repeating: 0, count: lanes)
        pendingValues = Array(repeating: 0, count: lanes)
    }

    /// ACC stage: read each active lane's row, add its product (saturating); written at commit.

    public mutating func accumulate(_ register: ProductRegister) {
        let format = self.format
        var saturations = 0
        values.withUnsafeBufferPointer { values in
            register.rows.withUnsafeBufferPointer { rows in
                register.products.withUnsafeBufferPointer { products in
                    pendingRows.withUnsafeMutableBufferPointer { pendingRows in
                        pendingValues.withUnsafeMutableBufferPointer { pendingValues in
                            for lane in 0..<register.activeLanes {
                                let old = values[Int(rows[lane])]
                                let product = products[lane]
                                pendingRows[lane] = rows[lane]
                                pendingValues[lane] = format.accumulate(old, product, saturations: &saturations)
                            }
                        }
                    }
                }
            }
        }
        stats.saturations += saturations
        pendingCount = register.activeLanes
        stats.reads += register.activeLanes
        stats.writes += register.activeLanes
    }

    /// The values the scheduled writes will store, lane by lane (a co-simulation signal).
    public var pendingWriteValues: [Int64] { Array(pendingValues[0..<pendingCount]) }

    /// Clock edge: the scheduled writes land.
    public mutating func commit() {
        let count = pendingCount
        pendingRows.withUnsafeBufferPointer { rows in
            pendingValues.withUnsafeBufferPointer { pending in
                values.withUnsafeMutableBufferPointer { values in
                    for index in 0..<count { values[Int(rows[index])] = pending[index] }
                }
            }
        }
        pendingCount = 0
    }
}
