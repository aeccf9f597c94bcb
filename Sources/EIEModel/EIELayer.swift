import FixedPoint

/// One fully connected layer compressed the EIE way, ready for `EIEEngine`: `y = act(W x)`.
///
/// Weights are pruned (unstructured) and weight-shared: every stored weight is a
/// `codebookBits`-bit index into a codebook of 16-bit fixed-point values whose entry 0 is
/// reserved for zero (padding entries use it). Each PE holds the modified CSC of its rows
/// (`EIEPESlice`). Builders: `init(name:rows:columns:codebook:indices:...)` from an explicit
/// index matrix, `generate(spec:format:seed:encoding:)` and `fromDense(...)`.
/// Source: `shared/spec/architecture.md` §2 [paper: EIE].
public struct EIELayer: Sendable, Equatable {
    /// Name shown in reports.
    public var name: String
    /// Output rows `m`.
    public let rows: Int
    /// Input columns `n`.
    public let columns: Int
    /// Whether the output stage applies ReLU.
    public var relu: Bool
    /// The fixed-point format of codebook values and activations, and of the accumulators.
    public let format: FixedPointFormat
    /// How the layer is laid out over the PEs.
    public let encoding: EIEEncoding
    /// `2^codebookBits` fixed-point values; entry 0 is 0.
    public let codebook: [Int16]
    /// Per PE the modified CSC of its rows (`encoding.pes` slices).
    public let slices: [EIEPESlice]
    /// The input vector `x` (`n` values).
    public private(set) var activations: [Int16]
    /// What building the layer from real weights lost (pruning and weight sharing), when known.
    public var compression: EIECompressionReport?

    /// Builds a layer from a row-major `rows x columns` matrix of codebook indices (0 = no weight).
    ///
    /// Every non-zero index becomes a stored entry (even if its codebook value is 0), so
    /// `indices` fixes the sparsity pattern exactly.
    public init(name: String, rows: Int, columns: Int, codebook: [Int16], indices: [UInt8], activations: [Int16],
                relu: Bool, format: FixedPointFormat, encoding: EIEEncoding) throws {
        try Self.checkShape(rows: rows, columns: columns)
        guard indices.count == rows * columns else {
            throw EIEError.invalidLayer(field: "indices", rule: "needs \(rows) x \(columns) = \(rows * columns) values, got \(indices.count)")
        }
        if let bad = indices.firstIndex(where: { Int($0) >= codebook.count }) {
            throw EIEError.invalidLayer(field: "indices", rule: "value \(indices[bad]) at [\(bad / columns), \(bad % columns)] is not an index into a \(codebook.count)-entry codebook")
        }
        var columnStarts = [Int](repeating: 0, count: columns + 1)
        for index in indices.indices where indices[index] != 0 { columnStarts[index % columns + 1] += 1 }
        for j in 0..<columns { columnStarts[j + 1] += columnStarts[j] }
        var fill = columnStarts
        var rowIndices = [Int32](repeating: 0, count: columnStarts[columns])
        var codes = [UInt8](repeating: 0, count: columnStarts[columns])
        for i in 0..<rows {
            for j in 0..<columns where indices[i * columns + j] != 0 {
                rowIndices[fill[j]] = Int32(i)
                codes[fill[j]] = indices[i * columns + j]
                fill[j] += 1
            }
        }
        let sparse = SparseColumns(rows: rows, columns: columns, columnStarts: columnStarts, rowIndices: rowIndices, codes: codes)
        try self.init(name: name, sparse: sparse, codebook: codebook, activations: activations, relu: relu, format: format,
                      encoding: encoding, compression: nil)
    }

