import FixedPoint
import Foundation
import PEModel
import PermDNNModel
import PermSimTestSupport
import RTLCosim
import Testing
import Workloads

/// Everything that touches SystemC (global state): one serialized suite. Nested suites in
/// other files extend it, so they never run concurrently with each other either.
@Suite(.serialized) enum SystemCSuite {}

/// The RTL as a level of the one PermDNN conformance suite (`PermDNNConformance`, the test
/// support of the root package): the same checks the Swift levels pass, through the same
/// `SteppableEngine` interface, on the build that holds each layer.
let rtlLevel = SteppableLevel(name: "rtl") { layer, config in
    try RTLEngine(build: RTLBuild.matching(LayerPlan(layer: layer, config: config)))
}

/// A co-simulation case is a conformance case: its layer and architecture fit its RTL build.
extension CosimCase: PermDNNCase {}

extension SystemCSuite {
    @Suite struct LockStepTests {
        static let configurations = 210

        /// The RTL and the Swift model agree on every visible signal of every cycle, on the
        /// drained rows and on the total cycles, for every random configuration (on the fixed16
        /// builds; the narrow formats' builds in `lockStepInNarrowWeightFormats`).
        @Test func lockStepOnRandomConfigurations() throws {
            let builds = RTLBuild.all.filter { $0.weightFormat == .fixed16 }
            try #require(builds.count >= 3, "RTL builds compiled: \(builds.map(\.name))")
            var cycles = 0, signals = 0, tiled = 0, zeroInput = 0, fullInput = 0, formula = 0
            var pValues = Set<Int>(), peCounts = Set<Int>()
            let start = Date()
            for seed in 0..<UInt64(Self.configurations) {
                let build = CosimCase.build(forSeed: seed, among: builds)
                let random = try CosimCase(seed: seed, build: build)
                let plan = try LayerPlan(layer: random.layer, config: random.config)
                try #require(build.mismatch(for: plan) == nil, "case does not fit its build: \(random)")
                let rtl = try RTLEngine(build: build)
                do {
                    let summary = try LockStep().run(plan, reference: SteppedSwiftEngine(config: random.config), dut: rtl)
                    let expected = try PermDNNEngine(config: random.config).run(random.layer)
                    try #require(summary.result.outputs == expected.outputs && summary.result.cycles == expected.cycles, "\(random)")
                    cycles += summary.cyclesCompared
                    signals += summary.signalsCompared
                    if summary.tiles > 1 { tiled += 1 }
                } catch let divergence as LockStep.Divergence {
                    Issue.record("\(random)\n\(divergence.report)")
                    return
                }
                let nonZero = random.layer.activations.filter { $0 != 0 }.count
                if nonZero == 0 { zeroInput += 1 }
                if nonZero == random.layer.activations.count { fullInput += 1 }
                if random.layer.weights.permutationSource == .formula { formula += 1 }
                pValues.insert(random.layer.weights.blockSize)
                peCounts.insert(random.config.pes)
            }
            print("lock-step: \(Self.configurations) configurations, \(cycles) cycles, \(signals) signal comparisons in \(String(format: "%.1f", Date().timeIntervalSince(start))) s; tiled \(tiled), all-zero input \(zeroInput), dense input \(fullInput), formula k \(formula), p values \(pValues.sorted()), PE counts \(peCounts.count)")
            // The generator reaches the corners it claims.
            #expect(tiled >= 20 && zeroInput >= 10 && fullInput >= 10 && formula >= 50)
            #expect(pValues.contains { $0 > 1 && $0 & ($0 - 1) != 0 } && pValues.contains(1))
            #expect(peCounts.count >= 10)
        }

