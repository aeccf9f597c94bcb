import Foundation
import PermSimTestSupport
import Testing

/// `pe.weight-format` from the command line: both models run every format, the key is listed
/// with its values, and real weights report what the format's quantisation lost.
@Suite struct WeightFormatCLITests {
    static func rows(_ result: ExecutableRun) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test(arguments: ["fixed8", "codebook4"])
    func cycleAndFunctionalModelsRunTheFormat(format: String) throws {
        let cycle = try PermSimProcess.run(["run", "--workload", "alexnet-fc8", "--set", "pe.weight-format=\(format)", "--format", "json"])
        #expect(cycle.status == 0, "\(cycle.stderr)")
        let row = try #require(try Self.rows(cycle).first)
        #expect(row["matches_reference"] as? Bool == true)
        #expect(row["design"] as? String == "permdnn-32pe/\(format)")
        // Generated weights are drawn in the format: nothing was quantised.
        #expect(row["quantization_error"] == nil)
        // One cycle more than fixed16's 1,800: the DEC stage.
        #expect(row["cycles"] as? Int == 1801)
        let functional = try PermSimProcess.run(["run", "--workload", "alexnet-fc8", "--set", "pe.weight-format=\(format)",
                                                 "--model", "functional", "--format", "json"])
        #expect(functional.status == 0, "\(functional.stderr)")
        let reference = try #require(try Self.rows(functional).first)
        #expect(reference["model"] as? String == "functional" && reference["cycles"] == nil)
        // The table heading names the format.
        let table = try PermSimProcess.run(["run", "--workload", "alexnet-fc8", "--set", "pe.weight-format=\(format)"])
        #expect(table.stdout.hasPrefix("# design permdnn-32pe/\(format): 32 PEs x 8 multipliers"))
        #expect(table.stdout.contains("\(format) weights"))
    }

    @Test func listShowsTheKeyWithItsValues() throws {
        let result = try PermSimProcess.run(["list", "--keys"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("pe.weight-format") })
        #expect(line.contains("fixed16") && line.contains("fixed16 | fixed8 | codebook4"), "\(line)")
    }

    /// A dense `.npy` layer: each format reports its own quantisation error (fixed16 the least),
    /// and every run matches its reference.
    @Test func realWeightsReportTheFormatsQuantizationError() throws {
        let directory = try TemporaryDirectory(prefix: "permsim-formats")
        var state: UInt64 = 5
        let values: [Float] = (0..<(24 * 40)).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Float(state >> 40) / Float(1 << 24) - 0.5) * 3
        }
        let path = try directory.write("w.npy", bytes: Array(CLIBadFileTests.npy(descr: "<f4", shape: "(24, 40)", payload: CLIBadFileTests.float32(values))))
        var errors: [String: Double] = [:]
        for format in ["fixed16", "fixed8", "codebook4"] {
            let result = try PermSimProcess.run(["run", "--weights", path, "--p", "4", "--set", "pe.weight-format=\(format)", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let row = try #require(try Self.rows(result).first)
            #expect(row["matches_reference"] as? Bool == true)
            errors[format] = row["quantization_error"] as? Double
        }
        let e16 = try #require(errors["fixed16"]), e8 = try #require(errors["fixed8"]), e4 = try #require(errors["codebook4"])
        #expect(e16 < e8 && e8 < e4, "\(errors)")
    }
}