    /// Encodes column-major non-zeros (rows increasing within each column) for `encoding`.
    init(name: String, sparse: SparseColumns, codebook: [Int16], activations: [Int16], relu: Bool, format: FixedPointFormat,
         encoding: EIEEncoding, compression: EIECompressionReport?) throws {
        try encoding.validate()
        try Self.checkFormat(format)
        try Self.checkShape(rows: sparse.rows, columns: sparse.columns)
        guard codebook.count == encoding.codebookSize else {
            throw EIEError.invalidLayer(field: "codebook", rule: "needs \(encoding.codebookSize) entries for \(encoding.codebookBits)-bit indices, got \(codebook.count)")
        }
        guard codebook[0] == 0 else {
            throw EIEError.invalidLayer(field: "codebook", rule: "entry 0 is reserved for zero (padding entries use it), got \(codebook[0])")
        }
        guard activations.count == sparse.columns else {
            throw EIEError.invalidLayer(field: "activations", rule: "needs \(sparse.columns) values (the layer's inputs), got \(activations.count)")
        }
        self.name = name
        rows = sparse.rows
        columns = sparse.columns
        self.relu = relu
        self.format = format
        self.encoding = encoding
        self.codebook = codebook
        self.activations = activations
        self.compression = compression
        slices = try Self.encode(sparse, encoding: encoding)
    }

    /// Replaces the input vector (e.g. with the previous layer's outputs).
    public mutating func setActivations(_ values: [Int16]) throws {
        guard values.count == columns else {
            throw EIEError.invalidLayer(field: "activations", rule: "needs \(columns) values (the layer's inputs), got \(values.count)")
        }
        activations = values
    }

    /// The same weights laid out for another encoding (PE count, field widths, batch size).
    ///
    /// The codebook must fit the new index width; it is zero-extended or must have unused tail
    /// entries when narrowed.
    public func reencoded(for target: EIEEncoding) throws -> EIELayer {
        if target == encoding { return self }
        try target.validate()
        let sparse = decodedColumns()
        var newCodebook = codebook
        if target.codebookSize > codebook.count {
            newCodebook += [Int16](repeating: 0, count: target.codebookSize - codebook.count)
        } else if target.codebookSize < codebook.count {
            if let wide = sparse.codes.first(where: { Int($0) >= target.codebookSize }) {
                throw EIEError.invalidLayer(field: "eie.codebook-bits", rule: "the layer uses codebook index \(wide), which \(target.codebookBits)-bit indices cannot hold")
            }
            newCodebook = Array(codebook.prefix(target.codebookSize))
        }
        return try EIELayer(name: name, sparse: sparse, codebook: newCodebook, activations: activations, relu: relu,
                            format: format, encoding: target, compression: compression)
    }

    /// Stored weights (entries that are not padding), over all PEs.
    public var storedWeights: Int { slices.reduce(0) { $0 + $1.weightEntries } }
    /// Padding entries over all PEs.
    public var paddingEntries: Int { slices.reduce(0) { $0 + $1.paddingEntries } }
    /// Fraction of weights stored, `storedWeights / (m n)`.
    public var weightDensity: Double { Double(storedWeights) / (Double(rows) * Double(columns)) }

    /// The codebook index of every weight, row-major `m x n` (0 where nothing is stored),
    /// decoded from the per-PE CSC exactly as the hardware walks it.
    public func decodedIndices() -> [UInt8] {
        var result = [UInt8](repeating: 0, count: rows * columns)
        forEachEntry { row, column, code in result[row * columns + column] = code }
        return result
    }

    /// The decoded weights, row-major `m x n`: `codebook[decodedIndices()]`.
    public func decodedWeights() -> [Int16] {
        decodedIndices().map { codebook[Int($0)] }
    }

    /// Calls `body(row, column, v)` for every stored weight (padding skipped), PE by PE,
    /// column by column, walking the pointers and the `z` runs like the pointer-read unit and
    /// the address accumulator do.
    func forEachEntry(_ body: (Int, Int, UInt8) -> Void) {
        let zBits = encoding.relativeIndexBits, zMask = (1 << zBits) - 1, pes = encoding.pes
        for (e, slice) in slices.enumerated() {
            for j in 0..<columns {
                var local = 0
                for address in slice.columnRange(j, encoding: encoding) {
                    let entry = Int(slice.entries[address])
                    let row = local + (entry & zMask)
                    local = row + 1
                    let code = UInt8(entry >> zBits)
                    if code != 0 { body(row * pes + e, j, code) }
                }
            }
        }
    }

