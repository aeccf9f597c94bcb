import ConfigSupport
import Foundation
import PermSim
import PermSimTestSupport
import Testing
@testable import Sweeps

/// Sweeps end to end on the library: a store equals itself however it was made (cores, shards
/// and merge, a resumed run), constraints exclude points, the report's fronts.
@Suite(.serialized) struct SweepRunTests {
    /// Three axes over two engines and three layers.
    static let text = """
        engines: [permdnn, eie]
        workloads: [alexnet-fc8, vgg16-fc8, neuraltalk-we]
        axes:
          engine.pes: [8, 32]
          pe.multipliers: [4, 8]
          eie.pes: [16, 64]
        verify: true
        """
    static let technology = RepositoryPaths.technologyDirectory.path

    static func spec(_ text: String = text) throws -> SweepSpec { try SweepSpec.parse(text, file: "sweep.yaml", baseDirectory: "/tmp") }

    static func run(_ spec: SweepSpec, db: String, parallelism: Int = 2, shard: (Int, Int) = (0, 1)) async throws -> SweepRunner.Summary {
        var runner = SweepRunner(spec: spec, technologyDirectory: technology)
        runner.parallelism = parallelism
        runner.shard = shard
        return try await runner.run(store: try SweepStore(path: db, spec: spec))
    }

    static func export(_ db: String) throws -> String { try SweepStore(existing: db).export(format: .csv) }

