#if canImport(RTLCosim)
import Foundation
import Testing

/// `permsim cosim` end to end (built only with the RTL co-simulation; `./scripts/test.sh`
/// fails if it is not). Each call runs in its own process, so SystemC's global state is the
/// process's own.
@Suite struct CosimCLITests {
    @Test func randomConfigurationsAsJSON() throws {
        let result = try PermSimProcess.run(["cosim", "--random", "4", "--seed", "40", "--format", "json"])
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

    @Test func customLayerTableAndWholeLayerMode() throws {
        let args = ["cosim", "--in", "70", "--out", "45", "--p", "7", "--pes", "3", "--multipliers", "3", "--act-density", "0.5"]
        let lockstep = try PermSimProcess.run(args)
        #expect(lockstep.status == 0, "\(lockstep.stderr)")
        let lines = lockstep.stdout.split(separator: "\n")
        #expect(lines.count == 3 && lines[0].contains("compared") && lines[1].contains("pe8_mul3_q4_s16_a32"))
        #expect(lines[2].hasPrefix("all 1 layer identical"))
        let whole = try PermSimProcess.run(args + ["--mode", "whole-layer"])
        #expect(whole.status == 0 && whole.stdout.contains("whole-layer"), "\(whole.stderr)")
    }

    @Test func waveformFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-cli-\(getpid()).vcd").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try PermSimProcess.run(["cosim", "--random", "1", "--seed", "9", "--vcd", path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("$enddefinitions") && text.contains("permdnn_engine"))
    }

    /// The checker checked from the command line: one flipped weight bit in the RTL only.
    @Test func injectedFaultIsReportedAndExitsNonZero() throws {
        let result = try PermSimProcess.run(["cosim", "--in", "100", "--out", "60", "--p", "5", "--pes", "4", "--multipliers", "3",
                                             "--inject-fault", "1,30,0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("diverged at tile 0 cycle 36: PE 1 acc.lane0.product"), "\(result.stderr)")
        #expect(result.stderr.contains("  ref 36 |") && result.stderr.contains("  rtl 36 |"))
        #expect(result.stderr.hasSuffix("see above\n"))
    }

    @Test func badInputIsOneLineNamingTheField() throws {
        for (args, field) in [
            (["cosim", "--mode", "fast"], "--mode"),
            (["cosim", "--random", "0"], "--random"),
            (["cosim", "--random", "2", "--vcd", "/tmp/x.vcd"], "--vcd"),
            (["cosim", "--random", "2", "--pes", "4"], "--random"),
            (["cosim", "--inject-fault", "1,x,0"], "--inject-fault"),
            (["cosim", "--format", "csv"], "--format"),
            (["cosim", "--pes", "64"], "cosim"),                       // no build has 64 PEs
            (["cosim", "--workload", "alexnet-fc6"], "cosim"),         // 9216 inputs: over every build's n
        ] {
            let result = try PermSimProcess.run(args)
            #expect(result.status == 1, "\(args)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("permsim: \(field)"), "\(args): \(result.stderr)")
        }
    }
}
#endif
