import ConfigSupport
import FixedPoint

/// Brings trained weights and real inputs from `.npy` files into the fixed-point layer format.
///
/// Float arrays hold real values and are quantised with `format.quantize` (round to nearest,
/// saturating). Integer arrays (int16/int32/int64) hold raw fixed-point codes, i.e. the real value
/// is `code / 2^F`, so already-quantised weights import unchanged. NaN and infinity are rejected
/// with their position. Source: `shared/spec/workloads.md` §4.
public enum WeightImport {
    /// Projects a dense `out x in` matrix onto the block permuted-diagonal structure.
    ///
    /// For a stored permutation each block keeps the diagonal `k` in `0..<p` with the largest sum of
    /// squares (ties go to the smallest `k`), which minimises the Frobenius error of that block; for
    /// the formula permutation `k` is fixed by `(r*Nb + c) mod p`. The kept entries are quantised to
    /// `weightFormat` (`WeightQuantizer`) and the losses reported (see `ProjectionReport`); an
    /// all-zero matrix reports no loss (errors 0, retained energy 1). `name` labels the matrix in
    /// error messages (its file).
    public static func project(dense: NpyArray, blockSize p: Int, format: FixedPointFormat, permutation: PermutationSource,
                               name: String, weightFormat: WeightFormat = .fixed16) throws -> (PermutedDiagonalMatrix, ProjectionReport) {
        try LayerGenerator.checkFormat(format)
        let (m, n) = try dense.checkedMatrix(label: name)
        guard p >= 1, p <= max(m, n), p <= Int(Int32.max) else {
            throw WorkloadError.invalid(field: "p", rule: "must be in 1...\(max(m, n)) (the matrix's larger dimension), got \(p)", location: name)
        }
        let scale = dense.realScale(format: format)
        let values = dense.values
        let blockRows = (m + p - 1) / p, blockColumns = (n + p - 1) / p

        var permutationValues = [Int32](repeating: 0, count: blockRows * blockColumns)
        switch permutation {
        case .formula:
            for r in 0..<blockRows {
                for c in 0..<blockColumns {
                    permutationValues[r * blockColumns + c] = Int32(PermutedDiagonalMatrix.formulaPermutation(blockRow: r, blockColumn: c, blockColumns: blockColumns, blockSize: p))
                }
            }
        case .stored:
            // Energy of each diagonal d = (t - i) mod p of each block: the candidates for k.
            var energy = [Double](repeating: 0, count: blockRows * blockColumns * p)
            values.withUnsafeBufferPointer { values in
                energy.withUnsafeMutableBufferPointer { energy in
                    forEachEntry(m: m, n: n, p: p, blockColumns: blockColumns) { index, block, diagonal in
                        let w = values[index] * scale
                        energy[block * p + diagonal] += w * w
                    }
                }
            }
            for block in 0..<(blockRows * blockColumns) {
                var best = 0
                for k in 1..<max(1, p) where energy[block * p + k] > energy[block * p + best] { best = k }
                permutationValues[block] = Int32(best)
            }
        }

        // Kept and dropped energy, entry by entry in memory order. Adding 0 to a sum of squares
        // (non-negative) leaves it unchanged, so the branch-free form gives the sums of the
        // kept and of the dropped squares alone.
        var kept = 0.0, dropped = 0.0
        values.withUnsafeBufferPointer { values in
            permutationValues.withUnsafeBufferPointer { permutation in
                forEachEntry(m: m, n: n, p: p, blockColumns: blockColumns) { index, block, diagonal in
                    let w = values[index] * scale
                    let square = w * w
                    // All ones off the kept diagonal, else 0: `square` or +0 by a mask, no branch.
                    let offDiagonal = UInt64(truncatingIfNeeded: (diagonal == Int(permutation[block]) ? 1 : 0) &- 1)
                    kept += Double(bitPattern: square.bitPattern & ~offDiagonal)
                    dropped += Double(bitPattern: square.bitPattern & offDiagonal)
                }
            }
        }

        // The kept weights in slot order (padding slots hold code 0), quantised to the format.
        var slots: [Int] = [], reals: [Double] = []
        for r in 0..<blockRows {
            for c in 0..<blockColumns {
                let block = r * blockColumns + c
                let k = Int(permutationValues[block])
                for t in 0..<p {
                    let row = r * p + (t - k + p) % p, column = c * p + t
                    guard row < m, column < n else { continue }
                    slots.append(block * p + t)
                    reals.append(values[row * n + column] * scale)
                }
            }
        }
        let quantized = WeightQuantizer.quantize(reals, format: format, weightFormat: weightFormat)
        var weights = [Int16](repeating: 0, count: blockRows * blockColumns * p)
        for (slot, code) in zip(slots, quantized.codes) { weights[slot] = code }
        let quantizationEnergy = quantized.quantizationEnergy, saturated = quantized.saturated

        let total = kept + dropped
        let report = total > 0
            ? ProjectionReport(relativeError: (dropped / total).squareRoot(), retainedEnergy: kept / total,
                               quantizationError: (quantizationEnergy / total).squareRoot(), saturatedWeights: saturated)
            : ProjectionReport(relativeError: 0, retainedEnergy: 1, quantizationError: 0, saturatedWeights: saturated)
        let matrix = try PermutedDiagonalMatrix(rows: m, columns: n, blockSize: p, permutation: permutationValues, weights: weights,
                                                permutationSource: permutation, encoding: quantized.encoding)
        return (matrix, report)
    }

