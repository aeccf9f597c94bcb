import FixedPoint
import PEModel
import Testing

@Suite struct FixedPointTests {
    let format = FixedPointFormat(fractionBits: 8, accumulatorBits: 20)

    @Test func accumulateSaturatesAtTheAccumulatorWidth() {
        #expect(format.accumulatorMax == 524_287)
        #expect(format.accumulatorMin == -524_288)
        #expect(format.accumulate(524_000, 1000) == 524_287)
        #expect(format.accumulate(-524_000, -1000) == -524_288)
        #expect(format.accumulate(100, -50) == 50)
        // The counting form clips the same way and counts only the clips.
        var saturations = 0
        #expect(format.accumulate(524_000, 1000, saturations: &saturations) == 524_287)
        #expect(format.accumulate(-524_000, -1000, saturations: &saturations) == -524_288)
        #expect(format.accumulate(100, -50, saturations: &saturations) == 50)
        #expect(saturations == 2)
    }

    /// An output saturation is a requantised value that the 16-bit range cut.
    @Test func requantizeClipsOnlyWhenTheRangeCuts() {
        let q8 = FixedPointFormat.default
        for (value, relu, clips) in [(Int64(384), false, false), (Int64(32_767) << 8, false, false), (Int64(32_768) << 8, false, true),
                                     (Int64(-32_769) << 8, false, true), (Int64(-32_769) << 8, true, false)] {
            #expect(q8.requantizeClips(value, relu: relu, output: q8.requantize(value, relu: relu)) == clips, "\(value) relu \(relu)")
        }
    }

    @Test func productIsExact() {
        #expect(FixedPointFormat.multiply(.min, .min) == 1_073_741_824)
        #expect(FixedPointFormat.multiply(-3, 7) == -21)
    }

    /// ReLU, then round half up by the fraction bits, then saturate to 16 bits.
    @Test func requantizeRoundsAndSaturates() {
        let q8 = FixedPointFormat.default
        #expect(q8.requantize(384, relu: false) == 2)        // 1.5 -> 2 (half up)
        #expect(q8.requantize(383, relu: false) == 1)
        #expect(q8.requantize(-384, relu: false) == -1)      // -1.5 -> -1 (half up)
        #expect(q8.requantize(-385, relu: false) == -2)
        #expect(q8.requantize(-1000, relu: true) == 0)
        #expect(q8.requantize(Int64(Int16.max) << 9, relu: false) == .max)
        #expect(q8.requantize(-(Int64(1) << 30), relu: false) == .min)
        #expect(FixedPointFormat(fractionBits: 0, accumulatorBits: 32).requantize(-7, relu: false) == -7)
    }

    @Test func quantizeRejectsNonFiniteAndSaturates() {
        let q8 = FixedPointFormat.default
        #expect(q8.quantize(.nan) == nil)
        #expect(q8.quantize(.infinity) == nil)
        #expect(q8.quantize(1.5) == 384)
        #expect(q8.quantize(-0.001953125) == -1)             // -0.5 LSB rounds away from zero
        #expect(q8.quantize(1000) == .max)
        #expect(q8.real(384) == 1.5)
    }
}

@Suite struct ActivationQueueTests {
    /// The full flag is registered: a pop does not make room for a push in the same cycle,
    /// and both land at the clock edge.
    @Test func pushAndPopLandAtCommit() {
        var queue = ActivationQueue(depth: 2)
        #expect(queue.canAccept && queue.isEmpty)
        queue.schedulePush(activation: 5, column: 0)
        #expect(queue.head == nil)                           // not visible before commit
        queue.commit()
        queue.schedulePush(activation: 6, column: 3)
        queue.commit()
        #expect(queue.count == 2 && !queue.canAccept)
        #expect(queue.head?.activation == 5 && queue.head?.column == 0)
        queue.sample()
        queue.schedulePop()
        #expect(!queue.canAccept)                            // still full this cycle
        queue.commit()
        #expect(queue.head?.column == 3 && queue.canAccept)
        queue.schedulePop()
        queue.schedulePush(activation: 9, column: 7)         // wraps around the ring
        queue.commit()
        #expect(queue.count == 1 && queue.head?.column == 7)
        #expect(queue.stats.pushes == 3 && queue.stats.pops == 2 && queue.stats.fullCycles == 1 && queue.stats.peakOccupancy == 2)
    }
}

@Suite struct IndexCalculatorTests {
    /// Lane rows `b*p + (t - k) mod p` for every `p` (non-powers of two included), stored k.
    @Test(arguments: [1, 3, 7, 8, 13])
    func rowsFollowThePermutation(p: Int) {
        let lanes = 2, blockRows = 3
        let slots = 2
        // k for block-column 0: block-rows 0, 1, 2 -> p-1, 1 % p, 0.
        var words = [Int32](repeating: 0, count: slots * lanes)
        words[0] = Int32(p - 1); words[1] = Int32(1 % p); words[2] = 0
        var idx = IndexCalculator(lanes: lanes, blockSize: p, blockRows: blockRows, store: .sram(words))
        var issue = IssueRegister(lanes: lanes)
        let t = p - 1
        #expect(idx.evaluate(queueHead: (activation: 4, column: Int32(t)), issue: &issue))
        #expect(issue.valid && issue.slot == 0 && issue.activeLanes == 2)
        #expect(issue.rows[0] == Int32(0 * p + ((t - (p - 1)) % p + p) % p))
        #expect(issue.rows[1] == Int32(1 * p + ((t - 1 % p) % p + p) % p))
        idx.commit(issued: true)
        #expect(idx.isBusy)
        #expect(!idx.evaluate(queueHead: nil, issue: &issue))  // second slot, no pop
        #expect(issue.slot == 1 && issue.activeLanes == 1)
        #expect(issue.rows[0] == Int32(2 * p + t))
        idx.commit(issued: true)
        #expect(!idx.isBusy)
        #expect(idx.stats.permutationReads == 2 && idx.stats.issueCycles == 2 && idx.stats.columns == 1)
    }
}
