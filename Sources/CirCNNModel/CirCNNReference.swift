import Foundation

/// The two functional models of a CirCNN layer, and the error bound between them.
///
/// - `exact`: `y = act(W x)` straight from the circulant blocks, no FFT. Every 16x16 product of
///   weight and activation codes is summed exactly in 64-bit integers and converted to `Double`
///   once, so it is the true value of the layer the 16-bit weights and inputs define.
/// - `fixedPoint`: the FFT datapath, computed block by block with exactly the arithmetic the
///   engine performs (`SpectralArithmetic`); `CirCNNEngine` must reproduce it bit for bit.
/// - `errorBound`: a proven bound, per block-row, on `|fixedPoint - exact|` in output LSBs
///   (derivation in `docs/circnn-model.md`).
public enum CirCNNReference {
    /// What the fixed-point datapath computed, plus what the error bound needs.
    public struct FixedPointResult: Sendable, Equatable {
        /// The layer's outputs (`m` values, padding rows dropped).
        public var outputs: [Int16]
        /// Block floating-point exponent `s_i` of each block-row (`SpectralArithmetic.normalizationShift`).
        public var rowShifts: [Int]
        /// The layer's input exponent `a` (`SpectralArithmetic.inputShift`).
        public var inputShift: Int
        /// Butterfly outputs clipped to 16 bits in the input FFTs.
        public var fftSaturations: Int
        /// Accumulator adds clipped to `A` bits.
        public var accumulatorSaturations: Int
        /// Butterfly outputs clipped in the IFFTs (0 by construction; counted to prove it).
        public var ifftSaturations: Int
        /// Outputs clipped to 16 bits by the output stage.
        public var outputSaturations: Int
        /// Largest accumulator part magnitude of the layer (sizes `A`).
        public var largestAccumulator: Int64

        /// Whether any internal value clipped (the error bound assumes none did; the clipped
        /// outputs themselves are fine, the bound compares clipped with clipped).
        public var internalSaturation: Bool { fftSaturations + accumulatorSaturations + ifftSaturations > 0 }
    }

    /// `act(W x)` in real units (`m` values), exact up to one rounding to `Double`.
    public static func exact(_ layer: CirCNNLayer) -> [Double] {
        let k = layer.blockSize, m = layer.rows, n = layer.columns
        let nb = layer.blockColumns
        var sums = [Int64](repeating: 0, count: layer.blockRows * k)
        layer.weights.withUnsafeBufferPointer { w in
            layer.activations.withUnsafeBufferPointer { x in
                for i in 0..<layer.blockRows {
                    for j in 0..<nb {
                        let base = (i * nb + j) * k
                        for s in 0..<min(k, n - j * k) where x[j * k + s] != 0 {
                            let xs = Int64(x[j * k + s])
                            // Column s of the block holds c[(r - s) mod k] in row r.
                            for r in 0..<k { sums[i * k + r] += Int64(w[base + (r - s + k) % k]) * xs }
                        }
                    }
                }
            }
        }
        let unit = Double.pow2(-2 * layer.format.fractionBits)
        return (0..<m).map { r in
            let y = Double(sums[r]) * unit
            return layer.relu && y < 0 ? 0 : y
        }
    }

