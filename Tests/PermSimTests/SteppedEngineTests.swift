import PEModel
import PermDNNModel
import PermSim
import PermSimTestSupport
import Testing
import Workloads

/// The stepped Swift engine (the co-simulation's reference side) is the cycle model itself: it
/// reproduces `PermDNNEngine.run` exactly (checked by the conformance suite, `ConformanceTests`,
/// the stepped level); here, two stepped engines in lock step compare every cycle, and the
/// lock-step comparer finds an injected fault at the cycle where it first becomes visible.
/// Runs without SystemC.
@Suite struct SteppedEngineTests {
    @Test func lockStepOfTwoSwiftEnginesComparesEveryCycle() throws {
        for seed in UInt64(1000)..<1100 {
            let random = try PermDNNRandomCase(seed: seed)
            let plan = try LayerPlan(layer: random.layer, config: random.config)
            let summary = try LockStep().run(plan, reference: SteppedSwiftEngine(config: random.config),
                                             dut: SteppedSwiftEngine(config: random.config))
            let expected = try PermDNNEngine(config: random.config).run(random.layer)
            try #require(summary.result.outputs == expected.outputs && summary.result.cycles == expected.cycles, "\(random)")
            // Cycles 0 ... N of every tile are compared (N: the cycle in which done rises).
            try #require(summary.cyclesCompared == expected.tiles.reduce(0) { $0 + $1.cycles + 1 }, "\(random)")
        }
    }

    /// A weight corrupted in one model only: the comparer stops at the first cycle in which that
    /// weight's product sits in the MUL->ACC register, names the PE and the lane's product.
    @Test func injectedWeightFaultIsFoundAtItsCycle() throws {
        var checked = 0
        for seed in UInt64(2000)..<2200 where checked < 40 {
            let random = try PermDNNRandomCase(seed: seed)
            let plan = try LayerPlan(layer: random.layer, config: random.config)
            guard plan.rowGroups.count == 1, plan.rowGroups[0].runs.count == 1 else { continue }
            let group = plan.rowGroups[0]
            // Pick a PE and a non-zero input column; corrupt that column's first weight.
            let lanes = random.config.multipliers
            guard let column = random.layer.activations.firstIndex(where: { $0 != 0 }) else { continue }
            let pe = Int(seed) % group.loads.count
            let slots = (group.loads[pe].blockRows + lanes - 1) / lanes
            let index = column * slots * lanes   // word j*S + 0, lane 0
            let original = group.loads[pe].weights[index]
            let corrupted = original ^ 0x0101
            // The expected cycle: when (column, slot 0) is in PE pe's MUL->ACC register.
            let reference = try SteppedSwiftEngine(config: random.config)
            try reference.loadActivations(random.layer.activations)
            try plan.load(group, into: reference)
            try reference.start(group.runs[0])
            var expectedCycle = -1
            while expectedCycle < 0 {
                let state = try reference.engineState()
                if state.done { break }
                let acc = try reference.processingElementStates(count: group.loads.count)[pe].acc
                if acc.valid && acc.column == column && acc.slot == 0 { expectedCycle = state.cycle }
                try reference.step(1)
            }
            try #require(expectedCycle > 0, "\(random)")
            let lockStep = LockStep(dutLoadTransform: { load in
                if load.pe == pe { load.weights[index] = corrupted }
            })
            do {
                _ = try lockStep.run(plan, reference: SteppedSwiftEngine(config: random.config),
                                     dut: SteppedSwiftEngine(config: random.config))
                Issue.record("fault not detected: \(random)")
            } catch let divergence as LockStep.Divergence {
                try #require(divergence.cycle == expectedCycle && divergence.pe == pe, "\(divergence.report) expected cycle \(expectedCycle) PE \(pe): \(random)")
                try #require(divergence.signal == "acc.lane0.product", "\(divergence.report)")
                try #require(!divergence.recentTrace.isEmpty && divergence.report.contains("ref "))
            }
            checked += 1
        }
        #expect(checked >= 20, "fault cases checked: \(checked)")
    }
}
