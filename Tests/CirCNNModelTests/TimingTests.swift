@testable import CirCNNModel
import PermSimTestSupport
import Testing
import Workloads

/// Exact cycle and event counts for small cases derived by hand from the timing rules in
/// `docs/circnn-model.md` (default depths: butterfly 4, CMAC 4, normaliser 1, output 1).
@Suite struct TimingTests {
    static func layer(rows: Int, columns: Int, k: Int, seed: UInt64 = 1) throws -> CirCNNLayer {
        var rng = SplitMix64(seed: seed)
        let count = ((rows + k - 1) / k) * ((columns + k - 1) / k) * k
        let weights = (0..<count).map { _ in Int16(rng.uniformInt(below: 65) - 32) }
        let activations = (0..<columns).map { _ in Int16(rng.uniformInt(below: 256)) }
        return try CirCNNLayer(name: "hand", rows: rows, columns: columns, blockSize: k, weights: weights,
                               activations: activations, relu: false, format: .default)
    }

    static func engine(butterflies: Int, lanes: Int) throws -> CirCNNEngine {
        var config = CirCNNConfig()
        config.butterflyUnits = butterflies
        config.cmacLanes = lanes
        return try CirCNNEngine(config: config)
    }

    /// One 4x4 block, one butterfly unit, one CMAC lane.
    ///
    /// Phase 1: stage 0 issues in cycles 0, 1; its results are written by cycle 1 + 4 = 5;
    /// stage 1 issues in 5, 6; the last result is written at 6 + 4 = 10 -> 10 cycles
    /// (4 issue, 3 stall, 3 fill). Phase 2: 2 words = 2 tasks = 2 waves of Nb = 1 cycle, then
    /// 3 fill -> 5. Phase 3: stage 0 (depth 1 + 4) in 0, 1 -> ready at 6; stage 1 (depth
    /// 4 + 1) in 6, 7 -> 7 + 5 = 12 (4 issue, 4 stall, 4 fill). Total 27.
    @Test func oneBlockOfFour() throws {
        let result = try Self.engine(butterflies: 1, lanes: 1).run(Self.layer(rows: 4, columns: 4, k: 4))
        #expect(result.fftPhase == CirCNNPhaseTiming(issueCycles: 4, stallCycles: 3, fillCycles: 3, units: 1, usedSlots: 4))
        #expect(result.cmacPhase == CirCNNPhaseTiming(issueCycles: 2, stallCycles: 0, fillCycles: 3, units: 1, usedSlots: 2))
        #expect(result.ifftPhase == CirCNNPhaseTiming(issueCycles: 4, stallCycles: 4, fillCycles: 4, units: 1, usedSlots: 4))
        #expect(result.cycles == 27)

        let stats = result.stats
        #expect(stats.fft.butterflies == 4 && stats.ifft.butterflies == 4)
        #expect(stats.cmac.macs == 2 && stats.cmac.waves == 2)
        // 8 butterflies x 4, plus one packed word (2) and one complex word (4).
        #expect(stats.realMultiplies == 38)
        #expect(stats.realAdds == 8 * 6 + 2 + 4)
        #expect(stats.memory.twiddleReads == 8)
        #expect(stats.memory.activationReads == 4)
        #expect(stats.memory.spectrumReads == 2)
        #expect(stats.memory.inputSpectrumWrites == 2 && stats.memory.inputSpectrumReads == 2)
        #expect(stats.memory.workBufferReads == 8 && stats.memory.workBufferWrites == 8)
        #expect(stats.memory.rowSpectrumWrites == 2 && stats.memory.rowSpectrumReads == 4)
        #expect(stats.memory.outputWrites == 4)
        #expect(stats.normalizer.maximumUpdates == 2 && stats.normalizer.exponents == 1 && stats.normalizer.operands == 4)
        #expect(stats.cmac.accumulatorUpdates == 2)
    }

    /// The same block on two butterfly units and two lanes: every stage is one cycle.
    /// Phase 1: 0 | 4 -> 4 + 4 = 8. Phase 2: one wave, 1 cycle + 3 -> 4. Phase 3: 0 | 5 -> 10.
    @Test func oneBlockOfFourOnTwoUnits() throws {
        let result = try Self.engine(butterflies: 2, lanes: 2).run(Self.layer(rows: 4, columns: 4, k: 4))
        #expect(result.fftPhase.cycles == 8 && result.fftPhase.stallCycles == 3)
        #expect(result.cmacPhase.cycles == 4)
        #expect(result.ifftPhase.cycles == 10 && result.ifftPhase.stallCycles == 4)
        #expect(result.cycles == 22)
    }

    /// Eight input blocks hide the butterfly latency: stage 1 of block b starts at 16 + 2b,
    /// after its stage-0 results (ready at 2b + 5). Phase 1 = 32 issue + 3 fill = 35;
    /// phase 2 = 2 waves x 8 + 3 = 19; phase 3 (one block-row) = 12. Total 66.
    @Test func manyBlocksHideTheLatency() throws {
        let result = try Self.engine(butterflies: 1, lanes: 1).run(Self.layer(rows: 4, columns: 32, k: 4))
        #expect(result.fftPhase == CirCNNPhaseTiming(issueCycles: 32, stallCycles: 0, fillCycles: 3, units: 1, usedSlots: 32))
        #expect(result.cmacPhase.cycles == 19)
        #expect(result.ifftPhase.cycles == 12)
        #expect(result.cycles == 66)
    }

