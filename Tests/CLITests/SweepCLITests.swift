import Foundation
import PermSimTestSupport
import Sweeps
import Testing

/// `permsim sweep` as a user runs it: killed mid-run and resumed, it ends with the store an
/// uninterrupted run makes; the report and exports come out.
@Suite(.serialized) struct SweepCLITests {
    static let text = """
        engine: permdnn
        workloads: [alexnet-fc8, neuraltalk-we]
        axes:
          engine.pes: [4, 8, 16, 32]
          pe.multipliers: [2, 4]
        """

    @Test func aKilledSweepResumesToTheSameStore() throws {
        let directory = try TemporaryDirectory(prefix: "permsim-sweep-cli")
        defer { directory.remove() }
        let spec = directory.path + "/sweep.yaml"
        try Self.text.write(toFile: spec, atomically: true, encoding: .utf8)
        let whole = directory.path + "/whole.sqlite", killed = directory.path + "/killed.sqlite"
        let full = try PermSimProcess.run(["sweep", spec, "--db", whole])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(full.stderr.contains("sweep: 100% (8 of 8 points)") && full.stderr.contains("8 run (8 done)"), "\(full.stderr)")

        // Start again into a new store, one point at a time, and kill it once two are stored.
        let process = Process()
        process.executableURL = PermSimProcess.executable
        process.arguments = ["sweep", spec, "--db", killed, "--jobs", "1"]
        process.currentDirectoryURL = PermSimProcess.packageRoot
        process.standardError = FileHandle.nullDevice
        try process.run()
        var stored = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            if FileManager.default.fileExists(atPath: killed), let count = try? SweepStoreProbe.count(killed), count >= 2 {
                stored = count
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the sweep ended before it could be killed")
        let left = try SweepStoreProbe.count(killed)
        #expect(stored >= 2 && left < 8, "stored \(stored), \(left) after the kill")

        let resumed = try PermSimProcess.run(["sweep", spec, "--db", killed])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(left) already stored, \(8 - left) run"), "\(resumed.stderr)")
        let a = try PermSimProcess.run(["sweep", "export", whole]), b = try PermSimProcess.run(["sweep", "export", killed, "--format", "csv"])
        #expect(a.status == 0 && a.stdout == b.stdout && a.stdout.split(separator: "\n").count == 1 + 16)
        let jsonl = try PermSimProcess.run(["sweep", "export", whole, "--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 16 && lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })

        let report = try PermSimProcess.run(["sweep", "report", whole, "--output-dir", directory.path + "/report"])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOfFile: directory.path + "/report/sweep-report.md", encoding: .utf8)
        #expect(markdown.contains("## All workloads (geometric mean)") && markdown.contains("## Sensitivity"))
        #expect(FileManager.default.fileExists(atPath: directory.path + "/report/pareto-suite-efficiency.svg"))
    }
}

/// Counts a store's points without the CLI (the test polls while the sweep writes).
enum SweepStoreProbe {
    static func count(_ path: String) throws -> Int {
        try SweepStore(existing: path).storedPointIDs().count
    }
}
