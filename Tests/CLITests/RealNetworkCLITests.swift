import Foundation
import PermSimTestSupport
import Testing
import Workloads

/// `--network minilm-l6` from the command line: a clear one-line error with the fetch command
/// when the weights are not cached, and run, compare and spread on them when they are.
@Suite struct RealNetworkCLITests {
    static let available = RealNetwork.miniLM.isCached || ProcessInfo.processInfo.environment["PERMSIM_REQUIRE_MINILM"] == "1"

    @Test(arguments: [["run", "--network", "minilm-l6"], ["compare", "--network", "minilm-l6", "--output-dir", "/tmp/permsim-never"],
                      ["spread"]])
    func missingWeightsNameTheFetchCommand(arguments: [String]) throws {
        let empty = try TemporaryDirectory(prefix: "permsim-cache")
        defer { empty.remove() }
        let result = try PermSimProcess.run(arguments, environment: ["PERMSIM_CACHE": empty.path])
        let lines = result.stderr.split(separator: "\n")
        #expect(result.status == 1 && lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("--network") && result.stderr.contains("not cached") && result.stderr.contains("scripts/fetch-weights.sh"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/permsim-never"))
    }

    /// `compare --network minilm-l6`: 36 layers on every design, each with its projection error,
    /// and the Markdown says the layers carry real weights and are not chained.
    @Test(.enabled(if: available)) func compareRunsTheRealNetwork() throws {
        let directory = try TemporaryDirectory(prefix: "permsim-minilm")
        defer { directory.remove() }
        let result = try PermSimProcess.run(["compare", "--network", "minilm-l6", "--output-dir", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/comparison.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let metrics = try #require(report["metrics"] as? [[String: Any]])
        #expect(metrics.count == 36 * 7)
        #expect(metrics.allSatisfy { ($0["projectionError"] as? Double).map { $0 > 0 && $0 < 1 } == true })
        #expect(report["realNetworks"] as? [String] == ["minilm-l6"] && report["chainedNetworks"] == nil)
        let markdown = try String(contentsOfFile: directory.path + "/comparison.md", encoding: .utf8)
        #expect(markdown.contains("carry real trained weights") && markdown.contains("minilm-l6/l5.output"))
    }

    /// `run --network minilm-l6 --engine eie --format csv` at a chosen density: 36 rows, all
    /// bit-exact against the reference, with the density applied.
    @Test(.enabled(if: available)) func runTakesADensity() throws {
        let result = try PermSimProcess.run(["run", "--network", "minilm-l6", "--engine", "eie", "--weight-density", "0.25", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 36 && rows.allSatisfy { $0["matches_reference"] as? Bool == true && $0["network"] as? String == "minilm-l6" })
        #expect(rows.allSatisfy { ($0["weight_density"] as? Double).map { abs($0 - 0.25) < 0.01 } == true })
    }
}
