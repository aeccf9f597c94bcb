@testable import CirCNNModel
import Foundation
import Testing
import Workloads

/// The 16-bit FFT on its own: known vectors, agreement with a double DFT within the stated
/// per-bin bound, and the forward/inverse round trip.
@Suite struct FFTTests {
    /// The direct `O(k^2)` DFT, the most obvious definition.
    static func directDFT(_ x: [Double]) -> [(Double, Double)] {
        let k = x.count
        return (0..<k).map { f in
            var real = 0.0, imag = 0.0
            for t in 0..<k {
                let angle = -2 * Double.pi * Double(f * t) / Double(k)
                real += x[t] * cos(angle)
                imag += x[t] * sin(angle)
            }
            return (real, imag)
        }
    }

    @Test func twiddleROMIsExactAtTheAxes() {
        let fft = FixedPointFFT(size: 8, twiddleBits: 14)
        #expect(fft.twiddleReal == [16384, 11585, 0, -11585])
        #expect(fft.twiddleImag == [0, -11585, -16384, -11585])
        #expect(fft.bitReversed == [0, 4, 2, 6, 1, 5, 3, 7])
        #expect(FixedPointFFT(size: 1, twiddleBits: 14).twiddleReal.isEmpty)
    }

    @Test func impulseGivesAFlatSpectrum() {
        // 800 halves exactly through three stages: every bin is 800/8 = 100, no rounding.
        let fft = FixedPointFFT(size: 8, twiddleBits: 14)
        let spectrum = fft.forward([800, 0, 0, 0, 0, 0, 0, 0])
        #expect(spectrum.real == [Int32](repeating: 100, count: 8))
        #expect(spectrum.imag == [Int32](repeating: 0, count: 8))
        #expect(spectrum.saturations == 0)
    }

    @Test func constantGivesDCOnly() {
        let fft = FixedPointFFT(size: 16, twiddleBits: 14)
        let spectrum = fft.forward([Int32](repeating: -1000, count: 16))
        #expect(spectrum.real[0] == -1000)
        #expect(spectrum.real.dropFirst().allSatisfy { $0 == 0 })
        #expect(spectrum.imag.allSatisfy { $0 == 0 })
    }

    @Test func cosineGivesTwoBins() {
        // x_t = 16000 cos(2 pi 3 t / 32): DFT/k has 8000 at bins 3 and 29, ~0 elsewhere.
        let k = 32
        let fft = FixedPointFFT(size: k, twiddleBits: 14)
        let x = (0..<k).map { Int32((16000 * cos(2 * Double.pi * 3 * Double($0) / Double(k))).rounded()) }
        let spectrum = fft.forward(x)
        let bound = CirCNNReference.fftErrorBound(fft, inputModulus: 16000)
        for f in 0..<k {
            let expected = (f == 3 || f == 29) ? 8000.0 : 0
            #expect(abs(Double(spectrum.real[f]) - expected) <= bound + 1, "bin \(f): \(spectrum.real[f])")
            #expect(abs(Double(spectrum.imag[f])) <= bound + 1, "bin \(f): \(spectrum.imag[f])")
        }
    }

    @Test func doubleFFTMatchesDirectDFT() {
        var rng = SplitMix64(seed: 11)
        for k in [1, 2, 4, 8, 64] {
            let x = (0..<k).map { _ in rng.uniformUnit() * 2 - 1 }
            var real = [Double](repeating: 0, count: k), imag = [Double](repeating: 0, count: k)
            x.withUnsafeBufferPointer { DoubleFFT(size: k).forward($0, real: &real, imag: &imag) }
            for (f, (r, i)) in Self.directDFT(x).enumerated() {
                #expect(abs(real[f] - r) < 1e-9 && abs(imag[f] - i) < 1e-9, "k \(k) bin \(f)")
            }
        }
    }

    /// Every bin of the 16-bit FFT is within `fftErrorBound` of the exact `DFT(x)/k`.
    @Test(arguments: [1, 2, 4, 8, 16, 32, 64])
    func fixedFFTWithinBoundOfExact(k: Int) {
        var rng = SplitMix64(seed: UInt64(k))
        var worst = 0.0
        for twiddleBits in [14, 8] {
            let fft = FixedPointFFT(size: k, twiddleBits: twiddleBits)
            for trial in 0..<200 {
                // Mix of full-scale, small and sparse blocks.
                let range = [32767, 1023, 5][trial % 3]
                let x = (0..<k).map { _ in rng.uniformInt(below: 4) == 0 ? Int32(0) : Int32(rng.uniformInt(below: 2 * range + 1) - range) }
                let spectrum = fft.forward(x)
                let largest = x.reduce(0) { max($0, Double(abs($1))) }
                let bound = CirCNNReference.fftErrorBound(fft, inputModulus: largest)
                if spectrum.saturations > 0 { continue }
                for (f, (r, i)) in Self.directDFT(x.map(Double.init)).enumerated() {
                    let dr = Double(spectrum.real[f]) - r / Double(k), di = Double(spectrum.imag[f]) - i / Double(k)
                    let error = (dr * dr + di * di).squareRoot()
                    worst = max(worst, error / max(bound, 1e-12))
                    #expect(error <= bound + 1e-9, "k \(k) T \(twiddleBits) trial \(trial) bin \(f): error \(error) > bound \(bound)")
                }
            }
        }
        print("k = \(k): worst FFT bin error / bound = \(worst)")
    }