        /// The RTL in the narrow weight formats (`fixed8`, `codebook4`: codes in the weight SRAM,
        /// the DEC stage, the layer's shift or codebook), in lock step with the Swift model on 210
        /// random configurations over their builds: every visible signal of every cycle (the DEC
        /// register included), the drained rows, the total cycles.
        @Test func lockStepInNarrowWeightFormats() throws {
            let builds = RTLBuild.all.filter { $0.weightFormat != .fixed16 }
            try #require(Set(builds.map(\.weightFormat)) == [.fixed8, .codebook4], "RTL builds compiled: \(builds.map(\.name))")
            var cycles = 0, signals = 0, tiled = 0, saturated = 0, perFormat: [WeightFormat: Int] = [:]
            let start = Date()
            for seed in 0..<UInt64(Self.configurations) {
                let build = CosimCase.build(forSeed: seed, among: builds)
                let random = try CosimCase(seed: seed, build: build)
                let plan = try LayerPlan(layer: random.layer, config: random.config)
                try #require(build.mismatch(for: plan) == nil, "case does not fit its build: \(random)")
                do {
                    let summary = try LockStep().run(plan, reference: SteppedSwiftEngine(config: random.config), dut: RTLEngine(build: build))
                    let expected = try PermDNNEngine(config: random.config).run(random.layer)
                    try #require(summary.result.outputs == expected.outputs && summary.result.cycles == expected.cycles, "\(random)")
                    try #require(summary.result.outputs == FunctionalReference.outputs(random.layer, format: random.config.format), "\(random)")
                    cycles += summary.cyclesCompared
                    signals += summary.signalsCompared
                    if summary.tiles > 1 { tiled += 1 }
                    if expected.pe.accumulators.saturations > 0 { saturated += 1 }
                } catch let divergence as LockStep.Divergence {
                    Issue.record("\(random)\n\(divergence.report)")
                    return
                }
                perFormat[build.weightFormat, default: 0] += 1
            }
            print("lock-step, narrow weight formats: \(Self.configurations) configurations (fixed8 \(perFormat[.fixed8] ?? 0), codebook4 \(perFormat[.codebook4] ?? 0)), \(cycles) cycles, \(signals) signal comparisons in \(String(format: "%.1f", Date().timeIntervalSince(start))) s; tiled \(tiled), saturating accumulators \(saturated)")
            #expect(tiled >= 10 && saturated >= 5 && (perFormat[.fixed8] ?? 0) >= 50 && (perFormat[.codebook4] ?? 0) >= 50)
        }

        /// The RTL passes the conformance suite every Swift level passes (bit-exact against the
        /// functional reference, cycle-exact against `PermDNNEngine.run`), on 6 random cases on
        /// each build (every weight format); the stepped Swift engine passes the same cases.
        @Test func conformanceSuiteOnEveryBuild() throws {
            var cases: [any PermDNNCase] = []
            for (index, build) in RTLBuild.all.enumerated() {
                for seed in UInt64(500)..<UInt64(506) { cases.append(try CosimCase(seed: seed + UInt64(index) * 100, build: build)) }
            }
            let expectations = try PermDNNConformance.expectations(for: cases)
            #expect(PermDNNConformance.check(SteppableLevel.steppedSwift, on: cases, expectations: expectations).passed == cases.count)
            #expect(PermDNNConformance.check(rtlLevel, on: cases, expectations: expectations).passed == cases.count)
        }