    /// Blocks share issue cycles within a stage but a stage starts in a fresh cycle.
    /// k = 8 (4 butterflies per block and stage), 2 blocks, 3 units, depth 4:
    /// stage 0 slots 0-7 -> cycles 0-2 (block 0 ends in 1, block 1 in 2; ready 5 and 6);
    /// stage 1: block 0 waits to cycle 5 (slots 15-18, cycles 5-6, ready 10), block 1 follows
    /// in slots 19-22 (cycles 6-7, ready 11); stage 2: block 0 waits to cycle 10 (cycles
    /// 10-11), block 1 in 11-12. Issue cycles 9, stalls 4 (3, 4, 8, 9), last issue 12 -> 16.
    @Test func stageScheduleSharesCyclesWithinAStage() {
        let timing = StageSchedule.butterflyPhase(blocks: 2, stages: 3, butterfliesPerBlock: 4, units: 3) { _ in 4 }
        #expect(timing == CirCNNPhaseTiming(issueCycles: 9, stallCycles: 4, fillCycles: 3, units: 3, usedSlots: 24))
        #expect(timing.cycles == 16)
        #expect(timing.idleSlots == 3)
    }

    /// k = 1: no FFT; 3 block-rows = 3 tasks on 2 lanes = 2 waves of Nb = 5 cycles + 3 = 13;
    /// phase 3 passes 3 values through normaliser and output stage, 2 per cycle: 2 + 1 = 3.
    @Test func blockSizeOne() throws {
        let result = try Self.engine(butterflies: 1, lanes: 2).run(Self.layer(rows: 3, columns: 5, k: 1))
        #expect(result.fftPhase.cycles == 0)
        #expect(result.cmacPhase == CirCNNPhaseTiming(issueCycles: 10, stallCycles: 0, fillCycles: 3, units: 2, usedSlots: 15))
        #expect(result.ifftPhase.cycles == 3)
        #expect(result.cycles == 16)
        #expect(result.stats.realMultiplies == 15)
        #expect(result.stats.memory.activationReads == 10)
        #expect(result.stats.memory.twiddleReads == 0)
    }

    /// Inputs that are all zero cost exactly as much as dense ones: no sparsity skipping.
    @Test func inputSparsityIsNotExploited() throws {
        let dense = try Self.layer(rows: 40, columns: 70, k: 8)
        var sparse = dense
        sparse.activations = [Int16](repeating: 0, count: 70)
        sparse.activations[3] = 9
        let engine = try CirCNNEngine(config: .default)
        let a = try engine.run(dense), b = try engine.run(sparse)
        #expect(a.cycles == b.cycles)
        #expect(a.stats.realMultiplies == b.stats.realMultiplies)
        #expect(a.fftPhase == b.fftPhase && a.cmacPhase == b.cmacPhase && a.ifftPhase == b.ifftPhase)
    }

    /// Closed forms every run must satisfy, on random configurations.
    @Test func countIdentities() throws {
        for seed in 0..<UInt64(200) {
            let random = try CirCNNRandomCase(seed: seed)
            let layer = random.layer, config = random.config
            let result = try CirCNNEngine(config: config).run(layer)
            let k = layer.blockSize, stages = layer.stages, mb = layer.blockRows, nb = layer.blockColumns, slots = layer.slotsPerBlock
            let waves = (mb * slots + config.cmacLanes - 1) / config.cmacLanes
            try #require(result.cmacPhase.issueCycles == waves * nb, "\(random)")
            try #require(result.stats.cmac.macs == mb * nb * slots, "\(random)")
            try #require(result.stats.fft.butterflies == nb * stages * k / 2, "\(random)")
            try #require(result.stats.ifft.butterflies == mb * stages * k / 2, "\(random)")
            let perBlockPair = k == 1 ? 1 : 2 + 4 * (slots - 1)
            try #require(result.stats.realMultiplies == 4 * (nb + mb) * stages * k / 2 + mb * nb * perBlockPair, "\(random)")
            try #require(result.stats.memory.outputWrites == layer.rows, "\(random)")
            try #require(result.stats.memory.spectrumReads == mb * nb * slots, "\(random)")
            // Phases 1 and 3: every butterfly has a slot; the issue window holds the work.
            for phase in [result.fftPhase, result.ifftPhase] where stages > 0 {
                try #require(phase.issueCycles >= (phase.usedSlots + phase.units - 1) / phase.units, "\(random)")
                try #require(phase.idleSlots >= 0 && phase.stallCycles >= 0, "\(random)")
            }
            if stages > 0 {
                // Stage-major: at least one butterfly depth between a block's consecutive stages.
                let lower = stages * ((nb * k / 2 + config.butterflyUnits - 1) / config.butterflyUnits) + config.butterflyDepth - 1
                try #require(result.fftPhase.cycles >= lower, "\(random)")
                try #require(result.fftPhase.cycles >= stages * config.butterflyDepth, "\(random)")
            }
            try #require(result.multiplierUtilization > 0 && result.multiplierUtilization <= 1, "\(random)")
        }
    }
}
