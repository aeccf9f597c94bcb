import Foundation
import Testing

/// `permsim bench` (the front) and `permsim-bench` (the harness): the one-case protocol in both
/// formats, and bad input. The whole benchmark is not run here (minutes; speed is read, never
/// asserted).
@Suite struct BenchCLITests {
    static var benchExecutable: URL { PermSimProcess.executable.deletingLastPathComponent().appendingPathComponent("permsim-bench") }

    @Test func oneCaseHonoursTheFormat() throws {
        let arguments = ["--case", "eie-suite", "--model", "functional", "--repeat", "1"]
        let json = try PermSimProcess.run(arguments + ["--format", "json"], executable: Self.benchExecutable)
        #expect(json.status == 0, "\(json.stderr)")
        let row = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(row["benchCase"] as? String == "eie-suite" && row["model"] as? String == "functional" && row["layers"] as? Int == 9)
        // Through the front, as a table: the header and one row.
        let table = try PermSimProcess.run(["bench"] + arguments)
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("case") && lines[1].hasPrefix("eie-suite       functional"), "\(table.stdout)")
    }

    /// An import case: the file written, read and encoded for the engine; the row counts the
    /// weights and prints in the import table.
    @Test func importCaseCountsWeights() throws {
        let arguments = ["--case", "import-safetensors", "--model", "eie", "--repeat", "1"]
        let json = try PermSimProcess.run(arguments + ["--format", "json"], executable: Self.benchExecutable)
        #expect(json.status == 0, "\(json.stderr)")
        let row = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(row["benchCase"] as? String == "import-safetensors" && row["model"] as? String == "eie" && row["weights"] as? Int == 4_096_000)
        #expect((row["weightsPerSecond"] as? Double ?? 0) > 0)
        let table = try PermSimProcess.run(["bench", "--case", "import-npy", "--repeat", "1"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("case                engine     weights") && lines[1].hasPrefix("import-npy          permdnn    4096000"),
                "\(table.stdout)")
    }

    /// Errors are permsim-bench's own one line, through the front too.
    @Test(arguments: [
        (["--repeat", "0"], "permsim-bench: --repeat: must be at least 1"),
        (["--case", "eie-suite", "--repeat", "-3"], "permsim-bench: --repeat: must be at least 1"),
        (["--model", "cycle"], "permsim-bench: --model: applies to one case only: give --case too"),
        (["--case", "alexnet-fc6", "--model", "run"], "permsim-bench: --case: --model run takes only the eie-suite case"),
        (["--format", "xml"], "permsim-bench: "),
        (["--case", "alexnet-fc9"], "permsim-bench: "),
        (["--case", "eie-suite", "--model", "rtl"], "permsim-bench: "),
        (["--case", "eie-suite", "--model", "permdnn"], "permsim-bench: --model: permdnn applies to the import cases only"),
        (["--case", "import-npy", "--model", "cycle"], "permsim-bench: --model: the import cases take permdnn, eie or circnn"),
    ])
    func badInputIsOneLine(_ arguments: [String], _ expected: String) throws {
        for result in [try PermSimProcess.run(["bench"] + arguments), try PermSimProcess.run(arguments, executable: Self.benchExecutable)] {
            #expect(result.status != 0, "\(arguments)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix(expected), "\(arguments): \(result.stderr)")
        }
    }

    /// Each needs the other beside it: `permsim bench` runs `permsim-bench`, whose end-to-end
    /// rows run `permsim`. Alone in a directory, each says what is missing and how to build it.
    @Test func aMissingSiblingIsOneLineSayingHowToBuildIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-bench-alone-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, arguments, missing) in [("permsim", ["bench"], "permsim-bench"), ("permsim-bench", ["--repeat", "1"], "permsim")] {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let source = PermSimProcess.executable.deletingLastPathComponent().appendingPathComponent(name)
            let copy = directory.appendingPathComponent(name)
            try FileManager.default.copyItem(at: source, to: copy)
            let result = try PermSimProcess.run(arguments, executable: copy)
            #expect(result.status == 1, "\(name)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains("runs \(missing), which is not beside") && lines[0].contains("swift build -c release --product \(missing)"),
                    "\(name): \(result.stderr)")
        }
    }
}
