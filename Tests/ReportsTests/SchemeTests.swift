import Foundation
import PermSim
import PermSimTestSupport
import Testing
import Workloads
@testable import Reports

private let tech = RepositoryPaths.root.appendingPathComponent("configs/tech").path

/// `permsim compare --suite schemes`: group sparsity's projection, every scheme on its engine at
/// every sparsity (bit-exact, at the density its structure has), and the committed report.
@Suite struct SchemeTests {
    /// Rows of norms 5, 0, 13, 1 (out of 4, 3 inputs): at density 1/2 the two largest, rows 0
    /// and 2, stay; the dropped energy is 0 + 1 of 195, so the error is sqrt(1 / 195).
    @Test func groupSparsityKeepsTheRowsOfLargestNorm() throws {
        let weights = NpyArray(shape: [4, 3], dtype: .float32, values: [3, 4, 0, 0, 0, 0, 5, 0, 12, 0, 1, 0])
        let (rows, error) = try GroupSparsity.project(weights, density: 0.5)
        #expect(rows == [0, 2])
        #expect(abs(error - (1.0 / 195).squareRoot()) < 1e-12)
        #expect(GroupSparsity.keptRows(outputs: 768, density: 0.125) == 96)
        #expect(GroupSparsity.keptRows(outputs: 3, density: 0.1) == 1)
        #expect(try GroupSparsity.project(weights, density: 1).relativeError == 0)
        #expect(throws: (any Error).self) { try GroupSparsity.project(NpyArray(shape: [4], dtype: .float32, values: [1, 2, 3, 4]), density: 0.5) }
    }

    /// Every scheme runs at every sparsity it can represent, checked against its reference (a
    /// mismatch throws); N:M says why it has no 87.5% or 90%; real weights carry each scheme's
    /// projection error, group's equal to `GroupSparsity`'s; the report does not depend on the
    /// number of cores.
    @Test func everySchemeAtEverySparsity() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-schemes-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var rng = SplitMix64(seed: 14)
        let (rows, columns) = (120, 96)
        let values = (0..<rows * columns).map { _ in Double(rng.uniformInt(below: 2001)) / 1000 - 1 }
        let weights = directory.appendingPathComponent("w.npy")
        try Data(NpyWriter.write(shape: [rows, columns], dtype: .float32, values: values)).write(to: weights)
        let file = directory.appendingPathComponent("real.yaml")
        try "layers:\n  - {name: real-fc, weights: w.npy, p: 2, act-density: 0.5}\n".write(to: file, atomically: true, encoding: .utf8)
        let custom = WorkloadSelection.CustomLayer(inputs: 160, outputs: 200, weightDensity: 0.5, activationDensity: 0.5)
        var comparison = SchemeComparison(selection: WorkloadSelection(workloadFile: file.path, custom: custom), technologyDirectory: tech)
        comparison.parallelism = 1
        let report = try await comparison.run()
        let names = report.schemes.map(\.scheme)
        #expect(names == ["permdnn", "diagonal", "nm", "unstructured", "group", "circnn"])
        for scheme in names {
            let sparsities = scheme == "nm" ? [0.5, 0.75] : SchemeComparison.sparsities
            #expect(Set(report.rows.filter { $0.scheme == scheme }.map(\.sparsity)) == Set(sparsities), "\(scheme)")
            for row in report.rows where row.scheme == scheme {
                #expect(row.workload == "real-fc" ? row.projectionError != nil : row.projectionError == nil, "\(scheme) \(row.workload)")
                // CirCNN's power-of-two blocks put 90% at 1/8; the others keep within a few percent.
                let tolerance = scheme == "circnn" ? 0.026 : 0.02
                #expect(abs(row.weightDensity - (1 - row.sparsity)) <= tolerance, "\(scheme) at \(row.sparsity): density \(row.weightDensity)")
            }
        }
        #expect(report.notRun.filter { $0.scheme == "nm" }.map(\.sparsity).sorted() == [0.875, 0.875, 0.9, 0.9])
        let dense = try WeightFile.read(path: weights.path, tensor: nil)
        for row in report.rows where row.scheme == "group" && row.workload == "real-fc" {
            let expected = try GroupSparsity.project(dense, density: 1 - row.sparsity).relativeError
            #expect(row.projectionError == ReportNumber.rounded(expected))
        }
        // At equal density, unstructured magnitude pruning has the least projection error.
        for sparsity in SchemeComparison.sparsities {
            let real = report.rows.filter { $0.workload == "real-fc" && $0.sparsity == sparsity }
            let floor = try #require(real.first { $0.scheme == "unstructured" }?.projectionError)
            #expect(real.allSatisfy { ($0.projectionError ?? 0) >= floor - 1e-9 }, "at \(sparsity)")
        }
        comparison.parallelism = 3
        #expect(try await comparison.run() == report)
        let files = try SchemeReportFiles.contents(of: report)
        #expect(files.map(\.path).contains(SchemeReportFiles.markdown))
        #expect(files.first { $0.path == SchemeReportFiles.rowsCSV }?.text.split(separator: "\n").count == report.rows.count + 1)
    }

    /// The committed `reports/schemes/` is what `permsim compare --suite schemes --output-dir
    /// reports/schemes` writes (ViT-B/16 and MiniLM's real weights, which the test command
    /// fetches; without them, and not required, the test has nothing to compare).
    @Test(.enabled(if: RealNetwork.miniLM.isCached || ProcessInfo.processInfo.environment["PERMSIM_REQUIRE_MINILM"] == "1"))
    func committedSchemesReportIsRegenerated() async throws {
        let selection = WorkloadSelection(workloads: SchemeComparison.vitLayers, networks: ["minilm-l6"])
        let report = try await SchemeComparison(selection: selection, technologyDirectory: tech).run()
        let goldens = GoldenFiles(directory: RepositoryPaths.root.appendingPathComponent("reports/\(SchemeComparison.reportFolder)"),
                                  exhaustive: true, testFilter: "committedSchemesReportIsRegenerated")
        try goldens.check(try SchemeReportFiles.contents(of: report).map { ($0.path, Data($0.text.utf8)) })
    }
}