    /// The stored weights back as column-major lists (rows increasing in each column).
    func decodedColumns() -> SparseColumns {
        var columnStarts = [Int](repeating: 0, count: columns + 1)
        forEachEntry { _, column, _ in columnStarts[column + 1] += 1 }
        for j in 0..<columns { columnStarts[j + 1] += columnStarts[j] }
        var fill = columnStarts
        var rowIndices = [Int32](repeating: 0, count: columnStarts[columns])
        var codes = [UInt8](repeating: 0, count: columnStarts[columns])
        forEachEntry { row, column, code in
            rowIndices[fill[column]] = Int32(row)
            codes[fill[column]] = code
            fill[column] += 1
        }
        // PEs were visited one after the other: restore increasing rows within each column.
        for j in 0..<columns where columnStarts[j + 1] - columnStarts[j] > 1 {
            let range = columnStarts[j]..<columnStarts[j + 1]
            let sorted = range.map { (rowIndices[$0], codes[$0]) }.sorted { $0.0 < $1.0 }
            for (offset, pair) in sorted.enumerated() {
                rowIndices[range.lowerBound + offset] = pair.0
                codes[range.lowerBound + offset] = pair.1
            }
        }
        return SparseColumns(rows: rows, columns: columns, columnStarts: columnStarts, rowIndices: rowIndices, codes: codes)
    }

    /// Builds every PE's modified CSC; throws `pointerOverflow` when a batch of a PE holds more
    /// entries than the pointer width addresses.
    static func encode(_ sparse: SparseColumns, encoding: EIEEncoding) throws -> [EIEPESlice] {
        let pes = encoding.pes, n = sparse.columns, m = sparse.rows
        let zBits = encoding.relativeIndexBits, maxRun = encoding.maxZeroRun, mask = encoding.pointerMask
        let padding = UInt16(maxRun)
        var entries = [[UInt16]](repeating: [], count: pes)
        var pointers = [[UInt32]](repeating: [UInt32](repeating: 0, count: n + 1), count: pes)
        var bases = [[Int]](repeating: [], count: pes)
        var paddingCounts = [Int](repeating: 0, count: pes)
        let estimate = sparse.rowIndices.count / pes + n / 4 + 16
        for e in 0..<pes { entries[e].reserveCapacity(estimate) }
        var nextLocal = [Int](repeating: 0, count: pes)
        // Row i is on PE i mod N_PE as local row i / N_PE: a mask and a shift when N_PE is a
        // power of two (the default 64), not two divisions per entry.
        let powerOfTwo = pes & (pes - 1) == 0, peMask = pes - 1, peShift = pes.trailingZeroBitCount
        let batches = (n + encoding.batchColumns - 1) / encoding.batchColumns
        for batch in 0..<batches {
            let first = batch * encoding.batchColumns, end = min(n, first + encoding.batchColumns)
            for e in 0..<pes { bases[e].append(entries[e].count) }
            for j in first..<end {
                for e in 0..<pes {
                    pointers[e][j] = UInt32(entries[e].count & mask)
                    nextLocal[e] = 0
                }
                entries.withUnsafeMutableBufferPointer { entries in
                    nextLocal.withUnsafeMutableBufferPointer { nextLocal in
                        for k in sparse.columnStarts[j]..<sparse.columnStarts[j + 1] {
                            let row = Int(sparse.rowIndices[k])
                            let e: Int, local: Int
                            if powerOfTwo {
                                (e, local) = (row & peMask, row >> peShift)
                            } else {
                                (e, local) = (row % pes, row / pes)
                            }
                            var run = local - nextLocal[e]
                            while run > maxRun {
                                entries[e].append(padding)
                                paddingCounts[e] += 1
                                run -= maxRun + 1
                            }
                            entries[e].append(UInt16(sparse.codes[k]) << UInt16(zBits) | UInt16(run))
                            nextLocal[e] = local + 1
                        }
                    }
                }
            }
            for e in 0..<pes where entries[e].count - bases[e][batch] > encoding.maxEntriesPerBatch {
                throw EIEError.pointerOverflow(pe: e, batch: batch, firstColumn: first, endColumn: end,
                                               entries: entries[e].count - bases[e][batch], pointerBits: encoding.pointerBits)
            }
        }
        var slices: [EIEPESlice] = []
        slices.reserveCapacity(pes)
        for e in 0..<pes {
            pointers[e][n] = UInt32(entries[e].count & mask)
            let localRows = e < m ? (m - e + pes - 1) / pes : 0
            slices.append(EIEPESlice(localRows: localRows, entries: entries[e], pointers: pointers[e], batchBases: bases[e],
                                     paddingEntries: paddingCounts[e]))
        }
        return slices
    }

