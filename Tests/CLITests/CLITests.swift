import Foundation
import PermSimTestSupport
import Testing

/// Runs the built `permsim` executable as a user would, from the repository root.
enum PermSimProcess {
    /// `.build/<configuration>/permsim`, beside the test bundle.
    static var executable: URL { ExecutableRun.locate("permsim", fallback: packageRoot.appendingPathComponent(".build/debug")) }

    static let packageRoot = RepositoryPaths.root

    static func run(_ arguments: [String], executable: URL = executable, environment: [String: String] = [:]) throws -> ExecutableRun {
        try ExecutableRun.run(executable, arguments, in: packageRoot, environment: environment)
    }
}

@Suite struct CLITests {
    @Test func tableOutputForACatalogueLayer() throws {
        let result = try PermSimProcess.run(["run", "--pes", "32", "--workload", "alexnet-fc8"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        // The design point and seed head the table.
        #expect(lines[0].hasPrefix("# design permdnn-32pe: 32 PEs x 8 multipliers at 1.2 GHz, weight SRAM 160 KiB per PE") && lines[0].hasSuffix("; seed 1"))
        #expect(lines[1].contains("cycles") && lines[1].contains("analytic_cycles") && lines[1].contains("matches_reference"))
        #expect(lines[3].hasPrefix("permdnn  alexnet-fc8") && lines[3].contains("match"))
    }

    @Test func jsonOutputParsesAndMatchesTheLibrary() throws {
        let result = try PermSimProcess.run(["run", "--workload", "vgg16-fc8", "--workload", "neuraltalk-we", "--format", "json", "--seed", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["workload"] as? String == "vgg16-fc8")
        #expect(rows[0]["engine"] as? String == "permdnn")
        let cycles = try #require(rows[0]["cycles"] as? Int)
        let analytic = try #require(rows[0]["analytic_cycles"] as? Int)
        let bubbles = try #require(rows[0]["bubble_cycles"] as? Int)
        let stall = try #require(rows[0]["dram_stall_cycles"] as? Int)
        // vgg16-fc8 is resident: cycles = analytic + bubbles exactly, no DRAM wait.
        #expect(stall == 0)
        #expect(cycles == analytic + bubbles)
        #expect(rows[0]["matches_reference"] as? Bool == true)
        // Same seed, same bytes.
        let again = try PermSimProcess.run(["run", "--workload", "vgg16-fc8", "--workload", "neuraltalk-we", "--format", "json", "--seed", "3"])
        #expect(again.stdout == result.stdout)
    }

    @Test func csvOutputHasOneLinePerLayer() throws {
        let result = try PermSimProcess.run(["run", "--in", "300", "--out", "200", "--p", "7", "--act-density", "0.5", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        let values = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(header.count == values.count)
        let column = try #require(header.firstIndex(of: "p"))
        #expect(values[column] == "7")
        #expect(values[try #require(header.firstIndex(of: "padded_rows"))] == "3")  // 203 - 200
        #expect(values[try #require(header.firstIndex(of: "nonzero_inputs"))] == "150")
    }

    @Test func functionalModelHasNoTiming() throws {
        let result = try PermSimProcess.run(["run", "--workload", "alexnet-fc8", "--model", "functional", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows[0]["model"] as? String == "functional")
        #expect(rows[0]["cycles"] == nil)
        #expect(rows[0]["macs"] as? Int ?? 0 > 0)
    }

    @Test func eieTraceGoesToStderr() throws {
        let result = try PermSimProcess.run(["run", "--engine", "eie", "--pes", "4", "--in", "20", "--out", "8", "--weight-density", "0.5", "--trace", "6", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 6)
    }

    @Test func traceGoesToStderr() throws {
        let result = try PermSimProcess.run(["run", "--in", "20", "--out", "8", "--p", "2", "--pes", "2", "--trace", "8", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let trace = result.stderr.split(separator: "\n")
        #expect(trace.count == 8)
        #expect(trace[0].contains("read w0"))
        #expect(trace[1].contains("bcast j0"))
    }

    @Test func networkChainsLayers() throws {
        let result = try PermSimProcess.run(["run", "--network", "alexnet-classifier", "--format", "csv", "--p", "64"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 4)
        #expect(result.stdout.contains("alexnet-classifier"))
    }

    @Test func eieEngineRunsTheSameWorkloads() throws {
        let result = try PermSimProcess.run(["run", "--engine", "eie", "--pes", "16", "--workload", "vgg16-fc8", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows[0]["engine"] as? String == "eie")
        #expect(rows[0]["pes"] as? Int == 16)
        #expect(rows[0]["clock_ghz"] as? Double == 0.8)
        #expect(rows[0]["p"] == nil)
        #expect(rows[0]["matches_reference"] as? Bool == true)
        // Same input vector as PermDNN for the same spec and seed.
        let permdnn = try PermSimProcess.run(["run", "--workload", "vgg16-fc8", "--format", "json"])
        let permdnnRows = try #require(try JSONSerialization.jsonObject(with: Data(permdnn.stdout.utf8)) as? [[String: Any]])
        #expect(rows[0]["nonzero_inputs"] as? Int == permdnnRows[0]["nonzero_inputs"] as? Int)
    }

    @Test func circnnEngineRunsTheSameWorkloads() throws {
        let result = try PermSimProcess.run(["run", "--engine", "circnn", "--workload", "alexnet-fc8", "--workload", "neuraltalk-lstm", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        let values = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(values[try #require(header.firstIndex(of: "engine"))] == "circnn")
        #expect(values[try #require(header.firstIndex(of: "p"))] == "4")  // power of two nearest 1 / 25%
        #expect(values[try #require(header.firstIndex(of: "total_multipliers"))] == "256")
        #expect(values[try #require(header.firstIndex(of: "matches_reference"))] == "true")
    }

    /// A density whose PermDNN block size would exceed the layer is legal for the baselines
    /// (and still refused for PermDNN, naming the rule).
    @Test func baselinesAcceptDensitiesPermDNNCannotBlock() throws {
        for engine in ["eie", "circnn"] {
            let result = try PermSimProcess.run(["run", "--engine", engine, "--in", "50", "--out", "3", "--weight-density", "0.01", "--format", "csv"])
            #expect(result.status == 0, "\(engine): \(result.stderr)")
            #expect(result.stdout.contains("\(engine),custom,,cycle,"), "\(engine): \(result.stdout)")
        }
        let permdnn = try PermSimProcess.run(["run", "--in", "50", "--out", "3", "--weight-density", "0.01"])
        #expect(permdnn.status != 0 && permdnn.stderr.contains("p must not exceed"))
    }

    @Test func listShowsWorkloadsPresetsAndKeys() throws {
        let result = try PermSimProcess.run(["list"])
        #expect(result.status == 0)
        for expected in ["alexnet-fc6", "vgg16-fc6", "neuraltalk-lstm", "alexnet-classifier", "permdnn-32pe", "permdnn-64pe-16mul", "pe.multipliers"] {
            #expect(result.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test func helpIsComplete() throws {
        let result = try PermSimProcess.run(["run", "--help"])
        #expect(result.status == 0)
        for option in ["--pes", "--multipliers", "--config", "--set", "--workload", "--network", "--workload-file", "--in", "--out",
                       "--weight-density", "--act-density", "--p", "--seed", "--format", "--model", "--trace", "--output", "--no-verify"] {
            #expect(result.stdout.contains(option), "help lacks \(option)")
        }
    }

    @Test func presetByNameAndOverride() throws {
        let result = try PermSimProcess.run(["run", "--config", "permdnn-64pe-16mul", "--set", "engine.queue-depth=8", "--workload", "alexnet-fc8", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows[0]["pes"] as? Int == 64)
        #expect(rows[0]["multipliers"] as? Int == 16)
    }

    /// Every bad input: exit non-zero, exactly one line on stderr that names the field and rule.
    @Test(arguments: [
        (["run", "--pes", "0"], "--pes"),
        (["run", "--multipliers", "-2"], "--multipliers: must be at least 1"),
        (["run", "--in", "0", "--out", "10", "--p", "2"], "in"),
        (["run", "--in", "10", "--out", "-5", "--p", "2"], "out"),
        (["run", "--in", "10", "--out", "10", "--p", "0"], "--p"),
        (["run", "--in", "10", "--out", "10", "--p", "11"], "p"),
        (["run", "--in", "10", "--out", "10", "--weight-density", "1.5"], "weight-density"),
        (["run", "--in", "10", "--out", "10", "--weight-density", "nan"], "weight-density"),
        (["run", "--in", "10", "--out", "10", "--p", "2", "--act-density", "-0.1"], "act-density"),
        (["run", "--workload", "alexnet-fc9"], "alexnet-fc8"),
        (["run", "--network", "alexnet"], "unknown name 'alexnet'"),
        (["run", "--set", "pe.multiplier=4"], "pe.multipliers"),
        (["run", "--set", "engine.pes=abc"], "engine.pes"),
        (["run", "--format", "xml"], "--format"),
        (["run", "--model", "rtl"], "--model"),
        (["run", "--config", "no-such-preset"], "--config"),
        (["run", "--in", "1000000", "--out", "1000000", "--p", "1"], "limits.memory-gib"),
        (["run", "--pes", "many"], "--pes"),
        (["run", "--trace", "-1"], "--trace: must be at least 0"),
        (["run", "--jobs", "0"], "--jobs: must be at least 1"),
        (["run", "--seed", "-1"], "--seed"),
        (["run", "--output", "/nonexistent-dir/report.txt", "--workload", "alexnet-fc8"], "--output"),
        (["run", "--in", "10"], "--out"),
        (["run", "--set", "engine.clock-ghz=inf"], "engine.clock-ghz"),
        (["run", "--engine", "tpu"], "--engine"),
        (["run", "--engine", "eie", "--multipliers", "4"], "--multipliers: does not apply"),
        (["run", "--engine", "eie", "--p", "4"], "--p: does not apply"),
        (["run", "--engine", "eie", "--set", "engine.queue-depth=8"], "engine.queue-depth"),
        (["run", "--engine", "eie", "--pes", "0"], "pes"),
        (["run", "--engine", "circnn", "--p", "12"], "power of two"),
        (["run", "--engine", "circnn", "--pes", "8"], "--pes: does not apply"),
        (["run", "--engine", "circnn", "--trace", "5"], "--trace"),
    ])
    func badInputGivesOneLineError(_ arguments: [String], _ expected: String) throws {
        let result = try PermSimProcess.run(arguments)
        #expect(result.status != 0, "\(arguments) exited 0")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("permsim: "))
        #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }
}

/// Bad files: preset YAML, workload YAML and `.npy`, written to a temporary directory.
@Suite struct CLIBadFileTests {
    static func temporaryFile(_ name: String, _ contents: Data) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-cli-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }

    static func npy(descr: String, shape: String, payload: [UInt8]) -> Data {
        var header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shape), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        bytes += [UInt8(header.utf8.count & 0xFF), UInt8(header.utf8.count >> 8)]
        return Data(bytes + Array(header.utf8) + payload)
    }

    static func float32(_ values: [Float]) -> [UInt8] {
        values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } }
    }

    static func expectOneLineError(_ arguments: [String], mentions expected: [String]) throws {
        let result = try PermSimProcess.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        for text in expected { #expect(result.stderr.contains(text), "\(result.stderr) lacks \(text)") }
    }

    @Test func malformedPresetYAMLNamesTheLine() throws {
        let path = try Self.temporaryFile("bad.yaml", Data("engine:\n  pes: 4\n  queue-depth: [1,\n".utf8))
        try Self.expectOneLineError(["run", "--config", path], mentions: ["bad.yaml", "YAML"])
    }

    @Test func unknownPresetKeyNamesTheLineAndKey() throws {
        let path = try Self.temporaryFile("unknown.yaml", Data("engine:\n  pes: 4\npe:\n  multiplyers: 4\n".utf8))
        try Self.expectOneLineError(["run", "--config", path], mentions: ["unknown.yaml:4", "pe.multiplyers", "pe.multipliers"])
    }

    @Test func outOfRangePresetValueNamesTheLine() throws {
        let path = try Self.temporaryFile("range.yaml", Data("engine:\n  pes: 0\n".utf8))
        try Self.expectOneLineError(["run", "--config", path], mentions: ["range.yaml:2", "engine.pes"])
    }

    @Test func malformedWorkloadFile() throws {
        let path = try Self.temporaryFile("workload.yaml", Data("layers:\n  - name: a\n    in: 10\n    out: 10\n    p: 2\n    wieght-density: 0.5\n".utf8))
        try Self.expectOneLineError(["run", "--workload-file", path], mentions: ["workload.yaml:6", "wieght-density"])
    }

    @Test func truncatedNpy() throws {
        let weights = try Self.temporaryFile("truncated.npy", Self.npy(descr: "<f4", shape: "(4, 4)", payload: Self.float32(Array(repeating: 1, count: 10))))
        let path = try Self.temporaryFile("trunc.yaml", Data("layers:\n  - name: t\n    p: 2\n    weights: \(weights)\n".utf8))
        try Self.expectOneLineError(["run", "--workload-file", path], mentions: ["truncated"])
    }

    @Test func wrongDtypeNpy() throws {
        let weights = try Self.temporaryFile("f8.npy", Self.npy(descr: "<f8", shape: "(2, 2)", payload: Array(repeating: 0, count: 32)))
        let path = try Self.temporaryFile("dtype.yaml", Data("layers:\n  - name: t\n    p: 2\n    weights: \(weights)\n".utf8))
        try Self.expectOneLineError(["run", "--workload-file", path], mentions: ["<f8"])
    }

    @Test func nanInNpy() throws {
        var values: [Float] = Array(repeating: 0.5, count: 16)
        values[6] = .nan
        let weights = try Self.temporaryFile("nan.npy", Self.npy(descr: "<f4", shape: "(4, 4)", payload: Self.float32(values)))
        let path = try Self.temporaryFile("nan.yaml", Data("layers:\n  - name: t\n    p: 2\n    weights: \(weights)\n".utf8))
        try Self.expectOneLineError(["run", "--workload-file", path], mentions: ["1", "2"])
    }

    /// `--weights` / `--activations`: the same real data on all three engines, each projecting
    /// the dense matrix onto its own structure and reporting what that lost.
    @Test func realWeightsOnEveryEngine() throws {
        var rng: UInt64 = 99
        let values: [Float] = (0..<(32 * 40)).map { index in
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return index % 3 == 0 ? 0 : Float(Int(rng >> 40) % 200 - 100) / 300
        }
        let weights = try Self.temporaryFile("real.npy", Self.npy(descr: "<f4", shape: "(32, 40)", payload: Self.float32(values)))
        let inputs = try Self.temporaryFile("x.npy", Self.npy(descr: "<f4", shape: "(40,)", payload: Self.float32((0..<40).map { Float($0 % 4) / 2 })))
        for engine in ["permdnn", "eie", "circnn", "diagonal"] {
            let result = try PermSimProcess.run(["run", "--engine", engine, "--weights", weights, "--activations", inputs,
                                                 "--weight-density", "0.25", "--format", "json"])
            #expect(result.status == 0, "\(engine): \(result.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            #expect(rows[0]["engine"] as? String == engine)
            #expect(rows[0]["workload"] as? String == "real")
            #expect(rows[0]["inputs"] as? Int == 40 && rows[0]["outputs"] as? Int == 32)
            #expect(rows[0]["nonzero_inputs"] as? Int == 30)  // x[j] = (j mod 4) / 2: a quarter are 0
            #expect(rows[0]["matches_reference"] as? Bool == true, "\(engine)")
            let error = try #require(rows[0]["projection_error"] as? Double, "\(engine)")
            #expect(error > 0 && error < 1, "\(engine)")
        }
        try Self.expectOneLineError(["run", "--weights", weights], mentions: ["--weight-density"])
        try Self.expectOneLineError(["run", "--activations", inputs], mentions: ["--activations"])
        try Self.expectOneLineError(["run", "--weights", weights, "--p", "4", "--in", "41"], mentions: ["--in", "40 columns"])
    }

    @Test func denseNpyIsProjectedAndRuns() throws {
        var rng: UInt64 = 12345
        let values: [Float] = (0..<(24 * 30)).map { _ in
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Float(Int(rng >> 40) % 200 - 100) / 400
        }
        let weights = try Self.temporaryFile("dense.npy", Self.npy(descr: "<f4", shape: "(24, 30)", payload: Self.float32(values)))
        let path = try Self.temporaryFile("dense.yaml", Data("layers:\n  - name: real\n    p: 4\n    act-density: 0.5\n    weights: \(weights)\n".utf8))
        let result = try PermSimProcess.run(["run", "--workload-file", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows[0]["inputs"] as? Int == 30)
        #expect(rows[0]["outputs"] as? Int == 24)
        let error = try #require(rows[0]["projection_error"] as? Double)
        #expect(error > 0 && error < 1)
        #expect(rows[0]["matches_reference"] as? Bool == true)
    }
}
