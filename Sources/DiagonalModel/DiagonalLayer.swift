import FixedPoint
import Workloads

/// One diagonal-sparse fully-connected layer: `rows x columns` (outputs x inputs) weights kept on
/// `K` diagonals of the whole matrix, plus the input vector.
///
/// A diagonal is DynaDiag's (Tyagi et al., "Dynamic Sparse Training of Diagonally Sparse
/// Networks", ICML 2025; its `get_mask_pseudo_diagonal_torch`): an `m x n` matrix has
/// `D = max(m, n)` diagonals of `L = min(m, n)` weights each, wrapping around the larger
/// dimension. Diagonal `d` (the offset, `0 <= d < D`) holds, for `t` in `0..<L`:
/// - tall (`m >= n`): weight `(row (t + d) mod m, column t)`;
/// - wide (`m < n`): weight `(row t, column (t + d) mod n)`.
/// Diagonals are disjoint and equally long, so `K` of them keep exactly `K L` weights, density
/// `K / D`. Weight `t` of diagonal `k` is `weights[k * L + t]`.
public struct DiagonalLayer: Sendable, Equatable {
    public let name: String
    /// Outputs `m`.
    public let rows: Int
    /// Inputs `n`.
    public let columns: Int
    /// The kept offsets, increasing and distinct, each in `0..<diagonalCount`.
    public let offsets: [Int]
    /// `offsets.count * length` 16-bit weights, diagonal after diagonal.
    public let weights: [Int16]
    /// The input vector (`columns` 16-bit activations).
    public private(set) var activations: [Int16]
    public let relu: Bool
    public let format: FixedPointFormat
    /// How much a projection from dense weights lost (nil for generated layers).
    public let projection: ProjectionReport?

    /// `D = max(m, n)`: how many diagonals the matrix has.
    public var diagonalCount: Int { max(rows, columns) }
    /// `L = min(m, n)`: weights per diagonal.
    public var length: Int { min(rows, columns) }
    /// Whether the matrix is tall (`m >= n`): diagonals wrap around the rows.
    public var isTall: Bool { rows >= columns }
    /// `K`.
    public var diagonals: Int { offsets.count }
    /// Kept weights, `K L`.
    public var storedWeights: Int { weights.count }
    /// `K / D`.
    public var weightDensity: Double { Double(offsets.count) / Double(diagonalCount) }

    public init(name: String, rows: Int, columns: Int, offsets: [Int], weights: [Int16], activations: [Int16],
                relu: Bool, format: FixedPointFormat = .default, projection: ProjectionReport? = nil) throws {
        guard rows >= 1, columns >= 1 else {
            throw DiagonalError.invalid(field: "shape", rule: "layer '\(name)' must have at least 1 row and 1 column (got \(rows) x \(columns))")
        }
        let count = max(rows, columns)
        guard !offsets.isEmpty else { throw DiagonalError.invalid(field: "offsets", rule: "layer '\(name)' needs at least one diagonal") }
        for (index, d) in offsets.enumerated() {
            guard d >= 0, d < count else {
                throw DiagonalError.invalid(field: "offsets", rule: "layer '\(name)': offset \(d) is outside 0..<\(count)")
            }
            guard index == 0 || offsets[index - 1] < d else {
                throw DiagonalError.invalid(field: "offsets", rule: "layer '\(name)': offsets must be increasing and distinct")
            }
        }
        let (expected, overflow) = offsets.count.multipliedReportingOverflow(by: min(rows, columns))
        guard !overflow, weights.count == expected else {
            throw DiagonalError.invalid(field: "weights", rule: "layer '\(name)' needs \(offsets.count) x \(min(rows, columns)) weights (got \(weights.count))")
        }
        guard activations.count == columns else {
            throw DiagonalError.invalid(field: "activations", rule: "layer '\(name)' needs \(columns) activations (got \(activations.count))")
        }
        self.name = name
        self.rows = rows
        self.columns = columns
        self.offsets = offsets
        self.weights = weights
        self.activations = activations
        self.relu = relu
        self.format = format
        self.projection = projection
    }

    /// Replaces the input vector (a network's previous output).
    public mutating func setActivations(_ input: [Int16]) throws {
        guard input.count == columns else {
            throw DiagonalError.invalid(field: "activations", rule: "layer '\(name)' needs \(columns) activations (got \(input.count))")
        }
        activations = input
    }

    /// Where column `j` meets the diagonal of offset `d`: the row and the position `t` along the
    /// diagonal, or nil when the diagonal has no weight in that column (wide matrices only).
    @inlinable public func entry(column j: Int, offset d: Int) -> (row: Int, position: Int)? {
        if rows >= columns {
            let row = j + d
            return (row < rows ? row : row - rows, j)
        }
        let t = j >= d ? j - d : j - d + columns
        return t < rows ? (t, t) : nil
    }

    /// The dense `m x n` matrix (row-major), for tests and projections.
    public func denseWeights() -> [Int16] {
        var dense = [Int16](repeating: 0, count: rows * columns)
        let l = length
        for (k, d) in offsets.enumerated() {
            for t in 0..<l {
                let (i, j) = rows >= columns ? ((t + d) % rows, t) : (t, (t + d) % columns)
                dense[i * columns + j] = weights[k * l + t]
            }
        }
        return dense
    }
}
