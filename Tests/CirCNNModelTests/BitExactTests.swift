@testable import CirCNNModel
import PermSimTestSupport
import Testing
import Workloads

/// The engine must compute exactly what the functional fixed-point datapath computes, and both
/// must stay within the proven error bound of the exact layer output, on many seeded random
/// configurations. A failure names the seed to replay (`CirCNNRandomCase(seed:)`).
@Suite struct BitExactTests {
    static let caseCount = 700

    @Test func engineMatchesFixedPointReferenceAndBound() throws {
        var bounded = 0, saturatedInside = 0, clippedOutputs = 0, generated = 0
        var blockSizes = Set<Int>()
        var worstRatio = 0.0, worstError = 0.0, worstRatioCase = "", worstErrorCase = ""
        var worstRatioLargeBound = 0.0, worstLargeBoundCase = ""
        for seed in 0..<UInt64(Self.caseCount) {
            let random = try CirCNNRandomCase(seed: seed)
            let engine = try CirCNNEngine(config: random.config)
            let result = try engine.run(random.layer)
            let reference = try CirCNNReference.fixedPoint(random.layer, config: random.config)
            try #require(result.outputs == reference.outputs, "outputs differ: \(random)")
            try #require(result.rowShifts == reference.rowShifts && result.inputShift == reference.inputShift, "exponents differ: \(random)")
            try #require(result.stats.ifft.saturations == 0 && reference.ifftSaturations == 0, "IFFT clipped: \(random)")
            try #require(result.stats.fft.saturations == reference.fftSaturations, "FFT saturation counts differ: \(random)")
            try #require(result.stats.cmac.saturations == reference.accumulatorSaturations, "accumulator saturation counts differ: \(random)")
            try #require(result.stats.output.saturations == reference.outputSaturations, "output saturation counts differ: \(random)")
            try #require(result.cycles == result.fftPhase.cycles + result.cmacPhase.cycles + result.ifftPhase.cycles, "cycle identity: \(random)")

            blockSizes.insert(random.layer.blockSize)
            if random.generated { generated += 1 }
            if reference.outputSaturations > 0 { clippedOutputs += 1 }
            if reference.internalSaturation {
                saturatedInside += 1
                continue
            }
            // The proven bound holds whenever nothing inside the datapath clipped.
            let exact = CirCNNReference.exact(random.layer)
            let bounds = CirCNNReference.errorBound(random.layer, config: random.config, rowShifts: reference.rowShifts,
                                                    inputShift: reference.inputShift)
            let errors = outputErrors(outputs: reference.outputs, exact: exact, fractionBits: random.config.format.fractionBits)
            for (row, error) in errors.enumerated() {
                let bound = bounds[row / random.layer.blockSize]
                try #require(error <= bound * (1 + 1e-9) + 1e-9, "row \(row): error \(error) LSB exceeds bound \(bound): \(random)")
                if bound > 4, error / bound > worstRatioLargeBound {
                    (worstRatioLargeBound, worstLargeBoundCase) = (error / bound, "\(random), row \(row), bound \(bound), error \(error)")
                }
                if error / bound > worstRatio { (worstRatio, worstRatioCase) = (error / bound, "\(random), row \(row), bound \(bound)") }
                if error > worstError { (worstError, worstErrorCase) = (error, "\(random), row \(row), bound \(bound), exact \(exact[row])") }
            }
            bounded += 1
        }
        print("CirCNN random cases: \(Self.caseCount), bound checked on \(bounded) (internal saturation in \(saturatedInside)), clipped outputs in \(clippedOutputs); worst error \(worstError) LSB (\(worstErrorCase)), worst error/bound \(worstRatio) (\(worstRatioCase)); worst error/bound where the bound exceeds 4 LSB (the FFT terms dominate): \(worstRatioLargeBound) (\(worstLargeBoundCase))")
        // The generator must reach the corners it claims to cover.
        #expect(blockSizes == Set([1, 2, 4, 8, 16, 32, 64]), "block sizes: \(blockSizes.sorted())")
        #expect(generated >= 100, "cases built by the workload generator: \(generated)")
        #expect(bounded >= 550, "cases with the bound checked: \(bounded)")
        #expect(saturatedInside >= 10, "cases with internal saturation: \(saturatedInside)")
        #expect(clippedOutputs >= 20, "cases with clipped outputs: \(clippedOutputs)")
    }

    @Test func sameSeedSameResult() throws {
        for seed: UInt64 in [3, 77, 901] {
            let a = try CirCNNRandomCase(seed: seed), b = try CirCNNRandomCase(seed: seed)
            #expect(a.layer == b.layer, "seed \(seed)")
            #expect(try CirCNNEngine(config: a.config).run(a.layer) == CirCNNEngine(config: b.config).run(b.layer), "seed \(seed)")
        }
    }
}
