import PEModel
import PermDNNModel
import PermSim
import PermSimTestSupport
import Testing
import Workloads

/// The class-timing path (`PermDNNEngine.Method.classTiming`, the default) and the per-cycle
/// path give the very same `EngineResult`: checked on random cases and the EIE suite by the
/// conformance suite (`ConformanceTests`, the per-cycle level); here, what only these paths have:
/// a trace forces the per-cycle path, and the comparison helper names the differing field.
@Suite struct ClassTimingTests {
    /// A trace shows every PE, so it always runs per cycle, whatever the method.
    @Test func traceRunsPerCycle() throws {
        let random = try PermDNNRandomCase(seed: 5)
        let lines = LineCounter()
        let traced = try PermDNNEngine(config: random.config, method: .classTiming)
            .run(random.layer, trace: .init(cycles: 3) { _ in lines.increment() })
        #expect(lines.count > 0)
        #expect(traced == (try PermDNNEngine(config: random.config, method: .perCycle).run(random.layer)))
    }

    /// The comparison helper itself finds a planted difference, deep in a tile and in the stats.
    @Test func firstDifferenceNamesTheField() throws {
        let random = try PermDNNRandomCase(seed: 11)
        let result = try PermDNNEngine(config: random.config).run(random.layer)
        var changed = result
        changed.tiles[0].drainStart += 1
        #expect(firstDifference(changed, result) == "tiles[0].drainStart: \(result.tiles[0].drainStart + 1) vs \(result.tiles[0].drainStart)")
        changed = result
        changed.criticalPE.indexCalculator.idleBeforeLastIssue += 2
        #expect(firstDifference(changed, result)?.hasPrefix("criticalPE.indexCalculator.idleBeforeLastIssue:") == true)
        #expect(firstDifference(result, result) == nil)
    }
}

/// Counts trace lines from a `@Sendable` sink.
private final class LineCounter: @unchecked Sendable {
    private var lines = 0
    func increment() { lines += 1 }
    var count: Int { lines }
}