    /// Imports permuted-diagonal weights directly: `weights` of shape `(Mb, Nb, p)` laid out like
    /// `PermutedDiagonalMatrix.weights`, and `permutation` of shape `(Mb, Nb)` holding each `k`.
    ///
    /// `rows`/`columns` (the unpadded `out`/`in`) default to `Mb*p`/`Nb*p` and must lie in
    /// `((Mb-1)*p, Mb*p]` / `((Nb-1)*p, Nb*p]`. `k` may be any dtype whose values are integers in
    /// `[0, p)`; weights that land in padding must be 0. With `permutationSource: .formula` the `k`
    /// values must equal the formula. `name` labels the weights in error messages (its file).
    public static func direct(weights: NpyArray, permutation: NpyArray, rows: Int?, columns: Int?, format: FixedPointFormat,
                              name: String, permutationSource: PermutationSource = .stored) throws -> PermutedDiagonalMatrix {
        try direct(weights: weights, permutation: permutation, rows: rows, columns: columns, format: format, name: name,
                   permutationSource: permutationSource, weightFormat: .fixed16).matrix
    }

    /// `direct` quantised to `weightFormat` (`WeightQuantizer`), with what that lost: `nil` for
    /// `fixed16` (the weights are imported as 16-bit codes, as `direct` always did); for `fixed8` and
    /// `codebook4` a report with no projection loss (relative error 0, all energy retained) and the
    /// quantisation error `||W - Q(W)||_F / ||W||_F`.
    public static func direct(weights: NpyArray, permutation: NpyArray, rows: Int?, columns: Int?, format: FixedPointFormat,
                              name: String, permutationSource: PermutationSource = .stored,
                              weightFormat: WeightFormat) throws -> (matrix: PermutedDiagonalMatrix, report: ProjectionReport?) {
        try LayerGenerator.checkFormat(format)
        let shape = try directShape(weights: weights.shape, permutation: permutation.shape, rows: rows, columns: columns,
                                    weightsName: name, permutationName: permutation.name)
        let blockRows = weights.shape[0], blockColumns = weights.shape[1], p = shape.blockSize
        guard weights.values.count == blockRows * blockColumns * p, permutation.values.count == blockRows * blockColumns else {
            throw WorkloadError.invalid(field: "weights", rule: "value counts do not match the shapes", location: name)
        }
        try checkFinite(weights, label: name)
        var permutationValues = [Int32]()
        permutationValues.reserveCapacity(blockRows * blockColumns)
        for (index, value) in permutation.values.enumerated() {
            guard value.isFinite, value == value.rounded(), value >= 0, value < Double(p) else {
                throw WorkloadError.invalid(field: "k", rule: "value \(value) at [\(index / blockColumns), \(index % blockColumns)] must be an integer in [0, \(p))", location: permutation.name)
            }
            permutationValues.append(Int32(value))
        }
        let scale = weights.dtype.isInteger ? 1 / Double(1 << format.fractionBits) : 1
        var slots: [Int] = [], reals: [Double] = []
        for r in 0..<blockRows {
            for c in 0..<blockColumns {
                let block = r * blockColumns + c
                let k = Int(permutationValues[block])
                for t in 0..<p {
                    let real = weights.values[block * p + t] * scale
                    let row = r * p + (t - k + p) % p, column = c * p + t
                    if row >= shape.rows || column >= shape.columns {
                        guard real == 0 else {
                            throw WorkloadError.invalid(field: "weights", rule: "value at [\(r), \(c), \(t)] lies in padding (row \(row), column \(column) of a \(shape.rows) x \(shape.columns) layer) and must be 0", location: name)
                        }
                        continue
                    }
                    slots.append(block * p + t)
                    reals.append(real)
                }
            }
        }
        let quantized = WeightQuantizer.quantize(reals, format: format, weightFormat: weightFormat)
        var codes = [Int16](repeating: 0, count: weights.values.count)
        for (slot, code) in zip(slots, quantized.codes) { codes[slot] = code }
        let matrix = try PermutedDiagonalMatrix(rows: shape.rows, columns: shape.columns, blockSize: p, permutation: permutationValues,
                                                weights: codes, permutationSource: permutationSource, encoding: quantized.encoding)
        guard weightFormat != .fixed16 else { return (matrix, nil) }
        let total = reals.reduce(0) { $0 + $1 * $1 }
        let report = ProjectionReport(relativeError: 0, retainedEnergy: 1,
                                      quantizationError: total > 0 ? (quantized.quantizationEnergy / total).squareRoot() : 0,
                                      saturatedWeights: quantized.saturated)
        return (matrix, report)
    }

