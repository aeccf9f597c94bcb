import ConfigSupport

/// `permsim spread`: real weights magnitude-pruned at each density, measured, and beside them the
/// same shapes generated with the fitted spread and with uniform positions, measured the same way.
public struct SpreadSurvey: Sendable {
    /// One matrix at one density from one source.
    public struct Row: Sendable, Equatable, Codable {
        /// `measured` (the real weights pruned), `fitted` or `uniform` (generated at that shape).
        public var source: String
        public var tensor: String
        public var density: Double
        public var statistics: SpreadStatistics
    }

    /// Medians over the matrices of one source at one density.
    public struct Summary: Sendable, Equatable, Codable {
        public var source: String
        public var density: Double
        public var matrices: Int
        public var rowCV: Double
        public var columnCV: Double
        public var rowP5: Double
        public var rowP95: Double
        public var columnP5: Double
        public var columnP95: Double
        public var runMean: Double
        public var runP90: Double
        public var paddingPerWeight: Double
        public var eieBalance: Double
    }

    public var rows: [Row]
    public var summaries: [Summary]
    /// The spread the `fitted` rows were generated with.
    public var spread: PositionSpread

    public static let sources = ["measured", "fitted", "uniform"]

    /// Measures `matrices` (name, dense `out x in` values) at every density, EIE's PE count
    /// `pes`, and generates the same shapes from `seed` with `spread` and uniformly.
    /// `fitting`: fit the spread to these measurements first (and generate with that fit).
    public static func run(matrices: [(name: String, array: NpyArray)], densities: [Double], pes: Int, seed: UInt64,
                           spread: PositionSpread?, fitting source: String?) throws -> SpreadSurvey {
        guard !matrices.isEmpty else { throw WorkloadError.invalid(field: "weights", rule: "no 2-D tensor to measure") }
        guard !densities.isEmpty, densities.allSatisfy({ $0 > 0 && $0 <= 1 }) else {
            throw WorkloadError.invalid(field: "--densities", rule: "must be numbers in (0, 1]")
        }
        let measured = try measure(matrices: matrices, densities: densities, pes: pes)
        let fit: PositionSpread
        if let source {
            fit = try Self.fit(measured, source: source)
        } else if let spread {
            fit = spread
        } else {
            throw WorkloadError.invalid(field: "positions", rule: "a spread to generate with is required")
        }
        var generated: [Row] = []
        for row in measured {
            let m = row.statistics.rows, n = row.statistics.columns, count = row.statistics.kept
            var fittedStream = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "spread/fitted/\(row.tensor)/\(row.density)"))
            let fitted = fit.keptPositions(rows: m, columns: n, count: count, rng: &fittedStream)
            generated.append(Row(source: "fitted", tensor: row.tensor, density: row.density,
                                 statistics: SpreadStatistics.measure(bitmap: fitted, rows: m, columns: n, pes: pes)))
            var uniformStream = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "spread/uniform/\(row.tensor)/\(row.density)"))
            let uniform = MagnitudePruning.uniformBitmap(rows: m, columns: n, count: count, rng: &uniformStream)
            generated.append(Row(source: "uniform", tensor: row.tensor, density: row.density,
                                 statistics: SpreadStatistics.measure(bitmap: uniform, rows: m, columns: n, pes: pes)))
        }
        let rows = measured + generated
        var summaries: [Summary] = []
        for density in densities {
            for source in sources {
                let here = rows.filter { $0.source == source && $0.density == density }.map(\.statistics)
                func median(_ value: (SpreadStatistics) -> Double) -> Double { PositionSpread.median(here.map(value)) }
                summaries.append(Summary(
                    source: source, density: density, matrices: here.count,
                    rowCV: median(\.rowCV), columnCV: median(\.columnCV),
                    rowP5: median { $0.rowQuantiles[0] }, rowP95: median { $0.rowQuantiles[4] },
                    columnP5: median { $0.columnQuantiles[0] }, columnP95: median { $0.columnQuantiles[4] },
                    runMean: median(\.runMean), runP90: median { Double($0.runQuantiles[1]) },
                    paddingPerWeight: median(\.paddingPerWeight), eieBalance: median(\.eieBalance)))
            }
        }
        return SpreadSurvey(rows: rows, summaries: summaries, spread: fit)
    }

    /// What a fit was measured on, for the spread file's `source:`.
    public static func sourceDescription(weights: String, matrices: Int, densities: [Double]) -> String {
        "\(weights): \(matrices) matrices magnitude-pruned at densities \(densities.map { "\($0)" }.joined(separator: ", ")); sigmas are medians over matrices"
    }

    /// The command that re-measures the committed spread file.
    public static let standardCommand = "permsim spread --network minilm-l6 --fit configs/workloads/positions.yaml"

    /// The real matrices magnitude-pruned at every density and measured (the `measured` rows).
    public static func measure(matrices: [(name: String, array: NpyArray)], densities: [Double], pes: Int) throws -> [Row] {
        guard pes >= 1 else { throw WorkloadError.invalid(field: "--pes", rule: "must be at least 1 (got \(pes))") }
        var measured: [Row] = []
        for (name, array) in matrices {
            let (m, n) = try array.checkedMatrix(label: name)
            let counts = densities.map { Int(($0 * Double(m * n)).rounded()) }
            let bitmaps = MagnitudePruning.keptBitmaps(values: array.values, counts: counts)
            for (density, bitmap) in zip(densities, bitmaps) {
                measured.append(Row(source: "measured", tensor: name, density: density,
                                    statistics: SpreadStatistics.measure(bitmap: bitmap, rows: m, columns: n, pes: pes)))
            }
        }
        return measured
    }

    /// The spread fitted to `measured` rows (`PositionSpread.fit`).
    public static func fit(_ measured: [Row], source: String) throws -> PositionSpread {
        try PositionSpread.fit(measured.map { PositionSpread.Measurement(density: $0.density, statistics: $0.statistics) }, source: source)
    }
}
