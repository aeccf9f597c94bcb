import FixedPoint
import Workloads

extension DiagonalLayer {
    /// `K` for a weight density: `round(density x D)`, at least 1, at most `D`.
    public static func diagonalCount(weightDensity: Double, rows: Int, columns: Int) throws -> Int {
        guard weightDensity.isFinite, weightDensity > 0, weightDensity <= 1 else {
            throw DiagonalError.invalid(field: "weight-density", rule: "must be a number in (0, 1] (got \(weightDensity))")
        }
        let count = max(rows, columns)
        return min(count, max(1, Int((weightDensity * Double(count)).rounded(.toNearestOrAwayFromZero))))
    }

    /// A seeded random diagonal layer for `spec`; deterministic on every platform.
    ///
    /// - `K = diagonalCount(weightDensity:)`; the offsets are `K` distinct values of `0..<D`
    ///   drawn by a partial Fisher-Yates shuffle (one `uniformInt` per kept offset), then sorted.
    /// - Weights: one `uniformInt` per kept weight, diagonal after diagonal, uniform codes of
    ///   `[-0.5, 0.5)` (`[-2^(F-1), 2^(F-1) - 1]`; for `F = 0`, `[-1, 1]`): PermDNN's generator's
    ///   range. A row keeps `density x n` weights on average, as with PermDNN, so outputs have
    ///   the same expected size.
    /// - Both from `SplitMix64(derive(seed, "diagonal/" + name))`; activations are
    ///   `LayerGenerator.activations(spec, format:, seed:)`, the stream every engine uses.
    public static func generate(spec: LayerSpec, format: FixedPointFormat = .default, seed: UInt64) throws -> DiagonalLayer {
        let activations = try LayerGenerator.activations(spec, format: format, seed: seed)
        let (m, n) = (spec.outputs, spec.inputs)
        let k = try diagonalCount(weightDensity: spec.weightDensity, rows: m, columns: n)
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "diagonal/" + spec.name))
        let count = max(m, n)
        // Partial Fisher-Yates over 0..<D with a sparse swap table (D may be large, K small).
        var swapped: [Int: Int] = [:]
        var offsets: [Int] = []
        offsets.reserveCapacity(k)
        for index in 0..<k {
            let pick = index + rng.uniformInt(below: count - index)
            let value = swapped[pick] ?? pick
            swapped[pick] = swapped[index] ?? index
            offsets.append(value)
        }
        offsets.sort()
        let (low, span) = format.fractionBits > 0 ? (-(1 << (format.fractionBits - 1)), 1 << format.fractionBits) : (-1, 3)
        let total = k * min(m, n)
        var weights = [Int16](repeating: 0, count: total)
        for index in 0..<total { weights[index] = Int16(low + rng.uniformInt(below: span)) }
        return try DiagonalLayer(name: spec.name, rows: m, columns: n, offsets: offsets, weights: weights,
                                 activations: activations, relu: spec.relu, format: format)
    }

    /// Projects a dense `out x in` matrix onto `K` diagonals: keeps the `K` offsets whose
    /// diagonals have the largest L2 norm (ties to the smaller offset) with their weights as they
    /// are, and drops the rest; this is the Frobenius-nearest `K`-diagonal matrix, since the
    /// diagonals are disjoint. The kept weights are quantised to 16 bits.
    ///
    /// Float arrays hold real values, integer arrays fixed-point codes (`code / 2^F`), as in
    /// `WeightImport`. The report gives `||W - P(W)||_F / ||W||_F` (the dropped diagonals'
    /// energy), the energy retained, `||P(W) - Q(P(W))||_F / ||W||_F` and the clipped weights.
    public static func fromDense(weights dense: NpyArray, diagonals k: Int, activations: [Int16], relu: Bool,
                                 format: FixedPointFormat = .default, name: String) throws -> DiagonalLayer {
        let (m, n) = try dense.checkedMatrix(label: name)
        let count = max(m, n), l = min(m, n)
        guard k >= 1, k <= count else {
            throw DiagonalError.invalid(field: "diagonals", rule: "layer '\(name)' has \(count) diagonals; K must be in 1...\(count) (got \(k))")
        }
        let scale = dense.realScale(format: format)
        let values = dense.values
        func index(_ d: Int, _ t: Int) -> Int { m >= n ? ((t + d) % m) * n + t : t * n + (t + d) % n }
        var energies = [Double](repeating: 0, count: count)
        var total = 0.0
        for d in 0..<count {
            var sum = 0.0
            for t in 0..<l {
                let w = values[index(d, t)] * scale
                sum += w * w
            }
            energies[d] = sum
            total += sum
        }
        let kept = (0..<count).sorted { energies[$0] != energies[$1] ? energies[$0] > energies[$1] : $0 < $1 }.prefix(k).sorted()
        var weights = [Int16](repeating: 0, count: k * l)
        var keptEnergy = 0.0, quantizationEnergy = 0.0, saturated = 0
        let codeScale = Double(1 << format.fractionBits)
        for (slot, d) in kept.enumerated() {
            keptEnergy += energies[d]
            for t in 0..<l {
                let w = values[index(d, t)] * scale
                let code = format.quantize(w) ?? 0
                let unclipped = (w * codeScale).rounded(.toNearestOrAwayFromZero)
                if unclipped > Double(Int16.max) || unclipped < Double(Int16.min) { saturated += 1 }
                let loss = w - format.real(code)
                quantizationEnergy += loss * loss
                weights[slot * l + t] = code
            }
        }
        let dropped = max(0, total - keptEnergy)
        let report = total > 0
            ? ProjectionReport(relativeError: (dropped / total).squareRoot(), retainedEnergy: keptEnergy / total,
                               quantizationError: (quantizationEnergy / total).squareRoot(), saturatedWeights: saturated)
            : ProjectionReport(relativeError: 0, retainedEnergy: 1, quantizationError: 0, saturatedWeights: saturated)
        return try DiagonalLayer(name: name, rows: m, columns: n, offsets: Array(kept), weights: weights, activations: activations,
                                 relu: relu, format: format, projection: report)
    }
}