    /// The fixed-point FFT datapath, block by block (see `CirCNNEngine` for the same arithmetic
    /// in hardware order). Throws when `config` is invalid or does not fit the layer.
    public static func fixedPoint(_ layer: CirCNNLayer, config: CirCNNConfig) throws -> FixedPointResult {
        try config.validate()
        try CirCNNEngine.checkCompatible(layer, config: config)
        let k = layer.blockSize, mb = layer.blockRows, nb = layer.blockColumns, slots = layer.slotsPerBlock
        let fft = FixedPointFFT(size: k, twiddleBits: config.twiddleFractionBits)
        var fftSaturations = 0, accumulatorSaturations = 0, ifftSaturations = 0, outputSaturations = 0
        let inputShift = SpectralArithmetic.inputShift(largestMagnitude: layer.activations.reduce(0) { max($0, Int($1.magnitude)) })

        // Phase 1: every input block's scaled spectrum, packed into phase-2 words.
        var inputReal = [[Int32]](), inputImag = [[Int32]]()
        for j in 0..<nb {
            let block = (0..<k).map { t in j * k + t < layer.columns ? Int32(layer.activations[j * k + t]) << inputShift : 0 }
            let spectrum = fft.forward(block)
            fftSaturations += spectrum.saturations
            let packed = fft.pack(real: spectrum.real, imag: spectrum.imag)
            inputReal.append(packed.real)
            inputImag.append(packed.imag)
        }

        let accumulatorMax = config.format.accumulatorMax, accumulatorMin = config.format.accumulatorMin
        var outputs = [Int16](repeating: 0, count: layer.rows)
        var rowShifts = [Int](repeating: 0, count: mb)
        var largest: Int64 = 0
        var zReal = [Int32](repeating: 0, count: slots), zImag = [Int32](repeating: 0, count: slots)
        for i in 0..<mb {
            // Phase 2: one accumulator pair per word, summed over j in increasing order.
            var accReal = [Int64](repeating: 0, count: slots), accImag = [Int64](repeating: 0, count: slots)
            for slot in 0..<slots {
                let kind = SpectralArithmetic.SlotKind.of(slot: slot, blockSize: k)
                for j in 0..<nb {
                    let word = (i * nb + j) * slots + slot
                    SpectralArithmetic.multiplyAccumulate(
                        accReal: &accReal[slot], accImag: &accImag[slot],
                        sr: Int32(layer.spectrumReal[word]), si: Int32(layer.spectrumImag[word]),
                        xr: inputReal[j][slot], xi: inputImag[j][slot], kind: kind,
                        min: accumulatorMin, max: accumulatorMax, saturations: &accumulatorSaturations)
                }
            }
            // Phase 3: block floating-point normalisation, IFFT, output stage.
            var rowLargest: Int64 = 0
            for slot in 0..<slots { rowLargest = max(rowLargest, accReal[slot].magnitude64, accImag[slot].magnitude64) }
            largest = max(largest, rowLargest)
            let shift = SpectralArithmetic.normalizationShift(maxMagnitude: rowLargest)
            rowShifts[i] = shift
            for slot in 0..<slots {
                zReal[slot] = SpectralArithmetic.normalize(accReal[slot], shift: shift)
                zImag[slot] = SpectralArithmetic.normalize(accImag[slot], shift: shift)
            }
            let inverse = fft.inverseReal(packedReal: zReal, packedImag: zImag)
            ifftSaturations += inverse.saturations
            let exponent = layer.stages + shift - layer.spectrumFractionBits - inputShift
            for t in 0..<k where i * k + t < layer.rows {
                let (value, clipped) = SpectralArithmetic.output(inverse.values[t], exponent: exponent, relu: layer.relu)
                outputs[i * k + t] = value
                if clipped { outputSaturations += 1 }
            }
        }
        return FixedPointResult(outputs: outputs, rowShifts: rowShifts, inputShift: inputShift, fftSaturations: fftSaturations,
                                accumulatorSaturations: accumulatorSaturations, ifftSaturations: ifftSaturations,
                                outputSaturations: outputSaturations, largestAccumulator: largest)
    }