    /// Largest `m x n` the builders accept: the generator keeps one bit per position (8 GiB here).
    static let maxCells = 1 << 36

    static func checkShape(rows: Int, columns: Int) throws {
        guard rows >= 1 else { throw EIEError.invalidLayer(field: "out", rule: "must be at least 1 (got \(rows))") }
        guard columns >= 1 else { throw EIEError.invalidLayer(field: "in", rule: "must be at least 1 (got \(columns))") }
        let (cells, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, cells <= maxCells else {
            throw EIEError.invalidLayer(field: "in", rule: "layer \(rows) x \(columns) has more than 2^36 weight positions, more than the builders can represent")
        }
        // Row and column numbers travel as 32-bit values (CSC row lists, the broadcast's `j`).
        guard rows <= Int(Int32.max) else { throw EIEError.invalidLayer(field: "out", rule: "must be at most \(Int32.max) (got \(rows))") }
        guard columns <= Int(Int32.max) else { throw EIEError.invalidLayer(field: "in", rule: "must be at most \(Int32.max) (got \(columns))") }
    }

    static func checkFormat(_ format: FixedPointFormat) throws {
        guard FixedPointFormat.fractionBitsRange.contains(format.fractionBits) else {
            throw EIEError.invalidConfig(field: "eie.fraction-bits", rule: "must be in \(FixedPointFormat.fractionBitsRange) (got \(format.fractionBits))")
        }
        guard FixedPointFormat.accumulatorBitsRange.contains(format.accumulatorBits) else {
            throw EIEError.invalidConfig(field: "eie.accumulator-bits", rule: "must be in \(FixedPointFormat.accumulatorBitsRange) (got \(format.accumulatorBits))")
        }
    }
}

/// Stored weights as column-major lists: column `j`'s rows (increasing) and codebook indices
/// (all non-zero) are `rowIndices[columnStarts[j] ..< columnStarts[j+1]]` and the same range of `codes`.
struct SparseColumns {
    var rows: Int
    var columns: Int
    var columnStarts: [Int]
    var rowIndices: [Int32]
    var codes: [UInt8]
}

/// What compressing real weights the EIE way lost, relative to the original matrix.
public struct EIECompressionReport: Sendable, Equatable, Codable {
    /// Weights kept as entries.
    public var storedWeights: Int
    /// Non-zero weights removed by magnitude pruning.
    public var prunedWeights: Int
    /// `||W - prune(W)||_F / ||W||_F` (0 when `W` is 0).
    public var pruningError: Double
    /// `||prune(W) - codebook(prune(W))||_F / ||W||_F`: what 16-bit quantisation plus weight
    /// sharing through the codebook lost.
    public var quantizationError: Double
    /// Kept weights clipped to the 16-bit range before clustering.
    public var saturatedWeights: Int
    /// Lloyd iterations the codebook took.
    public var codebookIterations: Int
    /// Whether the iterations stopped because no assignment changed (else the cap was hit).
    public var codebookConverged: Bool

    public init(storedWeights: Int, prunedWeights: Int, pruningError: Double, quantizationError: Double, saturatedWeights: Int,
                codebookIterations: Int, codebookConverged: Bool) {
        self.storedWeights = storedWeights
        self.prunedWeights = prunedWeights
        self.pruningError = pruningError
        self.quantizationError = quantizationError
        self.saturatedWeights = saturatedWeights
        self.codebookIterations = codebookIterations
        self.codebookConverged = codebookConverged
    }
}
