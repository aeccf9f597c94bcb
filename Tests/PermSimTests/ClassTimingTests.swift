import PEModel
import PermDNNModel
import PermSim
import PermSimTestSupport
import Testing
import Workloads

/// The class-timing path (`PermDNNEngine.Method.classTiming`, the default) must give the very
/// `EngineResult` the per-cycle path gives (`.perCycle`: every PE, every lane, every cycle):
/// outputs, accumulators, cycles, every tile's fields, the engine's, all PEs' and PE 0's
/// counted events. A failure names the seed and the first field that differs.
@Suite struct ClassTimingTests {
    @Test func classTimingEqualsPerCycleOnRandomCases() throws {
        var tiled = 0, twoClasses = 0, stalled = 0, saturated = 0
        for seed in 0..<UInt64(BitExactTests.caseCount) {
            let random = try PermDNNRandomCase(seed: seed)
            let fast = try PermDNNEngine(config: random.config, method: .classTiming).run(random.layer)
            let slow = try PermDNNEngine(config: random.config, method: .perCycle).run(random.layer)
            // A Bool, so a failure prints the seed and the field, not two whole results.
            let equal = fast == slow
            try #require(equal, "\(random): first difference \(firstDifference(fast, slow) ?? "none found (== failed)")")
            if fast.tiles.count > 1 { tiled += 1 }
            let mb = random.layer.weights.blockRows
            if mb % random.config.pes != 0 && mb > random.config.pes { twoClasses += 1 }
            if fast.engine.queueStallCycles > 0 { stalled += 1 }
            if fast.pe.accumulators.saturations > 0 || fast.pe.drain.outputSaturations > 0 { saturated += 1 }
        }
        // The corners the equality must hold in are actually reached.
        #expect(tiled > 20, "tiled cases: \(tiled)")
        #expect(twoClasses > 100, "cases with two PE classes: \(twoClasses)")
        #expect(stalled > 50, "cases with queue stalls: \(stalled)")
        #expect(saturated > 20, "saturating cases: \(saturated)")
    }

    @Test func classTimingEqualsPerCycleOnEIESuite() throws {
        for spec in WorkloadCatalog.eieSuite {
            let layer = try LayerGenerator.generate(spec, format: .default, seed: 1)
            let fast = try PermDNNEngine(config: .default, method: .classTiming).run(layer)
            let slow = try PermDNNEngine(config: .default, method: .perCycle).run(layer)
            let equal = fast == slow
            #expect(equal, "\(spec.name) at 32 PEs: first difference \(firstDifference(fast, slow) ?? "none found (== failed)")")
        }
    }

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

/// The path of the first stored field where `a` and `b` differ (`tiles[2].cycles: 10 vs 11`),
/// walking both values' stored properties and array elements in declaration order.
func firstDifference(_ a: Any, _ b: Any, path: String = "") -> String? {
    let ma = Mirror(reflecting: a), mb = Mirror(reflecting: b)
    if ma.displayStyle == .collection {
        let ea = Array(ma.children), eb = Array(mb.children)
        if ea.count != eb.count { return "\(path).count: \(ea.count) vs \(eb.count)" }
        for index in ea.indices {
            if let found = firstDifference(ea[index].value, eb[index].value, path: "\(path)[\(index)]") { return found }
        }
        return nil
    }
    if ma.children.isEmpty || ma.displayStyle == .optional || ma.displayStyle == .enum {
        let (da, db) = (String(describing: a), String(describing: b))
        return da == db ? nil : "\(path): \(da) vs \(db)"
    }
    for (ca, cb) in zip(ma.children, mb.children) {
        let name = ca.label ?? "?"
        if let found = firstDifference(ca.value, cb.value, path: path.isEmpty ? name : "\(path).\(name)") { return found }
    }
    return nil
}
