/// How a layer sits on the engine (`docs/diagonal-model.md`, "Mapping"): which PE owns which
/// rows, the order of the offsets in every PE's register file, and, per PE and input column,
/// the (at most two) runs of register-file entries whose rows that PE owns.
///
/// - Rows: PE `e` owns rows `i` with `i mod N_PE = e` (local row `i / N_PE`). Every column of a
///   tall matrix touches exactly `K` rows, `(j + d) mod m`, consecutive columns touching
///   consecutive rows, so interleaving spreads them evenly over the PEs.
/// - Register file: the `K` offsets sorted by class `d mod N_PE`, then by `d`; `classStart[c]`
///   is where class `c` begins (`N_PE + 1` entries). The same file in every PE.
/// - Runs: column `j`'s rows on PE `e` come from two classes, the offsets whose row does not
///   wrap (class `a`) and those whose row wraps (class `b`). Tall: row `j + d` (needs
///   `d < m - j`, class `a = (e - j) mod N_PE`: a prefix of the class) or `j + d - m` (needs
///   `d >= m - j`, class `b = (e - j + m) mod N_PE`: a suffix). Wide: row `t = j - d` (needs
///   `j - m < d <= j`, class `a = (j - e) mod N_PE`: a contiguous range) or `t = j - d + n`
///   (needs `d > j + n - m`, class `b = (j - e + n) mod N_PE`: a suffix). So the hits are at
///   most two contiguous runs of the register file, found by binary search here and stored as
///   a descriptor per column per PE (start and count of each run).
public struct DiagonalMapping: Sendable {
    /// One run of register-file entries: `start ..< start + count`.
    public struct Runs: Sendable, Equatable {
        public var firstStart: Int
        public var firstCount: Int
        public var secondStart: Int
        public var secondCount: Int
        /// Entries of both runs: the rows the column touches on this PE.
        public var count: Int { firstCount + secondCount }
        /// Register-file index of hit `h` (`0 ..< count`): the first run, then the second.
        @inlinable public func entry(_ h: Int) -> Int { h < firstCount ? firstStart + h : secondStart + h - firstCount }
    }

    public let pes: Int
    public let lanes: Int
    public let rows: Int
    public let columns: Int
    /// Register-file entry -> index of the offset in `layer.offsets`.
    public let registerOrder: [Int]
    /// Register-file entry -> offset `d`.
    public let registerOffsets: [Int]
    /// Where each class `d mod N_PE` starts in the register file; `classStart[N_PE]` is `K`.
    public let classStart: [Int]

    public init(layer: DiagonalLayer, pes: Int, lanes: Int) {
        self.pes = pes
        self.lanes = lanes
        rows = layer.rows
        columns = layer.columns
        let order = layer.offsets.indices.sorted { a, b in
            let (da, db) = (layer.offsets[a], layer.offsets[b])
            return da % pes != db % pes ? da % pes < db % pes : da < db
        }
        registerOrder = order
        registerOffsets = order.map { layer.offsets[$0] }
        var starts = [Int](repeating: 0, count: pes + 1)
        for d in registerOffsets { starts[d % pes + 1] += 1 }
        for c in 0..<pes { starts[c + 1] += starts[c] }
        classStart = starts
    }

    /// Rows PE `e` owns: `ceil((m - e) / N_PE)`.
    @inlinable public func ownedRows(_ e: Int) -> Int { e < rows ? (rows - 1 - e) / pes + 1 : 0 }

    /// Issue slots PE `e` spends on a column with `hits` rows: `max(1, ceil(hits / N_MUL))`.
    @inlinable public func slots(hits: Int) -> Int { max(1, (hits + lanes - 1) / lanes) }

    /// Weight-SRAM words PE `e` stores for a column with `hits` rows: `ceil(hits / N_MUL)`.
    @inlinable public func words(hits: Int) -> Int { (hits + lanes - 1) / lanes }

    /// The first register-file entry of class `c` whose offset is `>= value` (binary search).
    func lowerBound(class c: Int, _ value: Int) -> Int {
        var (low, high) = (classStart[c], classStart[c + 1])
        while low < high {
            let mid = (low + high) / 2
            if registerOffsets[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The runs of column `j` on PE `e`.
    public func runs(pe e: Int, column j: Int) -> Runs {
        let p = pes
        if rows >= columns {
            let a = ((e - j) % p + p) % p
            let b = ((e - j + rows) % p + p) % p
            let aEnd = lowerBound(class: a, rows - j)
            let bStart = lowerBound(class: b, rows - j)
            return Runs(firstStart: classStart[a], firstCount: aEnd - classStart[a], secondStart: bStart, secondCount: classStart[b + 1] - bStart)
        }
        let a = ((j - e) % p + p) % p
        let b = ((j - e + columns) % p + p) % p
        let aStart = lowerBound(class: a, j - rows + 1)
        let aEnd = lowerBound(class: a, j + 1)
        let bStart = lowerBound(class: b, j + columns - rows + 1)
        return Runs(firstStart: aStart, firstCount: aEnd - aStart, secondStart: bStart, secondCount: classStart[b + 1] - bStart)
    }
}