    /// The bound, per block-row, on `|output - clamp(exact * 2^F)|` in output LSBs, for a run
    /// with no internal saturation whose exponents were `rowShifts` (`s_i`) and `inputShift` (`a`).
    ///
    /// `B_i = [e_i < 0]/2 + 2^e_i (e3_i + e4) + 2^-a e1 sum_j sum_f mult_f |W_ij[f]|
    ///        + sum_j sum_f mult_f e2_f (|X_j[f]|/k + 2^-a e1)`
    /// with `e_i = log2 k + s_i - G - a` the output exponent, `e1` and `e4` the worst-case
    /// errors of the 16-bit FFT of the shifted inputs and of the IFFT (`fftErrorBound`), `e3_i`
    /// the normaliser's rounding (`sqrt(1/2)` when `s_i > 0`, else 0), `e2_f` the stored
    /// spectrum's rounding (`2^-(G+1)` per part), `W_ij` and `X_j` the exact DFTs of the weights
    /// (real units) and the inputs (codes), and `mult_f` = 1 for bins 0 and `k/2`, else 2 (each
    /// such bin stands for itself and its Hermitian mirror). Derivation: `docs/circnn-model.md`.
    public static func errorBound(_ layer: CirCNNLayer, config: CirCNNConfig, rowShifts: [Int], inputShift: Int) -> [Double] {
        let k = layer.blockSize, mb = layer.blockRows, nb = layer.blockColumns
        let fixed = FixedPointFFT(size: k, twiddleBits: config.twiddleFractionBits)
        let largestInput = layer.activations.reduce(0) { max($0, Int($1.magnitude)) }
        let inputScale = Double.pow2(-inputShift)
        let e1 = fftErrorBound(fixed, inputModulus: Double(largestInput) * Double.pow2(inputShift))
        let e4 = fftErrorBound(fixed, inputModulus: 2.0.squareRoot() * Double(1 << SpectralArithmetic.normalizedLimitBits))
        let g = layer.spectrumFractionBits
        let halfStoredLSB = Double.pow2(-g - 1)
        let bins = layer.binsPerBlock
        func multiplicity(_ f: Int) -> Double { (f == 0 || 2 * f == k) ? 1 : 2 }
        func storedError(_ f: Int) -> Double { (f == 0 || 2 * f == k) ? halfStoredLSB : halfStoredLSB * 2.0.squareRoot() }

        let dft = DoubleFFT(size: k)
        var block = [Double](repeating: 0, count: k)
        var real = [Double](repeating: 0, count: k), imag = [Double](repeating: 0, count: k)
        // Input side, the same for every block-row.
        var inputTerm = 0.0
        for j in 0..<nb {
            for t in 0..<k { block[t] = j * k + t < layer.columns ? Double(layer.activations[j * k + t]) : 0 }
            block.withUnsafeBufferPointer { dft.forward($0, real: &real, imag: &imag) }
            for f in 0..<bins {
                let modulus = (real[f] * real[f] + imag[f] * imag[f]).squareRoot()
                inputTerm += multiplicity(f) * storedError(f) * (modulus / Double(k) + inputScale * e1)
            }
        }
        let unit = Double.pow2(-layer.format.fractionBits)
        return (0..<mb).map { i in
            var weightL1 = 0.0
            for j in 0..<nb {
                let base = (i * nb + j) * k
                for t in 0..<k { block[t] = Double(layer.weights[base + t]) * unit }
                block.withUnsafeBufferPointer { dft.forward($0, real: &real, imag: &imag) }
                for f in 0..<bins { weightL1 += multiplicity(f) * (real[f] * real[f] + imag[f] * imag[f]).squareRoot() }
            }
            let shift = i < rowShifts.count ? rowShifts[i] : 0
            let exponent = layer.stages + shift - g - inputShift
            let e3 = shift > 0 ? 0.5.squareRoot() : 0
            let rounding = exponent < 0 ? 0.5 : 0
            return rounding + Double.pow2(exponent) * (e3 + e4) + inputScale * e1 * weightL1 + inputTerm
        }
    }

    /// Worst-case modulus of the error of a 16-bit scaled FFT/IFFT output bin against the exact
    /// scaled transform of the same input, for inputs of modulus at most `inputModulus` (codes).
    ///
    /// Per stage `e' = e (1 + |w|max)/2 + |w - w_exact|max * R/2 + sqrt(1/2)`: the inputs' errors
    /// pass through the butterfly (gain `(1 + |w|)/2` on the worst part), the twiddle's rounding
    /// meets data of modulus at most `R` (the exact scaled transform never grows), and the
    /// output rounds each part by at most 1/2.
    static func fftErrorBound(_ fft: FixedPointFFT, inputModulus: Double) -> Double {
        var largestTwiddle = 1.0, twiddleError = 0.0
        let scale = Double.pow2(-fft.twiddleBits)
        for m in 0..<(fft.size / 2) {
            let wr = Double(fft.twiddleReal[m]) * scale, wi = Double(fft.twiddleImag[m]) * scale
            largestTwiddle = max(largestTwiddle, (wr * wr + wi * wi).squareRoot())
            let angle = 2 * Double.pi * Double(m) / Double(fft.size)
            let dr = wr - cos(angle), di = wi + sin(angle)
            twiddleError = max(twiddleError, (dr * dr + di * di).squareRoot())
        }
        var error = 0.0
        for _ in 0..<fft.stages {
            error = error * (1 + largestTwiddle) / 2 + twiddleError * inputModulus / 2 + 0.5.squareRoot()
        }
        return error
    }
}

extension Int64 {
    /// `|self|` as `Int64` (saturated accumulators never reach `Int64.min`).
    var magnitude64: Int64 { self < 0 ? -self : self }
}
