import ConfigSupport
import Foundation

/// Where a generated unstructured layer puts its kept weights: spread like real magnitude-pruned
/// weights (`fitted`, the default of `permsim run` and `compare`) or uniformly at random
/// (`uniform`, `--positions uniform`). Only formats that store arbitrary positions use it (EIE);
/// PermDNN's and CirCNN's structures fix their positions by construction.
public enum Positions: String, Sendable, CaseIterable {
    case fitted
    case uniform
}

/// The fitted spread of real pruned weights over rows and columns (`docs/real-weights.md`).
///
/// Model: row `i` has an importance `a_i = exp(sigma_row * z_i)` and column `j` an importance
/// `b_j = exp(sigma_column * z_j)` (`z` standard normal); the `K` kept positions are drawn one by
/// one with probability proportional to `a_i * b_j` among those not yet drawn (successive
/// sampling: exactly `K`, heavier rows and columns keep more). Real magnitude pruning spreads
/// less at higher density, so the sigmas are measured at each density of the EIE suite and
/// interpolated linearly in `log(density)` between them (clamped outside). The points are data
/// in `configs/workloads/positions.yaml`, written by `permsim spread --fit`.
public struct PositionSpread: Sendable, Equatable {
    /// The sigmas measured at one density.
    public struct Point: Sendable, Equatable {
        public var density: Double
        public var rowSigma: Double
        public var columnSigma: Double

        public init(density: Double, rowSigma: Double, columnSigma: Double) {
            self.density = density
            self.rowSigma = rowSigma
            self.columnSigma = columnSigma
        }
    }

    /// By increasing density, at least one.
    public var points: [Point]
    /// What was measured (weights, pruning, PEs), for reports.
    public var source: String

    /// The largest sigma accepted: beyond it a few rows hold nearly every weight and sampling
    /// slows down (real layers measured here stay below 1.5).
    public static let maximumSigma = 3.0

    public init(points: [Point], source: String) throws {
        guard !points.isEmpty else { throw WorkloadError.invalid(field: "points", rule: "must hold at least one density") }
        for (index, point) in points.enumerated() {
            guard point.density > 0, point.density <= 1 else {
                throw WorkloadError.invalid(field: "points[\(index)].density", rule: "must be in (0, 1] (got \(point.density))")
            }
            guard index == 0 || point.density > points[index - 1].density else {
                throw WorkloadError.invalid(field: "points[\(index)].density", rule: "densities must increase (got \(point.density) after \(points[index - 1].density))")
            }
            for (name, sigma) in [("row-sigma", point.rowSigma), ("column-sigma", point.columnSigma)] {
                guard sigma >= 0, sigma <= Self.maximumSigma else {
                    throw WorkloadError.invalid(field: "points[\(index)].\(name)", rule: "must be in [0, \(Self.maximumSigma)] (got \(sigma))")
                }
            }
        }
        self.points = points
        self.source = source
    }

    /// The sigmas at `density`: linear in `log(density)` between measured points, the nearest
    /// point's outside them.
    public func sigmas(density: Double) -> (row: Double, column: Double) {
        guard let first = points.first, let last = points.last else { return (0, 0) }
        if density <= first.density { return (first.rowSigma, first.columnSigma) }
        if density >= last.density { return (last.rowSigma, last.columnSigma) }
        let upper = points.firstIndex { $0.density >= density } ?? points.count - 1
        let a = points[upper - 1], b = points[upper]
        let t = (PortableMath.log(density) - PortableMath.log(a.density)) / (PortableMath.log(b.density) - PortableMath.log(a.density))
        return (a.rowSigma + t * (b.rowSigma - a.rowSigma), a.columnSigma + t * (b.columnSigma - a.columnSigma))
    }

    /// Exactly `count` distinct flat indices `i * n + j` of an `m x n` matrix, as a bitmap
    /// (bit `f & 63` of word `f >> 6`), drawn from `rng` in this order:
    /// 1. `z` for every row, then every column: a standard normal as the sum of 12 uniforms
    ///    minus 6 (Irwin-Hall; arithmetic only, so every platform draws the same positions);
    ///    importances `exp(sigma * z)` by `PortableMath.exp`.
    /// 2. Positions: a row from an alias table of the row importances, then a column from one of
    ///    the column importances (one `uniformUnit` each); taken unless already taken, until
    ///    `count` are. Above half the matrix the `m n - count` dropped positions are drawn
    ///    instead, with inverse importances (heavy rows and columns are dropped least).
    public func keptPositions(rows m: Int, columns n: Int, count: Int, rng: inout SplitMix64) -> [UInt64] {
        let total = m * n
        let count = max(0, min(total, count))
        let (rowSigma, columnSigma) = sigmas(density: total > 0 ? Double(count) / Double(total) : 1)
        let rowImportance = (0..<m).map { _ in PortableMath.exp(rowSigma * Self.standardNormal(&rng)) }
        let columnImportance = (0..<n).map { _ in PortableMath.exp(columnSigma * Self.standardNormal(&rng)) }
        let dropping = count * 2 > total
        let target = dropping ? total - count : count
        let rows = AliasTable(weights: dropping ? rowImportance.map { 1 / $0 } : rowImportance)
        let columns = AliasTable(weights: dropping ? columnImportance.map { 1 / $0 } : columnImportance)
        var taken = [UInt64](repeating: 0, count: (total + 63) / 64)
        var drawn = 0
        while drawn < target {
            let flat = rows.sample(&rng) * n + columns.sample(&rng)
            let bit: UInt64 = 1 << UInt64(flat & 63)
            if taken[flat >> 6] & bit == 0 {
                taken[flat >> 6] |= bit
                drawn += 1
            }
        }
        if dropping {
            for word in taken.indices { taken[word] = ~taken[word] }
            if total % 64 != 0 { taken[taken.count - 1] &= (1 << UInt64(total % 64)) - 1 }
        }
        return taken
    }