    /// An input vector of `n` values: shape `(n,)`, `(1, n)` or `(n, 1)`.
    public static func activations(_ array: NpyArray, expected n: Int, format: FixedPointFormat) throws -> [Int16] {
        try LayerGenerator.checkFormat(format)
        let accepted = [[n], [1, n], [n, 1]]
        guard accepted.contains(array.shape), array.values.count == n else {
            throw WorkloadError.invalid(field: "activations", rule: "must have shape (\(n),), (1, \(n)) or (\(n), 1) to match the layer's in = \(n) (got \(NpyHeader.pythonShape(array.shape)))", location: array.name)
        }
        let scale = array.dtype.isInteger ? 1 / Double(1 << format.fractionBits) : 1
        var result = [Int16]()
        result.reserveCapacity(n)
        for (index, value) in array.values.enumerated() {
            guard let code = format.quantize(value * scale) else {
                throw WorkloadError.invalid(field: "activations", rule: "value at index \(index) is \(value) (activations must be finite)", location: array.name)
            }
            result.append(code)
        }
        return result
    }

    /// Unpadded size and block size of a direct import, from the array shapes alone.
    ///
    /// Shared by `direct` and the workload-file loader (which checks shapes from headers only).
    static func directShape(weights: [Int], permutation: [Int], rows: Int?, columns: Int?, weightsName: String,
                            permutationName: String) throws -> (rows: Int, columns: Int, blockSize: Int) {
        guard weights.count == 3, weights.allSatisfy({ $0 >= 1 }) else {
            throw WorkloadError.invalid(field: "weights", rule: "with k, weights must have shape (Mb, Nb, p), all at least 1 (got \(NpyHeader.pythonShape(weights)))", location: weightsName)
        }
        let blockRows = weights[0], blockColumns = weights[1], p = weights[2]
        guard p <= Int(Int32.max) else {
            throw WorkloadError.invalid(field: "weights", rule: "p = \(p) is too large (permutation values are 32-bit)", location: weightsName)
        }
        guard permutation == [blockRows, blockColumns] else {
            throw WorkloadError.invalid(field: "k", rule: "must have shape (Mb, Nb) = \(NpyHeader.pythonShape([blockRows, blockColumns])) to match the weights (got \(NpyHeader.pythonShape(permutation)))", location: permutationName)
        }
        let (fullRows, rowOverflow) = blockRows.multipliedReportingOverflow(by: p)
        let (fullColumns, columnOverflow) = blockColumns.multipliedReportingOverflow(by: p)
        let (slots, slotOverflow) = fullRows.multipliedReportingOverflow(by: blockColumns)
        guard !rowOverflow, !columnOverflow, !slotOverflow, slots < Int.max / 8 else {
            throw WorkloadError.invalid(field: "weights", rule: "shape \(NpyHeader.pythonShape(weights)) is too large", location: weightsName)
        }
        let m = rows ?? fullRows, n = columns ?? fullColumns
        guard m > fullRows - p, m <= fullRows else {
            throw WorkloadError.invalid(field: "out", rule: "must be in \(fullRows - p + 1)...\(fullRows) for \(blockRows) block-rows of p = \(p) (got \(m))", location: weightsName)
        }
        guard n > fullColumns - p, n <= fullColumns else {
            throw WorkloadError.invalid(field: "in", rule: "must be in \(fullColumns - p + 1)...\(fullColumns) for \(blockColumns) block-columns of p = \(p) (got \(n))", location: weightsName)
        }
        return (m, n, p)
    }

