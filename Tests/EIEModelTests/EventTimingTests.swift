import EIEModel
import PermSimTestSupport
import Testing
import Workloads

/// The event-timing path (`EIEEngine.Method.eventTiming`, the default) must give the per-cycle
/// model's `EIEResult` exactly: cycles, every counted event of every PE and of the detector,
/// accumulators and outputs. A failure prints the case and the first field that differs.
@Suite struct EventTimingTests {
    /// Random cases (`EIERandomCase`): 1-64 PEs, shapes up to 96 x 96, all densities, padding,
    /// narrow fields and pointers, batches, saturation. Each runs at its own queue depth and at
    /// `D` = 2, 3, 4 and 8 (`D = 1` is refused by `EIEConfig.validate`: a one-slot ring holds nothing).
    static let seedCount = 320
    static let depths = [2, 3, 4, 8]

    /// Both paths on one layer and config; returns the event path's result.
    @discardableResult
    static func requireSamePaths(_ layer: EIELayer, _ config: EIEConfig, _ label: @autoclosure () -> String) throws -> EIEResult {
        let stepped = try EIEEngine(config: config, method: .perCycle).run(layer)
        let events = try EIEEngine(config: config, method: .eventTiming).run(layer)
        try #require(events == stepped, "\(label()) D=\(config.queueDepth): \(firstDifference(events, stepped) ?? "?")")
        return events
    }

    @Test func randomCasesAgree() throws {
        var runs = 0, stalled = 0, bypassed = 0, fullQueues = 0
        for seed in 0..<UInt64(Self.seedCount) {
            let random = try EIERandomCase(seed: seed)
            for depth in [random.config.queueDepth] + Self.depths {
                var config = random.config
                config.queueDepth = depth
                let result = try Self.requireSamePaths(random.layer, config, "\(random)")
                runs += 1
                if result.detector.stallCycles > 0 { stalled += 1 }
                if result.total.arithmetic.bypasses > 0 { bypassed += 1 }
                if result.total.queue.fullCycles > 0 { fullQueues += 1 }
            }
        }
        print("EIE event timing vs per cycle: \(runs) runs of \(Self.seedCount) random cases; "
              + "stalls in \(stalled), bypasses in \(bypassed), full queues in \(fullQueues)")
        // The cases must exercise the coupling between PEs and the bypass rule.
        #expect(stalled > 300 && bypassed > 120 && fullQueues > 300)
    }

    /// Generated layers as `permsim run` builds them, with the fitted spread of pruned weights
    /// and uniform positions, over PE counts, queue depths and densities.
    @Test func generatedLayersAgree() throws {
        let fitted = try PositionSpread.standard()
        var runs = 0
        for (index, pes) in [1, 3, 8, 16, 64, 100].enumerated() {
            for (weightDensity, activationDensity) in [(0.04, 0.35), (0.1, 1.0), (0.3, 0.6), (0.9, 0.1)] {
                let spec = LayerSpec(name: "gen-\(pes)", inputs: 150 + 37 * index, outputs: 90 + 61 * index,
                                     weightDensity: weightDensity, activationDensity: activationDensity)
                var config = EIEConfig.default
                config.pes = pes
                for spread in [fitted, nil] {
                    let layer = try EIELayer.generate(spec: spec, format: config.format, seed: UInt64(7 + runs),
                                                      encoding: config.encoding, spread: spread)
                    for depth in Self.depths + [16] {
                        config.queueDepth = depth
                        try Self.requireSamePaths(layer, config, "\(spec.name) w=\(weightDensity) a=\(activationDensity) "
                                                  + (spread == nil ? "uniform" : "fitted"))
                        runs += 1
                    }
                }
            }
        }
        #expect(runs == 6 * 4 * 2 * 5)
    }

    /// The nine EIE benchmark layers at the published design point (64 PEs, D = 8), with
    /// uniform and fitted positions, and the fitted ones also at D = 2 (the most stalls).
    @Test func eieSuiteAgrees() throws {
        let fitted = try PositionSpread.standard()
        for spec in WorkloadCatalog.eieSuite {
            var config = EIEConfig.default
            for spread in [nil, fitted] {
                let layer = try EIELayer.generate(spec: spec, format: config.format, seed: 1, encoding: config.encoding, spread: spread)
                for depth in spread == nil ? [8] : [8, 2] {
                    config.queueDepth = depth
                    try Self.requireSamePaths(layer, config, "\(spec.name) " + (spread == nil ? "uniform" : "fitted"))
                }
            }
        }
    }

    /// A trace always steps per cycle (the default method would not see the cycles).
    @Test func traceStepsPerCycle() throws {
        let config = smallConfig(pes: 2, queueDepth: 2)
        let built = try layer(pattern(rows: 4, columns: 4, [(0, 0), (1, 0), (2, 1), (3, 3)]), activations: [1, 2, 3, 4], config: config)
        var lines = 0
        let traced = try EIEEngine(config: config).run(built, trace: EIEEngine.Trace(cycles: 1000) { _ in lines += 1 })
        #expect(lines == traced.cycles)
        #expect(traced == (try EIEEngine(config: config).run(built)))
    }
}
