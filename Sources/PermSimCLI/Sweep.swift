import ArgumentParser
import ConfigSupport
import CostModel
import Foundation
import Sweeps
import Synchronization

extension PermSimCommand {
    /// `permsim sweep`: design-space exploration into a resumable SQLite store.
    struct Sweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sweep design points over workloads into a resumable SQLite store; merge shards; report Pareto fronts.",
            discussion: """
            permsim sweep SPEC.yaml --db results.sqlite    run (or resume) a sweep
            permsim sweep merge A.sqlite B.sqlite --db all.sqlite
            permsim sweep report results.sqlite [--output-dir DIR]
            permsim sweep export results.sqlite [--format csv|jsonl]
            The sweep file, the store's schema, sharding and the Dask launcher: docs/sweeps.md.
            """,
            subcommands: [RunSweep.self, Merge.self, Report.self, Export.self],
            defaultSubcommand: RunSweep.self)
    }

    struct RunSweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run (or resume) a sweep: every point not yet in --db is simulated and stored.",
            discussion: """
            A sweep file names engine(s), workloads and axes over config keys \
            (permsim list --keys): lists, {from, to, step} or {from, to, factor}; a \
            full grid or sample: {points: N, seed: S}; optional constraints: \
            {area-mm2: X, power-mw: Y}. A point and its results are stored in one \
            transaction, so an interrupted sweep resumes where it stopped. \
            --shard i/n runs the points whose id is i modulo n (merge the stores \
            with permsim sweep merge). Results do not depend on --jobs.
            """)

        @Argument(help: ArgumentHelp("The sweep file (YAML).", valueName: "SPEC"))
        var spec: String

        @Option(name: .long, help: ArgumentHelp("The SQLite store to write (created, or resumed).", valueName: "FILE"))
        var db: String

        @Option(name: .long, help: ArgumentHelp("Run only the points whose id is i modulo n (0 <= i < n).", valueName: "i/n"))
        var shard: String?

        @Option(name: .long, help: "Points run on up to N cores at once (default: all); results do not depend on N.")
        var jobs: Int?

        @Option(name: .long, help: ArgumentHelp("Print the whole store when done, as csv or jsonl.", valueName: "FORMAT"))
        var export: String?

        @Option(name: .long, help: ArgumentHelp("Directory of the technology libraries.", valueName: "DIR"))
        var techDir: String = TechnologyCatalog.defaultDirectory

        func run() async throws {
            let exportFormat = try export.map { text -> SweepStore.ExportFormat in
                guard let format = SweepStore.ExportFormat(rawValue: text) else {
                    throw ConfigError.invalid(field: "--export", rule: "must be csv or jsonl (got '\(text)')")
                }
                return format
            }
            if let jobs, jobs < 1 { throw ConfigError.invalid(field: "--jobs", rule: "must be at least 1 (got \(jobs))") }
            let shardValue = try shard.map(Self.parseShard)
            try OutputFile.checkTarget(db, field: "--db")
            let sweep = try SweepSpec.load(path: spec)
            var runner = SweepRunner(spec: sweep, technologyDirectory: techDir)
            if let jobs { runner.parallelism = jobs }
            if let shardValue { runner.shard = shardValue }
            let store = try SweepStore(path: db, spec: sweep)
            let progress = SweepProgressLine()
            let summary = try await runner.run(store: store, progress: progress)
            progress.finish()
            let statuses = summary.statuses.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            FileHandle.standardError.write(Data("sweep: \(summary.points) points in this shard; \(summary.skipped) already stored, \(summary.ran) run\(statuses.isEmpty ? "" : " (\(statuses))"); store \(db)\n".utf8))
            if let exportFormat { try OutputFile.standardOutput(try store.export(format: exportFormat)) }
        }

        static func parseShard(_ text: String) throws -> (index: Int, count: Int) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 0, index < count else {
                throw ConfigError.invalid(field: "--shard", rule: "must be i/n with 0 <= i < n, e.g. 0/4 (got '\(text)')")
            }
            return (index, count)
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge shard stores of one sweep into one store (each point once); stores of different sweep files are refused.")

        @Argument(help: ArgumentHelp("The stores to merge.", valueName: "STORE"))
        var stores: [String] = []

        @Option(name: .long, help: ArgumentHelp("The merged store (created, or an existing store of the same sweep).", valueName: "FILE"))
        var db: String

        func run() throws {
            guard !stores.isEmpty else { throw ConfigError.invalid(field: "STORE", rule: "give at least one store to merge") }
            try OutputFile.checkTarget(db, field: "--db")
            let resolved = stores.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            if resolved.contains(URL(fileURLWithPath: db).standardizedFileURL.path) {
                throw ConfigError.invalid(field: "--db", rule: "is also a store to merge; give a new file")
            }
            let count = try SweepStore.merge(sources: stores, into: db)
            FileHandle.standardError.write(Data("sweep merge: \(stores.count) stores, \(count) points in \(db)\n".utf8))
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pareto fronts (throughput, energy efficiency, area) per workload and over all, with SVG charts and each axis's sensitivity.")

        @Argument(help: ArgumentHelp("The sweep store.", valueName: "STORE"))
        var store: String

        @Option(name: .long, help: ArgumentHelp("Directory for sweep-report.md and the charts.", valueName: "DIR"))
        var outputDir: String = "permsim-sweep-report"

        func run() throws {
            try OutputFile.checkDirectory(outputDir, field: "--output-dir")
            let report = try SweepReport.build(store: try SweepStore(existing: store, field: "STORE"))
            try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            let files = report.files()
            for file in files {
                try OutputFile.write(Data(file.text.utf8), to: outputDir + "/" + file.name, field: "--output-dir")
            }
            let front = report.scopes.first.map { "\($0.front.count) of \($0.entries.count) points on the front over all workloads" } ?? ""
            print("wrote \(files.count) files to \(outputDir); \(front)")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a sweep store's points and results, one line per point and layer.")

        @Argument(help: ArgumentHelp("The sweep store.", valueName: "STORE"))
        var store: String

        @Option(name: .long, help: ArgumentHelp("csv or jsonl.", valueName: "FORMAT"))
        var format: String = "csv"

        func run() throws {
            guard let exportFormat = SweepStore.ExportFormat(rawValue: format) else {
                throw ConfigError.invalid(field: "--format", rule: "must be csv or jsonl (got '\(format)')")
            }
            try OutputFile.standardOutput(try SweepStore(existing: store, field: "STORE").export(format: exportFormat))
        }
    }
}

/// A sweep's progress on stderr: a bar with points done, rate and time left on a terminal; a
/// line at every 10% otherwise (logs of batch jobs).
final class SweepProgressLine: SweepProgress {
    private struct State {
        var lastDecile = -1
        var drawn = false
    }
    private let start = Date()
    private let terminal = isatty(STDERR_FILENO) != 0
    private let state = Mutex(State())

    func advanced(done: Int, total: Int) {
        guard total > 0 else { return }
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let tail = done > 0 ? String(format: ", %.1f points/s, %@ left", rate, Self.duration(left)) : ""
        state.withLock { state in
            if terminal {
                let width = 30, filled = width * done / total
                let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(done)/\(total) points\(tail)".utf8))
                state.drawn = true
            } else {
                let decile = done * 10 / total
                guard decile > state.lastDecile else { return }
                state.lastDecile = decile
                FileHandle.standardError.write(Data("sweep: \(decile * 10)% (\(done) of \(total) points)\(tail)\n".utf8))
            }
        }
    }

    /// Ends the bar's line.
    func finish() {
        state.withLock { state in
            if state.drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 90 ? String(format: "%.0f s", seconds) : String(format: "%.0f min", seconds / 60)
    }
}