    /// A standard normal from 12 uniforms (Irwin-Hall): mean 0, variance 1, within +-6.
    static func standardNormal(_ rng: inout SplitMix64) -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += rng.uniformUnit() }
        return sum - 6
    }
}

extension PositionSpread {
    /// The file the generators read: `configs/workloads/positions.yaml`.
    public static var standardPath: String { ConfigDirectories.first("workloads") + "/positions.yaml" }

    /// The spread in `configs/workloads/positions.yaml` (read once per process).
    public static func standard() throws -> PositionSpread { try standardCache.get() }

    private static let standardCache = Result { try load(path: standardPath) }

    /// Reads a spread file (`permsim spread --fit` writes one); errors name the file, line and key.
    public static func load(path: String) throws -> PositionSpread {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw WorkloadError.invalid(field: "positions", rule: "the fitted spread cannot be read (needed for generated EIE layers; --positions uniform does without it)", location: path)
        }
        let root = try YAMLMapping(node: try YAMLMapping.parseDocument(text, file: path), path: "", file: path)
        try root.rejectUnknownKeys(["source", "measured-with", "points"])
        let source = try root.string("source") ?? ""
        guard let entries = try root.mappings("points") else { throw root.error("points", "is required: a list of density, row-sigma, column-sigma") }
        var points: [Point] = []
        for entry in entries {
            try entry.rejectUnknownKeys(["density", "row-sigma", "column-sigma"])
            guard let density = try entry.double("density"), let row = try entry.double("row-sigma"),
                  let column = try entry.double("column-sigma") else {
                throw entry.error("density", "each point needs density, row-sigma and column-sigma")
            }
            points.append(Point(density: density, rowSigma: row, columnSigma: column))
        }
        do {
            return try PositionSpread(points: points, source: source)
        } catch let WorkloadError.invalid(field, rule, _) {
            throw WorkloadError.invalid(field: field, rule: rule, location: path)
        }
    }

    /// The file `load` reads, with a header saying how it was measured.
    public func yaml(measuredWith command: String) -> String {
        var lines = [
            "# The spread of real magnitude-pruned weights over rows and columns (PositionSpread):",
            "# generated EIE layers draw their kept positions with these sigmas (docs/real-weights.md).",
            "# Written by the command below; do not edit by hand, re-measure instead.",
            "source: \(Self.quoted(source))",
            "measured-with: \(Self.quoted(command))",
            "points:",
        ]
        for point in points {
            lines.append("  - density: \(Self.decimal(point.density))")
            lines.append("    row-sigma: \(Self.decimal(point.rowSigma))")
            lines.append("    column-sigma: \(Self.decimal(point.columnSigma))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Four decimals: what the file keeps of a fitted value.
    static func decimal(_ value: Double) -> String { String(format: "%.4f", value) }
}

/// Vose's alias table: draws index `i` with probability `weights[i] / sum` from one uniform.
struct AliasTable {
    private var probability: [Double]
    private var alias: [Int]

    init(weights: [Double]) {
        let count = weights.count
        let sum = weights.reduce(0, +)
        var scaled = weights.map { sum > 0 ? $0 * Double(count) / sum : 1 }
        probability = [Double](repeating: 1, count: count)
        alias = Array(0..<count)
        var small = scaled.indices.filter { scaled[$0] < 1 }
        var large = scaled.indices.filter { scaled[$0] >= 1 }
        while let s = small.popLast(), let l = large.last {
            probability[s] = scaled[s]
            alias[s] = l
            scaled[l] = (scaled[l] + scaled[s]) - 1
            if scaled[l] < 1 {
                large.removeLast()
                small.append(l)
            }
        }
    }

    /// One index: column `u * count`, kept when its fraction is below the column's probability.
    func sample(_ rng: inout SplitMix64) -> Int {
        let u = rng.uniformUnit() * Double(probability.count)
        let index = min(probability.count - 1, Int(u))
        return u - Double(index) < probability[index] ? index : alias[index]
    }
}

/// `exp` and `log` from IEEE arithmetic alone (no platform math library), so generated
/// positions are the same bits everywhere.
enum PortableMath {
    /// `exp(x)` for `|x| <= 40`: `exp(x / 2^k)` by 20 Taylor terms with `|x / 2^k| < 1/2`, squared
    /// `k` times. Relative error below 1e-12 in that range.
    static func exp(_ x: Double) -> Double {
        let x = max(-40, min(40, x))
        var k = 0
        var reduced = x
        while abs(reduced) >= 0.5 { reduced /= 2; k += 1 }
        var term = 1.0, sum = 1.0
        for i in 1...20 {
            term *= reduced / Double(i)
            sum += term
        }
        for _ in 0..<k { sum *= sum }
        return sum
    }

    /// `log(x)` for `x > 0`: halving or doubling into `[1, 2)`, then
    /// `2 atanh((y - 1) / (y + 1))` by its series.
    static func log(_ x: Double) -> Double {
        guard x > 0 else { return -.infinity }
        var y = x, exponent = 0
        while y >= 2 { y /= 2; exponent += 1 }
        while y < 1 { y *= 2; exponent -= 1 }
        let s = (y - 1) / (y + 1), s2 = s * s
        var term = s, sum = 0.0
        for i in stride(from: 1, through: 61, by: 2) {
            sum += term / Double(i)
            term *= s2
        }
        return 2 * sum + Double(exponent) * 0.693_147_180_559_945_3
    }
}
