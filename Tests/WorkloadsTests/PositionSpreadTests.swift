import Foundation
import PermSimTestSupport
import Testing
@testable import Workloads

/// The fitted spread of generated EIE layers' weights (`PositionSpread`) and its measurement.
@Suite struct PositionSpreadTests {
    static let spread = try! PositionSpread(points: [.init(density: 0.05, rowSigma: 0.6, columnSigma: 0.4),
                                                     .init(density: 0.2, rowSigma: 0.3, columnSigma: 0.2)], source: "test")

    static func count(_ bitmap: [UInt64]) -> Int { bitmap.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Exactly K distinct positions inside the matrix, at any density (the complement draw
    /// above one half included), and the same bits for the same seed.
    @Test(arguments: [0.0, 0.01, 0.05, 0.1, 0.3, 0.5, 0.51, 0.9, 1.0])
    func drawsExactlyKPositions(density: Double) {
        for (m, n) in [(37, 53), (64, 64), (1, 100), (100, 1)] {
            let kept = Int((density * Double(m * n)).rounded())
            var a = SplitMix64(seed: 11), b = SplitMix64(seed: 11)
            let first = Self.spread.keptPositions(rows: m, columns: n, count: kept, rng: &a)
            let second = Self.spread.keptPositions(rows: m, columns: n, count: kept, rng: &b)
            #expect(first == second)
            #expect(Self.count(first) == kept, "\(m)x\(n) at \(density)")
            #expect(first.count == (m * n + 63) / 64)
            if (m * n) % 64 != 0 { #expect(first.last! >> UInt64((m * n) % 64) == 0, "bits past the matrix") }
        }
    }

    /// With sigma 0 the spread is binomial, like uniform positions; with the fitted sigmas the
    /// rows and columns spread more, and the fit recovers the sigmas it was generated with.
    @Test func fitRecoversTheSigmasOfGeneratedLayers() throws {
        let m = 1200, n = 1000, density = 0.1, kept = Int(density * Double(m * n))
        let flat = try PositionSpread(points: [.init(density: density, rowSigma: 0, columnSigma: 0)], source: "flat")
        var rng = SplitMix64(seed: 3)
        let flatStats = SpreadStatistics.measure(bitmap: flat.keptPositions(rows: m, columns: n, count: kept, rng: &rng), rows: m, columns: n, pes: 64)
        let binomialRowCV = ((1 - density) / (density * Double(n))).squareRoot()
        #expect(abs(flatStats.rowCV - binomialRowCV) < 0.2 * binomialRowCV, "\(flatStats.rowCV) vs \(binomialRowCV)")
        for (rowSigma, columnSigma) in [(0.5, 0.3), (0.3, 0.6), (0.8, 0.1)] {
            let truth = try PositionSpread(points: [.init(density: density, rowSigma: rowSigma, columnSigma: columnSigma)], source: "truth")
            var stream = SplitMix64(seed: 5)
            let stats = SpreadStatistics.measure(bitmap: truth.keptPositions(rows: m, columns: n, count: kept, rng: &stream), rows: m, columns: n, pes: 64)
            let fit = try PositionSpread.fit([.init(density: density, statistics: stats)], source: "fit")
            #expect(abs(fit.points[0].rowSigma - rowSigma) < 0.1, "row \(rowSigma): fitted \(fit.points[0].rowSigma)")
            #expect(abs(fit.points[0].columnSigma - columnSigma) < 0.1, "column \(columnSigma): fitted \(fit.points[0].columnSigma)")
            #expect(stats.eieBalance < flatStats.eieBalance)
        }
    }

    @Test func sigmasInterpolateInLogDensityAndClamp() {
        #expect(Self.spread.sigmas(density: 0.05) == (0.6, 0.4))
        #expect(Self.spread.sigmas(density: 0.01) == (0.6, 0.4))
        #expect(Self.spread.sigmas(density: 0.9) == (0.3, 0.2))
        let middle = Self.spread.sigmas(density: 0.1)   // halfway in log between 0.05 and 0.2
        #expect(abs(middle.row - 0.45) < 1e-9 && abs(middle.column - 0.3) < 1e-9)
    }

    @Test func portableMathMatchesTheLibrary() {
        for x in stride(from: -12.0, through: 12.0, by: 0.37) {
            #expect(abs(PortableMath.exp(x) - Foundation.exp(x)) <= 1e-12 * Foundation.exp(x), "exp(\(x))")
        }
        for x in [1e-6, 0.003, 0.04, 0.5, 1, 1.7, 2, 10, 12345.6] {
            #expect(abs(PortableMath.log(x) - Foundation.log(x)) <= 1e-12 * max(1, abs(Foundation.log(x))), "log(\(x))")
        }
    }

    /// The file round-trips, and bad files are refused naming the file and the key.
    @Test func spreadFilesRoundTripAndBadOnesAreRefused() throws {
        let directory = try TemporaryDirectory(prefix: "permsim-spread")
        defer { directory.remove() }
        let path = directory.path + "/positions.yaml"
        try Self.spread.yaml(measuredWith: "test").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try PositionSpread.load(path: path) == Self.spread)
        let bad: [(String, String)] = [
            ("points:\n  - {density: 0.2, row-sigma: 0.1, column-sigma: 0.1}\n  - {density: 0.1, row-sigma: 0.1, column-sigma: 0.1}\n", "densities must increase"),
            ("points:\n  - {density: 0.2, row-sigma: 9, column-sigma: 0.1}\n", "row-sigma"),
            ("points:\n  - {density: 0, row-sigma: 0.1, column-sigma: 0.1}\n", "must be in (0, 1]"),
            ("points: []\n", "at least one density"),
            ("points:\n  - {density: 0.2, row-sigma: 0.1}\n", "each point needs"),
            ("pointz: []\n", "pointz"),
        ]
        for (text, expected) in bad {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            do {
                _ = try PositionSpread.load(path: path)
                Issue.record("accepted: \(text)")
            } catch {
                #expect("\(error)".contains(expected) && "\(error)".contains(path), "\(error)")
            }
        }
    }

    /// Magnitude pruning keeps the K largest magnitudes, ties to the smaller flat index, and
    /// the measurement counts rows, columns, zero runs and EIE padding by hand on a small case.
    @Test func pruningAndMeasurementOnAHandCase() {
        // 4 x 3, values chosen so that K = 5 keeps |4|, |3|, |3| and two of the three |2|.
        let values: [Double] = [2, 0, -3,
                                4, 2, 0,
                                0, 0, 3,
                                2, 1, 0]
        let bitmap = MagnitudePruning.keptBitmap(values: values, count: 5)
        let kept = (0..<12).filter { bitmap[0] >> UInt64($0) & 1 == 1 }
        #expect(kept == [0, 2, 3, 4, 8])
        let stats = SpreadStatistics.measure(bitmap: bitmap, rows: 4, columns: 3, pes: 2, maxZeroRun: 0)
        #expect(stats.kept == 5)
        // Rows: 2, 2, 1, 0 (mean 1.25); columns: 2, 1, 2.
        #expect(abs(stats.rowCV - (0.6875.squareRoot() / 1.25)) < 1e-12)
        // PE 0 holds rows 0 and 2, PE 1 rows 1 and 3. Column 0: PE 0 row 0 (run 0), PE 1 row 1
        // (run 0); column 1: PE 1 row 1 (run 0); column 2: PE 0 rows 0 (run 0) and 2 (run 0).
        #expect(stats.runMean == 0 && stats.paddingPerWeight == 0)
        #expect(stats.eieBalance == 2.5 / 3)
    }

    /// The committed spread file is what `permsim spread --network minilm-l6 --fit` measures
    /// from the real weights (when they are cached; the test command caches them).
    @Test(.enabled(if: RealNetwork.miniLM.isCached || ProcessInfo.processInfo.environment["PERMSIM_REQUIRE_MINILM"] == "1"))
    func committedFitIsReproducedFromMiniLM() throws {
        let network = RealNetwork.miniLM
        let file = try SafeTensorsFile.open(path: network.checkedPath())
        let matrices = try network.tensors.map { ($0.layer, try file.tensor(named: $0.tensor)) }
        let densities = Array(Set(WorkloadCatalog.eieSuite.map(\.weightDensity))).sorted()
        let measured = try SpreadSurvey.measure(matrices: matrices, densities: densities, pes: 64)
        let fit = try SpreadSurvey.fit(measured, source: SpreadSurvey.sourceDescription(weights: "minilm-l6", matrices: 36, densities: densities))
        let committed = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("configs/workloads/positions.yaml"), encoding: .utf8)
        #expect(fit.yaml(measuredWith: SpreadSurvey.standardCommand) == committed)
    }
}
