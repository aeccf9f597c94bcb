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
