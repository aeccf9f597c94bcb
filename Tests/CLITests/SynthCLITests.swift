import Foundation
import Testing

/// `permsim synth`: the recorded gate counts as a table and as JSON, and its bad input. (The
/// synthesis itself runs in `./scripts/test.sh` through `rtl-reference/synth/area.sh --check`.)
@Suite struct SynthCLITests {
    @Test func recordedGatesTable() throws {
        let result = try PermSimProcess.run(["synth", "--recorded"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("multiplier-lane") && $0.contains("permdnn_mul16") })
        let total = try #require(lines.first { $0.hasPrefix("PE total") })
        // The PE total is the sum of the per-PE blocks' gates column.
        let perPE = lines.filter { $0.contains(" pe ") && !$0.hasPrefix("PE total") }
            .compactMap { line in line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(5).first.flatMap { Int($0) } }
        #expect(perPE.count == 6)
        // "PE total  pe  <gates>  ...": equal to the rows' sum up to their rounding.
        let totalGates = try #require(Int(total.split(separator: " ", omittingEmptySubsequences: true)[3]))
        #expect(abs(totalGates - perPE.reduce(0, +)) <= 3, "\(total) vs \(perPE)")
        #expect(totalGates > 10_000)
    }

    @Test func recordedGatesJSON() throws {
        let result = try PermSimProcess.run(["synth", "--recorded", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.count == 7)
        #expect(blocks.contains { $0["key"] as? String == "nzd" && $0["per"] as? String == "engine" })
    }

    @Test func badInput() throws {
        for (args, field) in [(["synth", "--format", "xml"], "--format"), (["synth", "--check", "--recorded"], "--check"),
                              (["synth", "--recorded", "--tech-dir", "/nonexistent"], "")] {
            let result = try PermSimProcess.run(args)
            #expect(result.status == 1, "\(args)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("permsim: \(field)"), "\(args): \(result.stderr)")
        }
    }
}
