import Foundation

/// How the kept weights of one pruned `m x n` matrix spread (`permsim spread`, docs/real-weights.md):
/// per-row and per-column kept counts relative to their mean, and the zero runs EIE encodes.
///
/// EIE gives row `i` to PE `i mod pes`; in column `j` a PE stores its kept rows in order, each
/// with the number of zeros since its previous one (its slice's "zero run"), and a run over 15
/// costs one padding entry per 16 zeros. A PE's work is its entries, padding included, over every
/// column (all inputs non-zero); `eieBalance` is the mean over PEs of that work over the largest.
public struct SpreadStatistics: Sendable, Equatable, Codable {
    public var rows: Int
    public var columns: Int
    public var kept: Int
    /// Coefficient of variation (standard deviation over mean) of the kept count per row / column.
    public var rowCV: Double
    public var columnCV: Double
    /// The 5th, 25th, 50th, 75th and 95th percentiles of the per-row / per-column count over its mean.
    public var rowQuantiles: [Double]
    public var columnQuantiles: [Double]
    /// Zero runs within a PE's slice of a column: mean, and 50th / 90th / 99th percentiles.
    public var runMean: Double
    public var runQuantiles: [Int]
    /// EIE padding entries per kept weight (runs over 15 zeros).
    public var paddingPerWeight: Double
    /// Mean over max of the per-PE entries (padding included), all inputs non-zero.
    public var eieBalance: Double

    public static let quantileLevels = [0.05, 0.25, 0.5, 0.75, 0.95]
    public static let runQuantileLevels = [0.5, 0.9, 0.99]

    /// Measures a bitmap of kept flat indices `i * n + j` (bit `f & 63` of word `f >> 6`).
    public static func measure(bitmap: [UInt64], rows m: Int, columns n: Int, pes: Int, maxZeroRun: Int = 15) -> SpreadStatistics {
        var rowCounts = [Int](repeating: 0, count: m)
        var columnCounts = [Int](repeating: 0, count: n)
        // Zeros since the previous kept row of (PE, column), in slice positions.
        var nextLocal = [Int](repeating: 0, count: pes * n)
        var peWork = [Int](repeating: 0, count: pes)
        let runLimit = (m + pes - 1) / pes + 1
        var runHistogram = [Int](repeating: 0, count: runLimit)
        var padding = 0, runSum = 0
        for i in 0..<m {
            let e = i % pes, local = i / pes
            var j = 0
            while j < n {
                let flat = i * n + j
                let word = bitmap[flat >> 6] >> UInt64(flat & 63)
                if word == 0 {
                    j += 64 - (flat & 63)
                    continue
                }
                j += word.trailingZeroBitCount
                guard j < n else { break }
                rowCounts[i] += 1
                columnCounts[j] += 1
                let run = local - nextLocal[e * n + j]
                nextLocal[e * n + j] = local + 1
                runHistogram[min(run, runLimit - 1)] += 1
                runSum += run
                let pads = run / (maxZeroRun + 1)
                padding += pads
                peWork[e] += 1 + pads
                j += 1
            }
        }
        let kept = rowCounts.reduce(0, +)
        let maxWork = peWork.max() ?? 0
        let meanWork = Double(peWork.reduce(0, +)) / Double(max(1, pes))
        return SpreadStatistics(
            rows: m, columns: n, kept: kept,
            rowCV: coefficientOfVariation(rowCounts), columnCV: coefficientOfVariation(columnCounts),
            rowQuantiles: relativeQuantiles(rowCounts), columnQuantiles: relativeQuantiles(columnCounts),
            runMean: kept > 0 ? Double(runSum) / Double(kept) : 0,
            runQuantiles: runQuantileLevels.map { histogramQuantile(runHistogram, level: $0) },
            paddingPerWeight: kept > 0 ? Double(padding) / Double(kept) : 0,
            eieBalance: maxWork > 0 ? meanWork / Double(maxWork) : 1)
    }

    static func coefficientOfVariation(_ counts: [Int]) -> Double {
        guard !counts.isEmpty else { return 0 }
        let mean = Double(counts.reduce(0, +)) / Double(counts.count)
        guard mean > 0 else { return 0 }
        let variance = counts.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(counts.count)
        return variance.squareRoot() / mean
    }

    /// Percentiles (nearest rank) of `counts / mean`.
    static func relativeQuantiles(_ counts: [Int]) -> [Double] {
        guard !counts.isEmpty else { return quantileLevels.map { _ in 0 } }
        let mean = Double(counts.reduce(0, +)) / Double(counts.count)
        let sorted = counts.sorted()
        return quantileLevels.map { level in
            let rank = min(sorted.count - 1, max(0, Int((level * Double(sorted.count)).rounded(.up)) - 1))
            return mean > 0 ? Double(sorted[rank]) / mean : 0
        }
    }

