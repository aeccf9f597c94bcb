import Foundation

/// A double-precision radix-2 DFT of real blocks, for work done offline or for checking:
/// precomputing the stored weight spectra, and the error bound's norms.
///
/// Computes the unscaled `X[f] = sum_t x[t] exp(-2 pi i f t / k)` in place in caller-owned
/// scratch buffers, so transforming many blocks allocates nothing per block.
struct DoubleFFT: Sendable {
    let size: Int
    private let cosine: [Double]
    private let sine: [Double]
    private let bitReversed: [Int]

    init(size k: Int) {
        size = k
        cosine = (0..<(k / 2)).map { cos(2 * Double.pi * Double($0) / Double(k)) }
        sine = (0..<(k / 2)).map { sin(2 * Double.pi * Double($0) / Double(k)) }
        bitReversed = FixedPointFFT(size: k, twiddleBits: 1).bitReversed
    }

    /// Transforms the real block `x[0 ..< k]` into `real`/`imag` (each `k` long).
    func forward(_ x: UnsafeBufferPointer<Double>, real: inout [Double], imag: inout [Double]) {
        precondition(x.count >= size && real.count >= size && imag.count >= size)
        real.withUnsafeMutableBufferPointer { real in
            imag.withUnsafeMutableBufferPointer { imag in
                forward(x, real: real, imag: imag)
            }
        }
    }

    /// `forward` on buffers (the same operations in the same order, without the arrays'
    /// uniqueness and bounds checks per access: this runs for every block of every layer).
    private func forward(_ x: UnsafeBufferPointer<Double>, real: UnsafeMutableBufferPointer<Double>, imag: UnsafeMutableBufferPointer<Double>) {
        cosine.withUnsafeBufferPointer { cosine in
            sine.withUnsafeBufferPointer { sine in
                bitReversed.withUnsafeBufferPointer { bitReversed in
                    for p in 0..<size {
                        real[p] = x[bitReversed[p]]
                        imag[p] = 0
                    }
                    var half = 1
                    while half < size {
                        let stride = size / (2 * half)
                        for group in Swift.stride(from: 0, to: size, by: 2 * half) {
                            for position in 0..<half {
                                let top = group + position, bottom = top + half
                                let wr = cosine[position * stride], wi = -sine[position * stride]
                                let tr = wr * real[bottom] - wi * imag[bottom]
                                let ti = wr * imag[bottom] + wi * real[bottom]
                                real[bottom] = real[top] - tr
                                imag[bottom] = imag[top] - ti
                                real[top] += tr
                                imag[top] += ti
                            }
                        }
                        half *= 2
                    }
                }
            }
        }
    }
}
