import ConfigSupport
import FixedPoint

/// Where the permutation value `k(r,c)` of each block comes from.
///
/// `stored`: one value per block held in the permutation SRAM (trained or random values).
/// `formula`: `k(r,c) = (r * Nb + c) mod p`, computed by the index calculator with no storage.
/// Source: `shared/spec/architecture.md` §1.1 [paper: PermDNN] for both options.
public enum PermutationSource: String, Sendable, Codable, CaseIterable {
    case stored
    case formula
}

/// An `m x n` weight matrix in block permuted-diagonal form, in 16-bit fixed point.
///
/// The matrix is padded to `Mb*p x Nb*p`. Block `(r, c)` is a `p x p` permuted-diagonal
/// matrix with permutation value `k = k(r,c)`: local column `t` holds its only non-zero at
/// local row `(t - k) mod p` (equivalently local row `i` at local column `(i + k) mod p`).
/// Storage: `Mb*Nb*p` weights and `Mb*Nb` permutation values, no per-weight index. The weights
/// are stored as codes of `encoding` (`pe.weight-format`): for `fixed16` (the default) a code is
/// the 16-bit weight; `decodedWeights` gives the 16-bit weights of every format.
public struct PermutedDiagonalMatrix: Sendable, Equatable {
    /// Output rows `m` before padding.
    public let rows: Int
    /// Input columns `n` before padding.
    public let columns: Int
    /// Block size `p` (1 or more, any integer: need not be a power of two).
    public let blockSize: Int
    /// Permutation values, row-major by block: `permutation[r * Nb + c]` in `0..<p`.
    public private(set) var permutation: [Int32]
    /// Stored weight codes, `weights[(r * Nb + c) * p + t]` = the code of the non-zero of local
    /// column `t` of block `(r, c)` (for `fixed16`, the 16-bit weight itself).
    public private(set) var weights: [Int16]
    /// Whether `permutation` is held in SRAM or produced by the formula.
    public let permutationSource: PermutationSource
    /// How `weights` code the 16-bit weights (format, `fixed8` shift, `codebook4` codebook).
    public let encoding: WeightEncoding

    /// Block-rows `Mb = ceil(m / p)`.
    public var blockRows: Int { (rows + blockSize - 1) / blockSize }
    /// Block-columns `Nb = ceil(n / p)`.
    public var blockColumns: Int { (columns + blockSize - 1) / blockSize }
    /// Zero rows added to make `m` a multiple of `p`.
    public var paddedRows: Int { blockRows * blockSize - rows }
    /// Zero columns added to make `n` a multiple of `p`.
    public var paddedColumns: Int { blockColumns * blockSize - columns }

    /// The formula permutation value `(r * Nb + c) mod p`.
    @inlinable public static func formulaPermutation(blockRow r: Int, blockColumn c: Int, blockColumns: Int, blockSize p: Int) -> Int {
        (r * blockColumns + c) % p
    }

    /// Builds a matrix from its parts. Throws when a size, a permutation value, the encoding or
    /// a code (outside the format's range) breaks a rule.
    public init(rows: Int, columns: Int, blockSize: Int, permutation: [Int32], weights: [Int16],
                permutationSource: PermutationSource, encoding: WeightEncoding = .fixed16) throws {
        guard rows >= 1 else { throw WorkloadError.invalid(field: "out", rule: "must be at least 1 (got \(rows))") }
        guard columns >= 1 else { throw WorkloadError.invalid(field: "in", rule: "must be at least 1 (got \(columns))") }
        guard blockSize >= 1 else { throw WorkloadError.invalid(field: "p", rule: "must be at least 1 (got \(blockSize))") }
        self.rows = rows
        self.columns = columns
        self.blockSize = blockSize
        self.permutationSource = permutationSource
        self.encoding = encoding
        self.permutation = []
        self.weights = []
        let blocks = blockRows * blockColumns
        guard permutation.count == blocks else {
            throw WorkloadError.invalid(field: "k", rule: "needs \(blocks) permutation values (Mb x Nb = \(blockRows) x \(blockColumns)), got \(permutation.count)")
        }
        guard weights.count == blocks * blockSize else {
            throw WorkloadError.invalid(field: "weights", rule: "needs \(blocks * blockSize) values (Mb x Nb x p), got \(weights.count)")
        }
        for (index, k) in permutation.enumerated() where k < 0 || Int(k) >= blockSize {
            throw WorkloadError.invalid(field: "k", rule: "value \(k) of block \(index / blockColumns),\(index % blockColumns) must be in [0, \(blockSize))")
        }
        if permutationSource == .formula {
            for r in 0..<blockRows {
                for c in 0..<blockColumns where Int(permutation[r * blockColumns + c]) != Self.formulaPermutation(blockRow: r, blockColumn: c, blockColumns: blockColumns, blockSize: blockSize) {
                    throw WorkloadError.invalid(field: "k", rule: "block \(r),\(c) differs from the formula (r*Nb + c) mod p")
                }
            }
        }
        if let rule = encoding.violation { throw WorkloadError.invalid(field: "weights", rule: rule) }
        if encoding.format != .fixed16 {
            let range = encoding.codeRange
            if let index = weights.firstIndex(where: { !range.contains(Int($0)) }) {
                throw WorkloadError.invalid(field: "weights", rule: "code \(weights[index]) at \(index) is outside the \(encoding.format.rawValue) codes \(range)")
            }
        }
        self.permutation = permutation
        self.weights = weights
    }

    /// The 16-bit weights the multipliers see, laid out like `weights` (`weights` itself for
    /// `fixed16`).
    public var decodedWeights: [Int16] { encoding.decode(weights) }

    /// `k(r, c)`.
    @inlinable public func permutationValue(blockRow r: Int, blockColumn c: Int) -> Int {
        Int(permutation[r * blockColumns + c])
    }

    /// The 16-bit weight (decoded) at dense position `(row, column)` of the padded matrix (0 off the
    /// permuted diagonal).
    public func weight(row: Int, column: Int) -> Int16 {
        let p = blockSize
        let r = row / p, c = column / p
        let t = column % p
        let k = permutationValue(blockRow: r, blockColumn: c)
        let rowOfColumn = ((t - k) % p + p) % p
        return rowOfColumn == row % p ? encoding.decode(weights[(r * blockColumns + c) * p + t]) : 0
    }
}
