import EIEModel
import PermSimTestSupport
import Testing
import Workloads

/// The cycle model must agree with the functional reference bit for bit, and both with a dense
/// computation that never touches the CSC, on many seeded random configurations. A failure
/// prints the seed and the configuration to replay.
@Suite struct BitExactTests {
    static let caseCount = 600

    @Test func cycleModelMatchesFunctionalReference() throws {
        var padded = 0, saturated = 0, bypassed = 0, stalled = 0, batched = 0, zeroInput = 0, emptySlices = 0, narrowPointers = 0
        for seed in 0..<UInt64(Self.caseCount) {
            let random = try EIERandomCase(seed: seed)
            let layer = random.layer
            let result = try EIEEngine(config: random.config).run(layer)
            let reference = EIEFunctionalReference.accumulators(layer)
            try #require(result.accumulators == reference, "accumulators differ: \(random)")
            try #require(result.outputs == EIEFunctionalReference.outputs(layer), "outputs differ: \(random)")
            let dense = denseAccumulators(weights: random.indices.map { layer.codebook[Int($0)] }, rows: layer.rows,
                                          columns: layer.columns, activations: layer.activations, format: layer.format)
            try #require(reference == dense, "reference differs from the dense oracle: \(random)")

            // Event identities that hold for every run.
            let pes = random.config.pes, nnz = result.nonZeroInputs
            var entriesOfNonZeroColumns = 0, weightsOfNonZeroColumns = 0, emptyOfNonZeroColumns = 0
            for slice in layer.slices {
                for j in 0..<layer.columns where layer.activations[j] != 0 {
                    let range = slice.columnRange(j, encoding: layer.encoding)
                    entriesOfNonZeroColumns += range.count
                    weightsOfNonZeroColumns += range.filter { slice.entries[$0] >> UInt16(layer.encoding.relativeIndexBits) != 0 }.count
                    if range.isEmpty { emptyOfNonZeroColumns += 1 }
                }
            }
            let total = result.total
            try #require(result.cycles == result.computeCycles + result.drainCycles, "cycle identity: \(random)")
            try #require(result.drainCycles == (layer.rows + pes - 1) / pes, "drain: \(random)")
            try #require(result.detector.broadcasts == nnz && total.queue.pushes == nnz * pes && total.queue.pops == nnz * pes,
                         "broadcast counts: \(random)")
            try #require(total.pointerRead.reads == nnz * pes, "pointer reads: \(random)")
            try #require(total.sparseMatrix.entriesRead == entriesOfNonZeroColumns, "entries: \(random)")
            try #require(total.sparseMatrix.bubbleCycles == emptyOfNonZeroColumns, "bubbles: \(random)")
            try #require(total.arithmetic.multiplies == weightsOfNonZeroColumns && total.activationRW.accumulatorWrites == weightsOfNonZeroColumns,
                         "multiplies: \(random)")
            try #require(total.sparseMatrix.lineReads <= total.sparseMatrix.entriesRead, "line reads: \(random)")
            try #require(total.queue.peakOccupancy <= random.config.queueDepth - 1, "queue holds D-1: \(random)")
            try #require(total.activationRW.outputWrites == layer.rows, "outputs written: \(random)")
            // Lower bounds: every PE spends one cycle per issue slot (entry or bubble) from cycle 4
            // on, and a weight's write lands 3 cycles after its issue; the detector needs one
            // cycle per broadcast plus the first row load.
            if nnz > 0 {
                try #require(result.computeCycles >= result.criticalPEWork + 4, "PE bound: \(random)")
            }
            if total.arithmetic.adds > 0 {
                let busiestWriter = result.perPE.filter { $0.arithmetic.adds > 0 }
                    .map { $0.sparseMatrix.entriesRead + $0.sparseMatrix.bubbleCycles }.max() ?? 0
                try #require(result.computeCycles >= busiestWriter + 4, "writer bound: \(random)")
            }
            try #require(result.computeCycles >= nnz + 1, "detector bound: \(random)")

            if total.sparseMatrix.paddingEntries > 0 { padded += 1 }
            if total.arithmetic.saturations > 0 { saturated += 1 }
            if total.arithmetic.bypasses > 0 { bypassed += 1 }
            if result.detector.stallCycles > 0 { stalled += 1 }
            if layer.columns > layer.encoding.batchColumns { batched += 1 }
            if nnz == 0 { zeroInput += 1 }
            if emptyOfNonZeroColumns > 0 { emptySlices += 1 }
            if random.config.pointerBits < 16 { narrowPointers += 1 }
        }
        print("EIE random cases: \(Self.caseCount); padding \(padded), saturation \(saturated), bypass \(bypassed), "
              + "stall \(stalled), batches \(batched), zero input \(zeroInput), empty slices \(emptySlices), narrow pointers \(narrowPointers)")
        // The generator must reach the corners it claims to cover.
        #expect(padded > 50, "cases with padding entries: \(padded)")
        #expect(saturated > 30, "saturating cases: \(saturated)")
        #expect(bypassed > 40, "cases with bypasses: \(bypassed)")
        #expect(stalled > 100, "cases where the broadcast waited: \(stalled)")
        #expect(batched > 100, "cases with several pointer batches: \(batched)")
        #expect(zeroInput > 100, "all-zero inputs: \(zeroInput)")
        #expect(emptySlices > 100, "cases with empty slices: \(emptySlices)")
        #expect(narrowPointers > 30, "cases with narrow pointers: \(narrowPointers)")
    }

    @Test func sameSeedSameResult() throws {
        for seed: UInt64 in [5, 91, 404] {
            let a = try EIERandomCase(seed: seed), b = try EIERandomCase(seed: seed)
            #expect(a.layer == b.layer, "seed \(seed)")
            #expect(try EIEEngine(config: a.config).run(a.layer) == EIEEngine(config: b.config).run(b.layer), "seed \(seed)")
        }
    }
}