    /// forward -> pack -> inverse returns `x/k` within the FFT bound plus the IFFT bound.
    @Test(arguments: [1, 2, 4, 8, 16, 32, 64])
    func roundTrip(k: Int) {
        var rng = SplitMix64(seed: 1000 + UInt64(k))
        let fft = FixedPointFFT(size: k, twiddleBits: 14)
        for _ in 0..<100 {
            let x = (0..<k).map { _ in Int32(rng.uniformInt(below: 32001) - 16000) }
            let spectrum = fft.forward(x)
            let packed = fft.pack(real: spectrum.real, imag: spectrum.imag)
            let inverse = fft.inverseReal(packedReal: packed.real, packedImag: packed.imag)
            let largest = x.reduce(0) { max($0, Double(abs($1))) }
            let bound = CirCNNReference.fftErrorBound(fft, inputModulus: largest)
                + CirCNNReference.fftErrorBound(fft, inputModulus: largest + CirCNNReference.fftErrorBound(fft, inputModulus: largest))
            #expect(inverse.saturations == 0)
            for t in 0..<k {
                #expect(abs(Double(inverse.values[t]) - Double(x[t]) / Double(k)) <= bound, "k \(k) t \(t)")
            }
        }
    }

    @Test func packKeepsTheRealBinsInWordZero() {
        let fft = FixedPointFFT(size: 8, twiddleBits: 14)
        let packed = fft.pack(real: [10, 11, 12, 13, 14, 15, 16, 17], imag: [0, 21, 22, 23, 0, 25, 26, 27])
        #expect(packed.real == [10, 11, 12, 13])
        #expect(packed.imag == [14, 21, 22, 23])
        #expect(fft.hermitianBin(4, real: packed.real, imag: packed.imag) == (14, 0))
        #expect(fft.hermitianBin(6, real: packed.real, imag: packed.imag) == (12, -22))
        let single = FixedPointFFT(size: 1, twiddleBits: 14).pack(real: [7], imag: [0])
        #expect(single.real == [7] && single.imag == [0])
    }

    @Test func normaliserKeepsSpectraWithinFourteenBits() {
        for magnitude: Int64 in [1, 2, 3, 16383, 16384, 16385, 32767, 1 << 30, (1 << 39) - 1] {
            let shift = SpectralArithmetic.normalizationShift(maxMagnitude: magnitude)
            for value in [magnitude, -magnitude] {
                let normalized = SpectralArithmetic.normalize(value, shift: shift)
                #expect(abs(Int(normalized)) <= 1 << 14, "M \(magnitude) s \(shift)")
                #expect(abs(Int(normalized)) >= 1 << 12, "M \(magnitude) uses too few bits (s \(shift))")
            }
        }
        #expect(SpectralArithmetic.normalizationShift(maxMagnitude: 0) == 0)
        #expect(SpectralArithmetic.inputShift(largestMagnitude: 1023) == 5)
        #expect(SpectralArithmetic.inputShift(largestMagnitude: 32768) == 0)
        #expect(SpectralArithmetic.inputShift(largestMagnitude: 1) == 14)
        #expect(SpectralArithmetic.inputShift(largestMagnitude: 0) == 0)
    }

    @Test func outputStageRoundsShiftsAndSaturates() {
        #expect(SpectralArithmetic.output(100, exponent: 2, relu: false) == (400, false))
        #expect(SpectralArithmetic.output(5, exponent: -1, relu: false) == (3, false))
        #expect(SpectralArithmetic.output(-5, exponent: -1, relu: false) == (-2, false))
        #expect(SpectralArithmetic.output(-5, exponent: -1, relu: true) == (0, false))
        #expect(SpectralArithmetic.output(20000, exponent: 1, relu: false) == (Int16.max, true))
        #expect(SpectralArithmetic.output(-20000, exponent: 40, relu: false) == (Int16.min, true))
        #expect(SpectralArithmetic.output(-20000, exponent: -60, relu: false) == (0, false))
    }
}