        /// A full-size EIE-suite layer on the default 32-PE design, whole-layer mode.
        @Test func fullSizeEIELayerWholeLayer() throws {
            let config = ArchitectureConfig.default
            let layer = try LayerGenerator.generate(WorkloadCatalog.layer(named: "alexnet-fc8"), format: config.format, seed: 1)
            let plan = try LayerPlan(layer: layer, config: config)
            let build = try RTLBuild.matching(plan)
            let start = Date()
            let summary = try LockStep(mode: .wholeLayer).run(plan, reference: SteppedSwiftEngine(config: config),
                                                              dut: RTLEngine(build: build))
            let expected = try PermDNNEngine(config: config).run(layer)
            #expect(summary.result.cycles == expected.cycles)
            #expect(summary.result.outputs == FunctionalReference.outputs(layer, format: config.format))
            print("whole-layer alexnet-fc8 (\(layer.weights.rows)x\(layer.weights.columns), p=\(layer.weights.blockSize)) at 32 PEs on \(build.name): \(summary.result.cycles) cycles, identical, \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        }

        /// The same full-size layer in lock step: all 32 PEs' visible state, every cycle.
        @Test func fullSizeEIELayerLockStep() throws {
            let config = ArchitectureConfig.default
            let layer = try LayerGenerator.generate(WorkloadCatalog.layer(named: "alexnet-fc8"), format: config.format, seed: 2)
            let plan = try LayerPlan(layer: layer, config: config)
            let summary = try LockStep().run(plan, reference: SteppedSwiftEngine(config: config),
                                             dut: RTLEngine(build: try RTLBuild.matching(plan)))
            let expected = try PermDNNEngine(config: config).run(layer)
            #expect(summary.result.cycles == expected.cycles && summary.cyclesCompared == expected.cycles + 1)
            #expect(summary.result.outputs == FunctionalReference.outputs(layer, format: config.format))
            print("lock-step alexnet-fc8 at 32 PEs (seed 2): \(summary.cyclesCompared) cycles, \(summary.signalsCompared) signal comparisons, identical")
        }

        /// Every other EIE-suite layer the 32-PE build holds (n <= 4096, p <= 16, B_e <= 16), in
        /// lock step at 32 PEs with the default seed: the cycles `permsim run --pes 32` reports.
        @Test(arguments: ["alexnet-fc7", "vgg16-fc8", "neuraltalk-we", "neuraltalk-lstm"])
        func fittingEIELayersLockStep(name: String) throws {
            let config = ArchitectureConfig.default
            let layer = try LayerGenerator.generate(WorkloadCatalog.layer(named: name), format: config.format, seed: 1)
            let plan = try LayerPlan(layer: layer, config: config)
            let summary = try LockStep().run(plan, reference: SteppedSwiftEngine(config: config),
                                             dut: RTLEngine(build: try RTLBuild.matching(plan)))
            let expected = try PermDNNEngine(config: config).run(layer)
            #expect(summary.result.cycles == expected.cycles && summary.result.outputs == expected.outputs)
            print("lock-step \(name) at 32 PEs: \(summary.cyclesCompared) cycles, \(summary.signalsCompared) signal comparisons, identical")
        }

        /// A weight corrupted in the RTL only is found at the first cycle its product reaches
        /// the MUL->ACC register, in the right PE and lane.
        @Test func injectedFaultIsFoundAtItsCycle() throws {
            var checked = 0
            let builds = RTLBuild.all
            for seed in UInt64(3000)..<3100 where checked < 12 {
                let random = try CosimCase(seed: seed, build: builds[Int(seed % 2)])
                let plan = try LayerPlan(layer: random.layer, config: random.config)
                guard plan.rowGroups.count == 1, plan.rowGroups[0].runs.count == 1,
                      let column = random.layer.activations.firstIndex(where: { $0 != 0 }) else { continue }
                let group = plan.rowGroups[0]
                let pe = Int(seed) % group.loads.count
                let lanes = random.config.multipliers
                let slots = (group.loads[pe].blockRows + lanes - 1) / lanes
                let index = column * slots * lanes   // word j*S_e + 0, lane 0
                let lane = 0
                // Expected: the cycle in which (column, slot 0) sits in PE pe's MUL->ACC register.
                let swift = try SteppedSwiftEngine(config: random.config)
                try swift.loadActivations(random.layer.activations)
                try plan.load(group, into: swift)
                try swift.start(group.runs[0])
                var expectedCycle = -1
                while expectedCycle < 0, try !swift.engineState().done {
                    let acc = try swift.processingElementStates(count: group.loads.count)[pe].acc
                    if acc.valid && acc.column == column && acc.slot == 0 { expectedCycle = try swift.engineState().cycle }
                    try swift.step(1)
                }
                try #require(expectedCycle > 0, "\(random)")
                let faulty = LockStep(dutLoadTransform: { load in
                    if load.pe == pe { load.weights[index] ^= 0x0040 }
                })
                do {
                    _ = try faulty.run(plan, reference: SteppedSwiftEngine(config: random.config), dut: RTLEngine(build: random.build))
                    Issue.record("fault not detected: \(random)")
                } catch let divergence as LockStep.Divergence {
                    #expect(divergence.cycle == expectedCycle && divergence.pe == pe && divergence.signal == "acc.lane\(lane).product",
                            "\(divergence.report)expected cycle \(expectedCycle) PE \(pe): \(random)")
                }
                checked += 1
            }
            #expect(checked >= 10)
        }

        /// Many RTL models built and destroyed in one process, each running a layer and passing
        /// the conformance suite (a fresh model per case).
        @Test func manyModelsInOneProcess() throws {
            let build = RTLBuild.all[0]
            let cases: [any PermDNNCase] = try (UInt64(700)..<760).map { try CosimCase(seed: $0, build: build) }
            let fresh = SteppableLevel(name: "rtl \(build.name)") { _, _ in try RTLEngine(build: build) }
            #expect(PermDNNConformance.check(fresh, on: cases).passed == cases.count)
        }

        /// Arguments the bridge refuses come back as errors with a message, not crashes.
        @Test func badArgumentsAreErrors() throws {
            let build = RTLBuild.all[0]
            let rtl = try RTLEngine(build: build)
            #expect(throws: RTLBridgeError.self) { try rtl.loadProcessingElement(build.processingElements, blockRows: 1, weights: [0], permutation: [0]) }
            #expect(throws: RTLBridgeError.self) { try rtl.loadActivations(Array(repeating: 1, count: build.maxColumns + 1)) }
            #expect(throws: RTLBridgeError.self) { try rtl.step(1) }   // never started
            #expect(throws: RTLBridgeError.self) {
                try rtl.start(TileRun(columns: 8, firstColumn: 0, endColumn: 8, continuesRowGroup: false, drains: true,
                                      blockSize: build.maxBlockSize + 1, fractionBits: 8, relu: false, formula: false))
            }
            do {
                try rtl.step(-1)
                Issue.record("negative step accepted")
            } catch let error as RTLBridgeError {
                #expect(!error.message.isEmpty)
            }
            // A second live model is refused while the first exists.
            #expect(throws: RTLBridgeError.self) { _ = try RTLEngine(build: build) }
        }
    }
}
