import FixedPoint
import NMModel
import Testing
import Workloads

/// The cycle model against the functional reference, bit for bit, on seeded random cases.
@Suite struct BitExactTests {
    static let seeds: [UInt64] = Array(1...400)

    @Test(arguments: seeds) func cycleModelMatchesReference(seed: UInt64) throws {
        let test = try NMRandomCase(seed: seed)
        let result = try NMEngine(config: test.config).run(test.layer)
        #expect(result.accumulators == NMReference.accumulators(test.layer), "\(test)")
        #expect(result.outputs == NMReference.outputs(test.layer), "\(test)")
        // Every stored weight of every non-skipped group is multiplied once per pass it is in.
        let nonZeroGroups = (0..<test.layer.groups).filter { g in
            (0..<4).contains { t in g * 4 + t < test.layer.columns && test.layer.activations[g * 4 + t] != 0 }
        }.count
        #expect(result.stats.multiplies == nonZeroGroups * test.layer.rows * test.layer.kept, "\(test)")
        #expect(result.stats.groupsSkipped == result.plan.rowTiles * (test.layer.groups - nonZeroGroups), "\(test)")
        #expect(result.stats.muxSelects == result.stats.multiplies, "\(test)")
        #expect(result.stats.accumulatorUpdates == result.stats.multiplies, "\(test)")
        #expect(result.stats.outputWrites == test.layer.rows, "\(test)")
    }

    /// The case generator covers what it promises: every `kept`, saturation, all-zero inputs,
    /// streamed layers in group chunks and several row tiles.
    @Test func casesCoverTheCorners() throws {
        var kept = Set<Int>(), saturated = false, allZero = false, chunked = false, rowTiled = false, streamed = false, padded = false
        for seed in Self.seeds {
            let test = try NMRandomCase(seed: seed)
            let result = try NMEngine(config: test.config).run(test.layer)
            kept.insert(test.config.kept)
            saturated = saturated || result.stats.accumulatorSaturations > 0
            allZero = allZero || test.layer.activations.allSatisfy { $0 == 0 }
            chunked = chunked || result.plan.chunks > 1
            rowTiled = rowTiled || result.plan.rowTiles > 1
            streamed = streamed || !result.plan.resident
            padded = padded || test.layer.paddedColumns > 0
        }
        #expect(kept == [1, 2, 3])
        #expect(saturated && allZero && chunked && rowTiled && streamed && padded)
    }
}
