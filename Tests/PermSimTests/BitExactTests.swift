import PEModel
import PermDNNModel
import PermSim
import PermSimTestSupport
import Testing
import Workloads

/// The cycle model must agree with the functional reference bit for bit: accumulators and
/// outputs, on many seeded random configurations. A failure names the seed to replay.
@Suite struct BitExactTests {
    static let caseCount = 1_000

    @Test func cycleModelMatchesFunctionalReference() throws {
        var tiled = 0, chunked = 0, saturated = 0, formula = 0, zeroInput = 0
        for seed in 0..<UInt64(Self.caseCount) {
            let random = try PermDNNRandomCase(seed: seed)
            let engine = try PermDNNEngine(config: random.config)
            let result = try engine.run(random.layer)
            let reference = FunctionalReference.accumulators(random.layer, format: random.config.format)
            try #require(result.accumulators == reference, "accumulators differ: \(random)")
            let outputs = reference.map { random.config.format.requantize($0, relu: random.layer.relu) }
            try #require(result.outputs == outputs, "outputs differ: \(random)")
            // Total time is the documented DRAM schedule over the tiles; a resident layer never waits.
            let schedule = AnalyticModel.schedule(computeCycles: result.tiles.map(\.cycles), transferCycles: result.tiles.map(\.transferCycles))
            try #require(result.cycles == schedule, "schedule: \(random)")
            if result.fitsOnChip { try #require(result.dramStallCycles == 0 && result.engine.dramBytes == 0, "resident layer waited: \(random)") }
            if result.tiles.count == 1 {
                // The analytic gap is exactly the critical PE's counted idle cycles beyond the
                // unavoidable ones (2 fill + 3 tail; or every word read when nothing is non-zero).
                let tile = result.tiles[0]
                let unavoidable = tile.nonZeroInputs > 0 ? 5 : (random.layer.weights.columns + random.config.nzdWordWidth - 1) / random.config.nzdWordWidth
                try #require(tile.bubbleCycles == result.criticalPE.indexCalculator.idleCycles - unavoidable, "bubbles: \(random)")
                try #require(tile.bubbleCycles >= 0, "negative bubbles: \(random)")
            }
            if result.tiles.count > 1 { tiled += 1 }
            if result.tiles.contains(where: { $0.firstColumn > 0 }) { chunked += 1 }
            if result.pe.accumulators.saturations > 0 { saturated += 1 }
            if random.layer.weights.permutationSource == .formula { formula += 1 }
            if result.nonZeroInputs == 0 { zeroInput += 1 }
        }
        // The generator must actually reach the corners it claims to cover.
        #expect(tiled > 20, "tiled cases: \(tiled)")
        #expect(chunked > 10, "column-chunked cases: \(chunked)")
        #expect(saturated > 20, "saturating cases: \(saturated)")
        #expect(formula > 300, "formula cases: \(formula)")
        #expect(zeroInput > 100, "all-zero inputs: \(zeroInput)")
    }

    @Test func sameSeedSameCyclesAndBytes() throws {
        for seed: UInt64 in [3, 77, 901] {
            let a = try PermDNNRandomCase(seed: seed), b = try PermDNNRandomCase(seed: seed)
            let ra = try PermDNNEngine(config: a.config).run(a.layer)
            let rb = try PermDNNEngine(config: b.config).run(b.layer)
            #expect(ra == rb, "seed \(seed)")
        }
    }
}
