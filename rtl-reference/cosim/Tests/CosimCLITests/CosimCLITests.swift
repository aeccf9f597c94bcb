import Foundation
import PermSimTestSupport
import Testing

/// Runs the built `permsim-cosim` executable as a user would, from the repository's root.
enum CosimProcess {
    /// rtl-reference/cosim.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `.build/<configuration>/permsim-cosim`, beside the test bundle.
    static var executable: URL { ExecutableRun.locate("permsim-cosim", fallback: packageRoot.appendingPathComponent(".build/debug")) }

    static func run(_ arguments: [String]) throws -> ExecutableRun {
        try ExecutableRun.run(executable, arguments, in: packageRoot.deletingLastPathComponent().deletingLastPathComponent())
    }
}

/// `permsim-cosim` end to end. Each call runs in its own process, so SystemC's global state is
/// the process's own.
@Suite struct CosimCLITests {
    @Test func randomConfigurationsAsJSON() throws {
        let result = try CosimProcess.run(["run", "--random", "4", "--seed", "40", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        for row in rows {
            #expect(row["mode"] as? String == "lockstep")
            let tiles = try #require(row["tiles"] as? Int), compared = try #require(row["cyclesCompared"] as? Int)
            let cycles = try #require(row["cycles"] as? Int)
            // Cycles 0 ... N of every tile are compared; the total adds DRAM waits when tiled.
            if tiles == 1 { #expect(compared == cycles + 1) } else { #expect(compared >= tiles) }
            #expect((row["signalsCompared"] as? Int ?? 0) > compared)
        }
    }

    /// Random configurations of a narrow weight format run on that format's builds; a workload in
    /// a narrow format finds its build (codebook4, 3 lanes) as `permsim run` builds the layer.
    @Test(arguments: ["fixed8", "codebook4"])
    func narrowWeightFormats(format: String) throws {
        let random = try CosimProcess.run(["--random", "3", "--seed", "70", "--set", "pe.weight-format=\(format)", "--format", "json"])
        #expect(random.status == 0, "\(random.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(random.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3 && rows.allSatisfy { ($0["build"] as? String)?.hasSuffix("_\(format)") == true }, "\(rows)")
        let custom = try CosimProcess.run(["--in", "70", "--out", "45", "--p", "7", "--pes", "3", "--multipliers", "3",
                                           "--act-density", "0.5", "--set", "pe.weight-format=\(format)"])
        #expect(custom.status == 0, "\(custom.stderr)")
        #expect(custom.stdout.contains("pe8_mul3_q4_s16_a32_\(format)") && custom.stdout.contains("all 1 layer identical"))
    }

    @Test func customLayerTableAndWholeLayerMode() throws {
        let args = ["--in", "70", "--out", "45", "--p", "7", "--pes", "3", "--multipliers", "3", "--act-density", "0.5"]
        let lockstep = try CosimProcess.run(args)
        #expect(lockstep.status == 0, "\(lockstep.stderr)")
        let lines = lockstep.stdout.split(separator: "\n")
        #expect(lines.count == 3 && lines[0].contains("compared") && lines[1].contains("pe8_mul3_q4_s16_a32"))
        #expect(lines[2].hasPrefix("all 1 layer identical"))
        let whole = try CosimProcess.run(args + ["--mode", "whole-layer"])
        #expect(whole.status == 0 && whole.stdout.contains("whole-layer"), "\(whole.stderr)")
    }

    @Test func waveformFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-cli-\(getpid()).vcd").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CosimProcess.run(["--random", "1", "--seed", "9", "--vcd", path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("$enddefinitions") && text.contains("permdnn_engine"))
    }

    /// The checker checked from the command line: one flipped weight bit in the RTL only. A
    /// divergence is a simulator fault (exit 3), not bad input (exit 1).
    @Test func injectedFaultIsReportedAndExitsNonZero() throws {
        let result = try CosimProcess.run(["--in", "100", "--out", "60", "--p", "5", "--pes", "4", "--multipliers", "3",
                                             "--inject-fault", "1,30,0"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("diverged at tile 0 cycle 36: PE 1 acc.lane0.product"), "\(result.stderr)")
        #expect(result.stderr.contains("  ref 36 |") && result.stderr.contains("  rtl 36 |"))
        #expect(result.stderr.contains("see above") && result.stderr.contains("a bug in PermSim"))
    }

    @Test func badInputIsOneLineNamingTheField() throws {
        for (args, field) in [
            (["--mode", "fast"], "--mode"),
            (["--random", "0"], "--random"),
            (["--random", "2", "--vcd", "/tmp/x.vcd"], "--vcd"),
            (["--random", "2", "--pes", "4"], "--random"),
            (["--random", "2", "--p", "4"], "--random"),
            (["--random", "2", "--weight-density", "0.5"], "--random"),
            (["--random", "2", "--act-density", "0.5"], "--random"),
            (["--random", "2", "--set", "pe.multipliers=3"], "--random"),
            (["--random", "2", "--set", "pe.weight-format=int2"], "pe.weight-format"),
            (["--set", "pe.weight-format=fixed8", "--pes", "32"], "cosim"),   // no 32-PE fixed8 build
            (["--inject-fault", "1,x,0"], "--inject-fault"),
            (["--vcd", "/tmp"], "--vcd"),                       // a directory, not a file
            (["--vcd", "/dev/null"], "--vcd"),                  // a device
            (["--format", "csv"], "--format"),
            (["--pes", "64"], "cosim"),                       // no build has 64 PEs
            (["--workload", "alexnet-fc6"], "cosim"),         // 9216 inputs: over every build's n
        ] {
            let result = try CosimProcess.run(args)
            #expect(result.status == 1, "\(args)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("permsim-cosim: \(field)"), "\(args): \(result.stderr)")
        }
    }

    @Test func listBuilds() throws {
        let result = try CosimProcess.run(["--list-builds"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 7 && result.stdout.contains("pe32_mul8_q4_s16_a32 (32 PEs x 8 MUL"))
        #expect(result.stdout.contains("pe8_mul3_q4_s16_a32_codebook4 (8 PEs x 3 MUL") && result.stdout.contains("codebook4 weights)"))
    }

    /// One RTL bench case in this process, as the parent runs it, in both formats.
    @Test func benchCaseHonoursTheFormat() throws {
        let arguments = ["bench", "--case", "alexnet-fc8", "--model", "rtl-steps", "--repeat", "1"]
        let json = try CosimProcess.run(arguments + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let row = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(row["benchCase"] as? String == "alexnet-fc8" && row["model"] as? String == "rtl-steps")
        #expect(row["simulatedCycles"] as? Int == 1800)
        let table = try CosimProcess.run(arguments)
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("case") && lines[1].hasPrefix("alexnet-fc8     rtl-steps"), "\(table.stdout)")
    }

    @Test func benchBadInputIsOneLine() throws {
        for (args, expected) in [
            (["bench", "--repeat", "0"], "permsim-cosim: --repeat: must be at least 1"),
            (["bench", "--model", "cosim"], "permsim-cosim: --model: applies to one case only"),
            (["bench", "--case", "alexnet-fc8", "--model", "gpu"], "permsim-cosim: "),
            (["bench", "--format", "csv"], "permsim-cosim: "),
        ] {
            let result = try CosimProcess.run(args)
            #expect(result.status != 0, "\(args)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix(expected), "\(args): \(result.stderr)")
        }
    }
}
