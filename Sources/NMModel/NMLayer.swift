import FixedPoint
import Workloads

/// One fully connected layer in N:M form: of every group of 4 contiguous inputs, each output
/// row keeps exactly `kept` weights, stored as 16-bit values plus 2-bit in-group indices.
///
/// Layout (row-major, as the compressed matrix and its metadata of hipSPARSELt and cuSPARSELt,
/// `docs/nm-model.md`): for row `i` and group `g` (inputs `4g ..< 4g+4`), slot `s < kept` is
/// `values[(i*G + g)*kept + s]` with index `indices[...]` in `0..<4`; the indices of a group
/// are strictly increasing, so the slots of a row run in increasing input order.
///
/// Inputs not a multiple of 4 are zero padded: the last group has `4G - n` padding inputs
/// (activation 0). A slot may point at padding only with value 0 (a row that keeps fewer than
/// `kept` real weights there); the hardware still multiplies it (by 0).
public struct NMLayer: Sendable, Equatable {
    public var name: String
    /// Output rows `m`.
    public let rows: Int
    /// Input columns `n`.
    public let columns: Int
    /// Weights kept per group of 4 (1, 2 or 3).
    public let kept: Int
    /// Stored values, `m * G * kept`.
    public let values: [Int16]
    /// Stored in-group indices (2 bits each in hardware), same layout as `values`.
    public let indices: [UInt8]
    /// Input vector (`n` 16-bit codes).
    public private(set) var activations: [Int16]
    public var relu: Bool
    public let format: FixedPointFormat
    /// The loss of projecting real dense weights (`nil` for generated layers).
    public var projection: NMProjection?

    /// Groups `G = ceil(n / 4)`.
    public var groups: Int { (columns + NMConfig.groupSize - 1) / NMConfig.groupSize }
    /// Zero inputs appended to make `n` a multiple of 4.
    public var paddedColumns: Int { groups * NMConfig.groupSize - columns }
    /// Stored weights: `m * G * kept` (each with its index).
    public var storedWeights: Int { values.count }
    /// The stored fraction of the dense weights: `kept / 4`.
    public var weightDensity: Double { Double(kept) / Double(NMConfig.groupSize) }

    /// Checks the shape, the counts, every index (in `0..<4`, strictly increasing within a group)
    /// and that slots in the padding hold 0; throws `NMError.invalid` naming the field.
    public init(name: String, rows: Int, columns: Int, kept: Int, values: [Int16], indices: [UInt8], activations: [Int16],
                relu: Bool, format: FixedPointFormat, projection: NMProjection? = nil) throws {
        guard rows >= 1, columns >= 1 else {
            throw NMError.invalid(field: "shape", rule: "layer '\(name)' must have at least 1 row and 1 column (got \(rows) x \(columns))")
        }
        guard (1...3).contains(kept) else { throw NMError.invalid(field: "nm.kept", rule: "must be in 1...3 (got \(kept))") }
        guard FixedPointFormat.fractionBitsRange.contains(format.fractionBits),
              FixedPointFormat.accumulatorBitsRange.contains(format.accumulatorBits) else {
            throw NMError.invalid(field: "fixed-point", rule: "fraction bits 0...15 and accumulator bits 16...48 (got \(format.fractionBits), \(format.accumulatorBits))")
        }
        let groups = (columns + NMConfig.groupSize - 1) / NMConfig.groupSize
        let (count, overflow) = rows.multipliedReportingOverflow(by: groups * kept)
        guard !overflow, values.count == count, indices.count == count else {
            throw NMError.invalid(field: "weights", rule: "layer '\(name)' needs \(rows) x \(groups) x \(kept) values and indices (got \(values.count), \(indices.count))")
        }
        guard activations.count == columns else {
            throw NMError.invalid(field: "activations", rule: "layer '\(name)' needs \(columns) inputs (got \(activations.count))")
        }
        for base in stride(from: 0, to: count, by: kept) {
            var previous = -1
            for slot in 0..<kept {
                let index = Int(indices[base + slot])
                guard index > previous, index < NMConfig.groupSize else {
                    throw NMError.invalid(field: "indices", rule: "layer '\(name)': the indices of a group must be strictly increasing in 0...3 (group \(base / kept): \(indices[base..<base + kept].map { Int($0) }))")
                }
                previous = index
                let group = (base / kept) % groups
                if group * NMConfig.groupSize + index >= columns, values[base + slot] != 0 {
                    throw NMError.invalid(field: "weights", rule: "layer '\(name)': a slot in the zero padding must hold 0 (row \(base / kept / groups), group \(group), index \(index))")
                }
            }
        }
        self.name = name
        self.rows = rows
        self.columns = columns
        self.kept = kept
        self.values = values
        self.indices = indices
        self.activations = activations
        self.relu = relu
        self.format = format
        self.projection = projection
    }

    /// Replaces the input vector (a network's previous output).
    public mutating func setActivations(_ activations: [Int16]) throws {
        guard activations.count == columns else {
            throw NMError.invalid(field: "activations", rule: "layer '\(name)' needs \(columns) inputs (got \(activations.count))")
        }
        self.activations = activations
    }

    /// The dense `m x n` weights (row-major) the layer stands for: pruned entries are 0.
    public func denseWeights() -> [Int16] {
        var dense = [Int16](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for g in 0..<groups {
                for s in 0..<kept {
                    let slot = (i * groups + g) * kept + s
                    let j = g * NMConfig.groupSize + Int(indices[slot])
                    if j < columns { dense[i * columns + j] = values[slot] }
                }
            }
        }
        return dense
    }
}

/// What projecting real dense weights onto N:M form lost (`NMLayer.fromDense`).
public struct NMProjection: Sendable, Equatable, Codable {
    /// `||W - P(W)|| / ||W||` over the real weights (Frobenius norms), before quantisation.
    public var relativeError: Double
    /// `||P(W) - Q(P(W))|| / ||W||`: the loss of rounding the kept weights to 16-bit codes.
    public var quantizationError: Double
    /// Kept weights clipped to the 16-bit range.
    public var saturatedWeights: Int
    /// Non-zero weights the projection dropped.
    public var prunedWeights: Int

    public init(relativeError: Double, quantizationError: Double, saturatedWeights: Int, prunedWeights: Int) {
        self.relativeError = relativeError
        self.quantizationError = quantizationError
        self.saturatedWeights = saturatedWeights
        self.prunedWeights = prunedWeights
    }
}
