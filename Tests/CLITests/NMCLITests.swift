import Foundation
import PermSimTestSupport
import Testing

/// `permsim run --engine nm`: a catalogue layer, real weights from a `.npy` written here,
/// the trace, and options or keys it refuses in one line.
@Suite struct NMCLITests {
    static func rows(_ result: ExecutableRun) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    /// The committed golden of `name` (`Tests/PermSimTests/BaselineGoldens/nm-goldens.json`).
    static func goldenCycles(_ name: String) throws -> Int {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/PermSimTests/BaselineGoldens/nm-goldens.json")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        return try #require(entries.first { $0["name"] as? String == name }?["cycles"] as? Int)
    }

    @Test func catalogueLayerRunsAndMatchesItsGolden() throws {
        let result = try PermSimProcess.run(["run", "--engine", "nm", "--workload", "alexnet-fc8", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let row = try #require(try Self.rows(result).first)
        #expect(row["engine"] as? String == "nm")
        #expect(row["matches_reference"] as? Bool == true)
        #expect(row["weight_density"] as? Double == 0.5)
        #expect(row["total_multipliers"] as? Int == 256)
        #expect(row["cycles"] as? Int == (try Self.goldenCycles("nm/alexnet-fc8")))
    }

    /// A dense float32 `.npy` of 24 x 37 (not a multiple of 4): projected at every `nm.kept`,
    /// each run matches its reference, and keeping more weights loses less.
    @Test func realWeightsAreProjected() throws {
        let directory = try TemporaryDirectory(prefix: "permsim-nm")
        var state: UInt64 = 11
        let values: [Float] = (0..<(24 * 37)).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Float(state >> 40) / Float(1 << 24) - 0.5) * 2
        }
        let path = try directory.write("w.npy", bytes: Array(CLIBadFileTests.npy(descr: "<f4", shape: "(24, 37)", payload: CLIBadFileTests.float32(values))))
        var errors: [Double] = []
        for kept in 1...3 {
            let result = try PermSimProcess.run(["run", "--engine", "nm", "--weights", path, "--weight-density", "0.5", "--set", "nm.kept=\(kept)", "--pes", "4",
                                                 "--multipliers", "2", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let row = try #require(try Self.rows(result).first)
            #expect(row["matches_reference"] as? Bool == true)
            #expect(row["padded_columns"] as? Int == 3)
            #expect(row["weight_density"] as? Double == Double(kept) / 4)
            errors.append(try #require(row["projection_error"] as? Double))
        }
        #expect(errors[0] > errors[1] && errors[1] > errors[2] && errors[2] > 0, "\(errors)")
    }

    @Test func traceShowsTheReaderAndPE0() throws {
        let result = try PermSimProcess.run(["run", "--engine", "nm", "--in", "16", "--out", "8", "--weight-density", "0.5", "--trace", "6"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("rd=") }
        #expect(lines.count == 6, "\(result.stderr)")
        #expect(lines.last?.contains("pe0 q=") == true)
    }

    @Test(arguments: [(["--set", "nm.kept=4"], "nm.kept"), (["--set", "nm.keep=2"], "nm.keep"), (["--p", "4"], "--p"),
                      (["--pes", "0"], "--pes"), (["--config", "permdnn-32pe"], "--config"), (["--positions", "uniform"], "--positions"),
                      (["--set", "pe.accumulator-rows=2"], "pe.accumulator-rows")])
    func badInputIsOneLine(arguments: [String], mentions: String) throws {
        let result = try PermSimProcess.run(["run", "--engine", "nm", "--workload", "alexnet-fc8"] + arguments)
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
        let lines = result.stderr.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 && lines[0].hasPrefix("permsim: ") && lines[0].contains(mentions), "\(result.stderr)")
    }
}
