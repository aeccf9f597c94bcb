import Foundation
import Testing
@testable import Reports

/// The repository root: this file is `Tests/ReportsTests/ReportsTests.swift`.
private let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite struct ReportsTests {
    /// The committed `reports/` is exactly what `permsim compare` writes from the committed code.
    @Test func committedReportsAreRegenerated() throws {
        let comparison = Comparison(selection: ComparisonSelection(), technologyDirectory: root.appendingPathComponent("configs/tech").path)
        let report = try comparison.run()
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let written = try ReportFiles.write(report, to: temporary.path)
        let committedRoot = root.appendingPathComponent("reports")
        let committed = try #require(FileManager.default.subpaths(atPath: committedRoot.path))
            .filter { !$0.hasSuffix("/") && !isDirectory(committedRoot.appendingPathComponent($0)) }.sorted()
        #expect(committed == written.sorted(), "files differ; regenerate with `swift run permsim compare` from the repository root")
        for path in written {
            let fresh = try Data(contentsOf: temporary.appendingPathComponent(path))
            let old = try? Data(contentsOf: committedRoot.appendingPathComponent(path))
            #expect(fresh == old, "reports/\(path) differs from what permsim compare writes; regenerate with `swift run permsim compare`")
        }
    }

    /// A layer whose column slices overflow EIE's 16-bit pointers at 64 PEs is listed as not run
    /// for the 64-PE designs (n/a ratios, left out of the means) and still runs at 256 PEs.
    @Test func eieLayerThatCannotBeEncodedIsNotRun() throws {
        let comparison = Comparison(selection: ComparisonSelection(workloads: ["llm7b-gate"]),
                                    technologyDirectory: root.appendingPathComponent("configs/tech").path)
        let report = try comparison.run()
        #expect(report.notRun.map(\.design) == ["eie-45nm, eie-28nm"])
        #expect(report.notRun.first?.reason.contains("16-bit column pointers") == true)
        #expect(!report.metrics.contains { $0.design == "eie-45nm" || $0.design == "eie-28nm" })
        #expect(report.metrics.contains { $0.design == "eie-iso" })
        #expect(report.geometricMeans.first { $0.baseline == "eie-45nm" }?.layers == 0)
        #expect(report.geometricMeans.first { $0.baseline == "eie-iso" }?.layers == 1)
    }

    @Test func unknownSuiteIsOneLine() {
        #expect(throws: ReportError.self) { try ComparisonSelection.suite(named: "bogus") }
        do {
            _ = try ComparisonSelection.suite(named: "bogus")
        } catch {
            #expect("\(error)" == "--suite: unknown suite 'bogus' (suites: eie, modern)")
        }
    }

    @Test func unknownWorkloadSuggestsName() {
        do {
            _ = try ComparisonSelection(workloads: ["alexnet-fc9"]).layers()
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("did you mean 'alexnet-fc8'"))
            #expect(!"\(error)".contains("\n"))
        }
    }

    @Test func selectionOrderAndDefaults() throws {
        #expect(try ComparisonSelection().layers().count == 9)
        let names = try ComparisonSelection(workloads: ["vgg16-fc8"], networks: ["alexnet-classifier"]).layers().map(\.name)
        #expect(names == ["vgg16-fc8", "alexnet-fc6", "alexnet-fc7", "alexnet-fc8"])
    }

    @Test func logAxisOnlyForWideRanges() {
        let narrow = SVGChart(title: "t", axisLabel: "a", groups: ["x", "y"], series: ["s"], values: [[1, 19]])
        let wide = SVGChart(title: "t", axisLabel: "a", groups: ["x", "y"], series: ["s"], values: [[1, 21]])
        #expect(!narrow.isLog)
        #expect(wide.isLog)
        #expect(wide.render().contains("(log scale)"))
    }

    @Test func geometricMean() {
        #expect(abs(ReportNumber.geometricMean([2, 8]) - 4) < 1e-12)
    }

    private func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}