    @Test func coresShardsMergeAndResumeGiveTheSameStore() async throws {
        let directory = try TemporaryDirectory(prefix: "permsim-sweep")
        defer { directory.remove() }
        let spec = try Self.spec()
        let whole = directory.path + "/whole.sqlite"
        let summary = try await Self.run(spec, db: whole, parallelism: 2)
        #expect(summary.points == 6 && summary.ran == 6 && summary.skipped == 0)
        #expect(summary.statuses == ["done": 6], "\(summary.statuses)")
        let reference = try Self.export(whole)
        let lines = reference.split(separator: "\n").count
        #expect(lines == 19, "a header, then 6 points x 3 layers")

        // One core: the same store.
        let serial = directory.path + "/serial.sqlite"
        _ = try await Self.run(spec, db: serial, parallelism: 1)
        #expect(try Self.export(serial) == reference)

        // Three shards, merged: the same store.
        var shards: [String] = []
        for index in 0..<3 {
            let path = directory.path + "/shard\(index).sqlite"
            let part = try await Self.run(spec, db: path, shard: (index, 3))
            #expect(part.points == 2)
            shards.append(path)
        }
        let merged = directory.path + "/merged.sqlite"
        #expect(try SweepStore.merge(sources: shards, into: merged) == 6)
        #expect(try Self.export(merged) == reference)

        // A store holding some points (as an interrupted run leaves it) is completed: only the
        // missing points run, and the result is the same store.
        let resumed = directory.path + "/resumed.sqlite"
        _ = try await Self.run(spec, db: resumed, shard: (1, 3))
        let second = try await Self.run(spec, db: resumed)
        #expect(second.skipped == 2 && second.ran == 4)
        #expect(try Self.export(resumed) == reference)
        let third = try await Self.run(spec, db: resumed)
        #expect(third.ran == 0 && third.skipped == 6)

        // The report: fronts over the done points, charts for every scope.
        let report = try SweepReport.build(store: try SweepStore(existing: whole))
        #expect(report.points == 6 && report.scopes.count == 4)
        let suite = try #require(report.scopes.first)
        #expect(suite.entries.count == 6 && !suite.front.isEmpty)
        for entry in suite.entries where !entry.onFront {
            #expect(suite.entries.contains { SweepReport.dominates($0, entry) })
        }
        for entry in suite.front { #expect(!suite.entries.contains { SweepReport.dominates($0, entry) }) }
        let files = report.files()
        #expect(files.count == 9)
        let charts = files.filter { $0.name.hasSuffix(".svg") }
        #expect(charts.count == 8 && charts.allSatisfy { $0.text.hasPrefix("<svg") && $0.text.contains("Pareto front") })
        #expect(report.sensitivities.contains { $0.axis == "engine.pes" })
    }

    @Test func mergeRefusesAnotherSweepAndAStoreRefusesAnotherSpec() async throws {
        let directory = try TemporaryDirectory(prefix: "permsim-sweep")
        defer { directory.remove() }
        let small = try Self.spec("workloads: [neuraltalk-we]\naxes:\n  engine.pes: [8]\n")
        let other = try Self.spec("workloads: [neuraltalk-we]\naxes:\n  engine.pes: [16]\n")
        let a = directory.path + "/a.sqlite", b = directory.path + "/b.sqlite"
        _ = try await Self.run(small, db: a)
        _ = try await Self.run(other, db: b)
        do {
            _ = try SweepStore.merge(sources: [a, b], into: directory.path + "/m.sqlite")
            Issue.record("merged two sweeps")
        } catch {
            #expect("\(error)".contains("holds another sweep"), "\(error)")
        }
        do {
            _ = try SweepStore(path: a, spec: other)
            Issue.record("opened a store of another sweep")
        } catch {
            #expect("\(error)".contains("holds another sweep"), "\(error)")
        }
    }

    /// An area limit below a design's area excludes it, with the reason, before its other layers.
    @Test func constraintsExcludePoints() async throws {
        let directory = try TemporaryDirectory(prefix: "permsim-sweep")
        defer { directory.remove() }
        let spec = try Self.spec("workloads: [neuraltalk-we, alexnet-fc8]\naxes:\n  engine.pes: [8, 32]\nconstraints: {area-mm2: 5}\n")
        let db = directory.path + "/c.sqlite"
        let summary = try await Self.run(spec, db: db)
        #expect(summary.statuses == ["done": 1, "excluded": 1], "\(summary.statuses)")
        let rows = try SweepStore(existing: db).table("SELECT point_id, status, reason FROM points ORDER BY point_id").rows
        #expect(rows[1][1].description == "excluded" && rows[1][2].description.hasPrefix("area "), "\(rows)")
        let results = try SweepStore(existing: db).table("SELECT point_id FROM results WHERE point_id = 1").rows
        #expect(results.isEmpty)
    }

    /// A sweep shares generated layers between its points (`GeneratedLayerCache`); its cycles
    /// are those of `permsim run` on each design, which generates every layer afresh.
    @Test func sharedLayersChangeNoCycle() async throws {
        let directory = try TemporaryDirectory(prefix: "permsim-sweep")
        defer { directory.remove() }
        let spec = try Self.spec("workloads: [alexnet-fc8, neuraltalk-we, neuraltalk-lstm]\naxes:\n  engine.pes: [4, 16]\n  pe.multipliers: [2, 8]\n")
        let db = directory.path + "/s.sqlite"
        _ = try await Self.run(spec, db: db)
        let rows = try SweepStore(existing: db).table("SELECT point_id, layer_index, cycles FROM results ORDER BY point_id, layer_index").rows
        #expect(rows.count == 12)
        for pointID in 0..<4 {
            let point = spec.point(at: pointID)
            var options = EngineOptions()
            options.overrides = point.overrides
            let accelerator = try EngineTable.standard.accelerator(named: "permdnn", options: options)
            let reports = try await Simulation(accelerator: accelerator).run(try spec.selection.jobs())
            let swept = rows.filter { $0[0] == .integer(Int64(pointID)) }.map { $0[2].description }
            #expect(swept == reports.map { String($0.cycles ?? -1) }, "point \(pointID): \(swept)")
        }
    }

    /// Dominance and the front on hand-made entries.
    @Test func frontOnHandEntries() {
        func entry(_ id: Int, _ t: Double, _ e: Double, _ a: Double) -> SweepReport.Entry {
            SweepReport.Entry(pointID: id, engine: "x", settings: "", throughput: t, efficiency: e, area: a)
        }
        let entries = [entry(0, 10, 10, 5), entry(1, 10, 10, 6), entry(2, 20, 5, 5), entry(3, 5, 5, 1), entry(4, 9, 9, 6)]
        let front = SweepReport.markFront(entries).filter(\.onFront).map(\.pointID)
        #expect(front == [0, 2, 3])
    }
}