    /// The smallest value whose cumulative count reaches `level` of the total (nearest rank).
    static func histogramQuantile(_ histogram: [Int], level: Double) -> Int {
        let total = histogram.reduce(0, +)
        guard total > 0 else { return 0 }
        let rank = max(1, Int((level * Double(total)).rounded(.up)))
        var seen = 0
        for (value, count) in histogram.enumerated() {
            seen += count
            if seen >= rank { return value }
        }
        return histogram.count - 1
    }
}

/// The kept positions of magnitude pruning as bitmaps (`SpreadStatistics.measure` takes them).
extension MagnitudePruning {
    /// The flat indices `keptIndices` keeps, as a bitmap (bit `f & 63` of word `f >> 6`).
    public static func keptBitmap(values: [Double], count: Int) -> [UInt64] {
        var bitmap = [UInt64](repeating: 0, count: (values.count + 63) / 64)
        for flat in keptIndices(values, keep: max(0, count)).kept { bitmap[flat >> 6] |= 1 << UInt64(flat & 63) }
        return bitmap
    }

    /// One bitmap per count.
    public static func keptBitmaps(values: [Double], counts: [Int]) -> [[UInt64]] {
        counts.map { keptBitmap(values: values, count: $0) }
    }

    /// Uniformly random positions, as `EIELayer.generate` draws them with `--positions uniform`
    /// (Floyd's algorithm over the flat indices).
    public static func uniformBitmap(rows m: Int, columns n: Int, count: Int, rng: inout SplitMix64) -> [UInt64] {
        let total = m * n
        let count = max(0, min(total, count))
        var taken = [UInt64](repeating: 0, count: (total + 63) / 64)
        for t in (total - count)..<total {
            let r = rng.uniformInt(below: t + 1)
            let pick = taken[r >> 6] & (1 << UInt64(r & 63)) != 0 ? t : r
            taken[pick >> 6] |= 1 << UInt64(pick & 63)
        }
        return taken
    }
}

extension PositionSpread {
    /// One matrix measured at one density, for `fit`.
    public struct Measurement: Sendable {
        public var density: Double
        public var statistics: SpreadStatistics

        public init(density: Double, statistics: SpreadStatistics) {
            self.density = density
            self.statistics = statistics
        }
    }

    /// The spread of per-row (or per-column) counts beyond the binomial spread that uniform
    /// positions give: `sqrt(max(0, CV^2 - (1 - d) / (d cells)))` for rows of `cells` cells at
    /// density `d`. Unlike the CV it hardly depends on the matrix's shape, so matrices of
    /// different shapes can be pooled and a fit made on one shape holds for the others.
    static func excessCV(_ cv: Double, density: Double, cells: Int) -> Double {
        let binomial = density < 1 && cells > 0 ? (1 - density) / (density * Double(cells)) : 0
        return max(0, cv * cv - binomial).squareRoot()
    }

    /// The shape and seed the fit calibrates on.
    static let calibrationSize = 1024
    static let calibrationSeed: UInt64 = 0x5EED_5B4E_AD00

    /// The spread fitted to measurements: at each density, the sigmas whose generated layers
    /// (`calibrationSize` square, `calibrationSeed`) have the median row and column excess CV
    /// of the measured matrices, found by bisection on both sigmas at once (each moves its own
    /// spread), 20 steps over `[0, maximumSigma]`, rounded to the file's four decimals.
    public static func fit(_ measurements: [Measurement], source: String) throws -> PositionSpread {
        let densities = Set(measurements.map(\.density)).sorted()
        let points = try densities.map { density -> Point in
            let here = measurements.filter { $0.density == density }
            let rowTarget = median(here.map { excessCV($0.statistics.rowCV, density: density, cells: $0.statistics.columns) })
            let columnTarget = median(here.map { excessCV($0.statistics.columnCV, density: density, cells: $0.statistics.rows) })
            var row = (low: 0.0, high: maximumSigma), column = (low: 0.0, high: maximumSigma)
            let size = calibrationSize, kept = Int((density * Double(size * size)).rounded())
            for _ in 0..<20 {
                let trial = try PositionSpread(points: [Point(density: density, rowSigma: (row.low + row.high) / 2,
                                                              columnSigma: (column.low + column.high) / 2)], source: "")
                var rng = SplitMix64(seed: calibrationSeed)
                let stats = SpreadStatistics.measure(bitmap: trial.keptPositions(rows: size, columns: size, count: kept, rng: &rng),
                                                     rows: size, columns: size, pes: 64)
                if excessCV(stats.rowCV, density: density, cells: size) < rowTarget { row.low = trial.points[0].rowSigma } else { row.high = trial.points[0].rowSigma }
                if excessCV(stats.columnCV, density: density, cells: size) < columnTarget {
                    column.low = trial.points[0].columnSigma
                } else {
                    column.high = trial.points[0].columnSigma
                }
            }
            return Point(density: density, rowSigma: rounded((row.low + row.high) / 2), columnSigma: rounded((column.low + column.high) / 2))
        }
        return try PositionSpread(points: points, source: source)
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
