import Foundation
import Testing

/// `permsim compare`'s own bad input (the comparison itself is tested in ReportsTests).
@Suite struct CompareCLITests {
    @Test func badInputIsOneLine() throws {
        for (args, start) in [(["compare", "--workload-file", "/nonexistent.yaml", "--output-dir", "/tmp/permsim-never"], "permsim: /nonexistent.yaml:"),
                              (["compare", "--suite", "tiny", "--output-dir", "/tmp/permsim-never"], "permsim: --suite:")] {
            let result = try PermSimProcess.run(args)
            #expect(result.status == 1, "\(args)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix(start), "\(args): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: "/tmp/permsim-never"))
        }
    }
}

/// `permsim compare --suite schemes` on the user's own weights: every scheme projects them, the
/// report is written, and the density options the report fixes are refused in one line.
@Suite struct SchemesCLITests {
    @Test func projectsTheUsersWeightsOntoEveryScheme() throws {
        var rng: UInt64 = 7
        let values: [Float] = (0..<(48 * 64)).map { _ in
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Float(Int(rng >> 40) % 200 - 100) / 300
        }
        let weights = try CLIBadFileTests.temporaryFile("schemes.npy", CLIBadFileTests.npy(descr: "<f4", shape: "(48, 64)", payload: CLIBadFileTests.float32(values)))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-schemes-cli-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try PermSimProcess.run(["compare", "--suite", "schemes", "--weights", weights, "--output-dir", directory])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try Data(contentsOf: URL(fileURLWithPath: directory + "/schemes.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let rows = try #require(report["rows"] as? [[String: Any]])
        // 5 schemes x 4 sparsities + n:4 at 2 of them, one layer each, every one with its error.
        #expect(rows.count == 22)
        #expect(Set(rows.compactMap { $0["scheme"] as? String }) == ["permdnn", "diagonal", "nm", "unstructured", "group", "circnn"])
        #expect(rows.allSatisfy { ($0["projectionError"] as? Double ?? -1) > 0 })

        for flag in [["--p", "4"], ["--weight-density", "0.5"], ["--no-claims"]] {
            let refused = try PermSimProcess.run(["compare", "--suite", "schemes", "--output-dir", directory + "-never"] + flag)
            #expect(refused.status == 1 && refused.stderr.split(separator: "\n").count == 1 && refused.stderr.hasPrefix("permsim: \(flag[0]):"), "\(flag): \(refused.stderr)")
        }
    }
}
