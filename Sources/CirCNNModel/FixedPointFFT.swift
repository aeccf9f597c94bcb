import Foundation

/// A `k`-point radix-2 fixed-point FFT: the twiddle ROM, the input order, and the transforms of
/// one block computed functionally (block by block, the way the reference does it).
///
/// Algorithm: iterative decimation in time. The `k` inputs are loaded in bit-reversed order;
/// stage `s` (`0 ..< log2 k`) combines pairs `half = 2^s` apart with twiddle
/// `W_k^m = exp(-2 pi i m / k)`, `m = pos * k / 2^(s+1)` for the butterfly at position `pos`
/// of its group; the outputs come out in natural order. Every butterfly scales by 1/2
/// (`SpectralArithmetic.butterfly`), so the forward transform computes `DFT(x) / k` and the
/// inverse (conjugated twiddles) computes `IDFT(X) = (1/k) sum X e^(+...)` without any value
/// ever growing: overflow cannot occur except through twiddle rounding on full-scale inputs,
/// where the butterfly saturates (and counts it).
///
/// Twiddle ROM [ours]: `k/2` entries, real and imaginary parts 16-bit with `T` fraction bits,
/// `round(cos(2 pi m/k) * 2^T)` and `round(-sin(2 pi m/k) * 2^T)` (half away from zero).
struct FixedPointFFT: Sendable {
    /// Block size `k` (a power of two).
    let size: Int
    /// `log2 k`.
    let stages: Int
    /// Twiddle fraction bits `T`.
    let twiddleBits: Int
    /// ROM entry `m` of `W_k^m`, `m` in `0 ..< k/2` (empty for `k = 1`).
    let twiddleReal: [Int32]
    let twiddleImag: [Int32]
    /// `bitReversed[p]` = the input index loaded at position `p` of the first stage.
    let bitReversed: [Int]

    init(size k: Int, twiddleBits t: Int) {
        size = k
        stages = k.trailingZeroBitCount
        twiddleBits = t
        var real = [Int32](), imag = [Int32]()
        let scale = Double(1 << t)
        for m in 0..<(k / 2) {
            let angle = 2 * Double.pi * Double(m) / Double(k)
            real.append(Int32((cos(angle) * scale).rounded()))
            imag.append(Int32((-sin(angle) * scale).rounded()))
        }
        twiddleReal = real
        twiddleImag = imag
        bitReversed = (0..<k).map { p in
            var reversed = 0
            for bit in 0..<k.trailingZeroBitCount where p & (1 << bit) != 0 {
                reversed |= 1 << (k.trailingZeroBitCount - 1 - bit)
            }
            return reversed
        }
    }

    /// Phase-2 words per block: `k/2` (slot 0 packs the DC and Nyquist bins), 1 for `k = 1`.
    var slots: Int { max(1, size / 2) }

    /// Runs every stage on `real`/`imag` (already in bit-reversed order), in place.
    /// `inverse` conjugates the twiddles. Returns the butterflies' saturation count.
    private func transform(_ real: inout [Int32], _ imag: inout [Int32], inverse: Bool) -> Int {
        var saturations = 0
        for stage in 0..<stages {
            let half = 1 << stage
            let stride = size >> (stage + 1)
            for group in Swift.stride(from: 0, to: size, by: 2 * half) {
                for position in 0..<half {
                    let top = group + position, bottom = top + half
                    let m = position * stride
                    let wi = inverse ? -twiddleImag[m] : twiddleImag[m]
                    let (r0, i0, r1, i1) = SpectralArithmetic.butterfly(
                        ar: real[top], ai: imag[top], br: real[bottom], bi: imag[bottom],
                        wr: twiddleReal[m], wi: wi, twiddleBits: twiddleBits, saturations: &saturations)
                    real[top] = r0; imag[top] = i0; real[bottom] = r1; imag[bottom] = i1
                }
            }
        }
        return saturations
    }

    /// The scaled spectrum `DFT(x)/k` of one real block of 16-bit values, as `k` complex bins in
    /// natural order.
    func forward(_ x: [Int32]) -> (real: [Int32], imag: [Int32], saturations: Int) {
        var real = (0..<size).map { x[bitReversed[$0]] }
        var imag = [Int32](repeating: 0, count: size)
        let saturations = transform(&real, &imag, inverse: false)
        return (real, imag, saturations)
    }

    /// The phase-2 words of a spectrum: slot 0 = (bin 0, bin k/2) real parts for `k >= 2`,
    /// slot `f` = bin `f` for `f` in `1 ..< k/2`; for `k = 1` the single bin.
    func pack(real: [Int32], imag: [Int32]) -> (real: [Int32], imag: [Int32]) {
        guard size >= 2 else { return ([real[0]], [0]) }
        var packedReal = Array(real[0..<(size / 2)]), packedImag = Array(imag[0..<(size / 2)])
        packedImag[0] = real[size / 2]
        packedReal[0] = real[0]
        return (packedReal, packedImag)
    }

    /// The Hermitian spectrum bin `f` (`0 ..< k`) of a packed row spectrum: bins above `k/2` are
    /// the conjugates of their mirrors; bins 0 and `k/2` are real.
    @inline(__always)
    func hermitianBin(_ f: Int, real: [Int32], imag: [Int32]) -> (Int32, Int32) {
        if size == 1 { return (real[0], 0) }
        let half = size / 2
        if f == 0 { return (real[0], 0) }
        if f == half { return (imag[0], 0) }
        if f < half { return (real[f], imag[f]) }
        return (real[size - f], -imag[size - f])
    }

    /// The real part of `IDFT(Z)` (every stage scaled by 1/2) of a packed 16-bit row spectrum.
    func inverseReal(packedReal: [Int32], packedImag: [Int32]) -> (values: [Int32], saturations: Int) {
        var real = [Int32](repeating: 0, count: size), imag = [Int32](repeating: 0, count: size)
        for position in 0..<size {
            (real[position], imag[position]) = hermitianBin(bitReversed[position], real: packedReal, imag: packedImag)
        }
        let saturations = transform(&real, &imag, inverse: true)
        return (real, saturations)
    }
}