    /// Rejects the first NaN or infinity, naming its position `[i, j, ...]`.
    static func checkFinite(_ array: NpyArray, label: String) throws {
        guard let index = firstNonFinite(array.values) else { return }
        var position: [Int] = []
        var rest = index
        for dimension in array.shape.reversed() {
            position.append(dimension > 0 ? rest % dimension : 0)
            rest = dimension > 0 ? rest / dimension : 0
        }
        let place = position.reversed().map(String.init).joined(separator: ", ")
        throw WorkloadError.invalid(field: "weights", rule: "value at [\(place)] is \(array.values[index]) (weights must be finite)", location: label)
    }

    /// The index of the first NaN or infinity in `values`, or nil. Scans blocks of values for
    /// an all-ones exponent without a branch (vectorised): `(bits & exponent) + 2^52` reaches
    /// bit 63 exactly when the exponent is all ones. Looks inside a block only when it holds one.
    static func firstNonFinite(_ values: [Double]) -> Int? {
        let exponent: UInt64 = 0x7FF0_0000_0000_0000, carry: UInt64 = 0x0010_0000_0000_0000
        return values.withUnsafeBufferPointer { buffer -> Int? in
            let block = 1024
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + block)
                var flags: UInt64 = 0
                for i in start..<end { flags |= (buffer[i].bitPattern & exponent) &+ carry }
                if flags >> 63 != 0 {
                    for i in start..<end where !buffer[i].isFinite { return i }
                }
                start = end
            }
            return nil
        }
    }

    /// Calls `body(flatIndex, blockIndex, diagonal)` for every entry of an `m x n` row-major
    /// matrix, where `diagonal = (t - i) mod p` for local row `i` and local column `t`: the `k`
    /// whose permuted diagonal holds that entry. Walks rows in memory order, no divisions per entry.
    @inline(__always)
    private static func forEachEntry(m: Int, n: Int, p: Int, blockColumns: Int, _ body: (Int, Int, Int) -> Void) {
        for i in 0..<m {
            let r = i / p, localRow = i % p
            let rowBase = i * n
            for c in 0..<blockColumns {
                let block = r * blockColumns + c
                let columnStart = c * p
                var diagonal = (p - localRow) % p
                for t in 0..<min(p, n - columnStart) {
                    body(rowBase + columnStart + t, block, diagonal)
                    diagonal += 1
                    if diagonal == p { diagonal = 0 }
                }
            }
        }
    }
}
