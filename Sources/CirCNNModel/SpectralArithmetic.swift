/// The fixed-point operations of the CirCNN datapath, one function per hardware operator.
///
/// The engine and the functional reference both call these, in different orders and with
/// different buffers (the engine stage-major over all blocks, lane by lane; the reference one
/// block at a time), so they agree bit for bit exactly when their data movement agrees. Every
/// value that crosses a unit boundary is 16-bit two's complement; products and sums inside a
/// unit are exact (they fit in 64 bits). Rounding is always round-half-up on an arithmetic
/// right shift (`(v + 2^(s-1)) >> s`), as in PermDNN's output stage.
enum SpectralArithmetic {
    /// Largest magnitude the block floating-point normaliser lets a spectrum component have:
    /// `2^14`, one bit below the 16-bit limit, so a complex value's modulus stays below
    /// `sqrt(2) * 2^14 = 23170.5` and the scaled IFFT can never overflow.
    static let normalizedLimitBits = 14

    /// The per-layer input exponent `a`: inputs enter the FFT shifted left by `a`, the largest
    /// magnitude then using 15 bits (`a = max(0, 15 - bitLength(max |x|))`, 0 for all-zero input).
    ///
    /// Why [ours]: the per-stage scaling by 1/2 costs one LSB of rounding per stage relative to
    /// the data; inputs that use only part of the 16-bit range (ReLU outputs in `(0, 4)` use 10
    /// bits at `F = 8`) would lose that much more precision. One exponent per layer is a constant
    /// for phase 2's sums and returns in the output stage. The maximum is kept by a comparator on
    /// the activation-SRAM write path, so it costs no cycle.
    static func inputShift(largestMagnitude: Int) -> Int {
        guard largestMagnitude > 0 else { return 0 }
        return max(0, 15 - (Int.bitWidth - largestMagnitude.leadingZeroBitCount))
    }

    /// Clips `value` to 16 bits; counts a clip in `saturations`.
    @inline(__always)
    static func saturate16(_ value: Int, _ saturations: inout Int) -> Int32 {
        if value > Int(Int16.max) { saturations += 1; return Int32(Int16.max) }
        if value < Int(Int16.min) { saturations += 1; return Int32(Int16.min) }
        return Int32(truncatingIfNeeded: value)
    }

    /// One radix-2 decimation-in-time butterfly with the per-stage scaling by 1/2:
    /// `top = (a + w*b) / 2`, `bottom = (a - w*b) / 2`.
    ///
    /// `w` is a twiddle with `T` fraction bits. `w*b` is the complex multiplier (4 real 16x16
    /// multiplies, 2 adds, exact); `a` is aligned to it by a left shift of `T`; each of the four
    /// outputs is one add/subtract with the rounding constant `2^T`, an arithmetic shift right by
    /// `T + 1` (the /2 and the twiddle's fraction bits together) and a 16-bit saturation.
    @inline(__always)
    static func butterfly(ar: Int32, ai: Int32, br: Int32, bi: Int32, wr: Int32, wi: Int32, twiddleBits t: Int,
                          saturations: inout Int) -> (Int32, Int32, Int32, Int32) {
        let productReal = Int(wr) * Int(br) - Int(wi) * Int(bi)
        let productImag = Int(wr) * Int(bi) + Int(wi) * Int(br)
        let alignedReal = Int(ar) << t, alignedImag = Int(ai) << t
        let rounding = 1 << t
        let shift = t + 1
        return (saturate16((alignedReal + productReal + rounding) >> shift, &saturations),
                saturate16((alignedImag + productImag + rounding) >> shift, &saturations),
                saturate16((alignedReal - productReal + rounding) >> shift, &saturations),
                saturate16((alignedImag - productImag + rounding) >> shift, &saturations))
    }

    /// What one phase-2 issue slot multiplies, by block size and slot.
    enum SlotKind {
        /// `k = 1`: the single (real) bin; 1 real multiply.
        case real
        /// Slot 0 for `k >= 2`: the two real bins, DC in the real half and Nyquist (`k/2`) in the
        /// imaginary half of the word; 2 real multiplies, no cross terms.
        case packedReal
        /// Bins `1 ..< k/2`: a full complex multiply-accumulate; 4 real multiplies.
        case complex

        /// The kind of phase-2 slot `slot` for block size `k`.
        @inline(__always)
        static func of(slot: Int, blockSize k: Int) -> SlotKind {
            k == 1 ? .real : (slot == 0 ? .packedReal : .complex)
        }

        /// Real multiplies one slot of this kind issues.
        var multiplies: Int {
            switch self {
            case .real: return 1
            case .packedReal: return 2
            case .complex: return 4
            }
        }

        /// Real adds one slot of this kind issues (product combining plus accumulation).
        var adds: Int {
            switch self {
            case .real: return 1
            case .packedReal: return 2
            case .complex: return 4
            }
        }
    }

    /// Adds `value` to an `A`-bit accumulator, saturating; counts a clip in `saturations`.
    @inline(__always)
    static func accumulate(_ accumulator: Int64, _ value: Int64, min: Int64, max: Int64, _ saturations: inout Int) -> Int64 {
        let sum = accumulator + value
        if sum > max { saturations += 1; return max }
        if sum < min { saturations += 1; return min }
        return sum
    }

    /// One phase-2 multiply-accumulate: `acc += s * x` for a stored weight spectrum word `s` and
    /// an input spectrum word `x`, each part of `acc` saturating to `A` bits.
    @inline(__always)
    static func multiplyAccumulate(accReal: inout Int64, accImag: inout Int64, sr: Int32, si: Int32, xr: Int32, xi: Int32,
                                   kind: SlotKind, min: Int64, max: Int64, saturations: inout Int) {
        switch kind {
        case .real:
            accReal = accumulate(accReal, Int64(sr) * Int64(xr), min: min, max: max, &saturations)
        case .packedReal:
            accReal = accumulate(accReal, Int64(sr) * Int64(xr), min: min, max: max, &saturations)
            accImag = accumulate(accImag, Int64(si) * Int64(xi), min: min, max: max, &saturations)
        case .complex:
            accReal = accumulate(accReal, Int64(sr) * Int64(xr) - Int64(si) * Int64(xi), min: min, max: max, &saturations)
            accImag = accumulate(accImag, Int64(sr) * Int64(xi) + Int64(si) * Int64(xr), min: min, max: max, &saturations)
        }
    }

    /// The block floating-point exponent of one block-row: `s = bitLength(M) - 14` where `M` is
    /// the largest accumulator part magnitude of the row (`s = 0` for an all-zero row).
    ///
    /// Hardware: a running maximum as each accumulator finishes, then a leading-one detector.
    /// With this `s`, `round(M / 2^s) <= 2^14` (and `M * 2^-s < 2^14` when `s <= 0`).
    static func normalizationShift(maxMagnitude: Int64) -> Int {
        guard maxMagnitude > 0 else { return 0 }
        let bitLength = 64 - maxMagnitude.leadingZeroBitCount
        return bitLength - normalizedLimitBits
    }

    /// One accumulator part as a 16-bit IFFT input: rounded shift right by `s` (or exact shift
    /// left by `-s`). Never clips: the magnitude is at most `2^14` by the choice of `s`.
    @inline(__always)
    static func normalize(_ value: Int64, shift s: Int) -> Int32 {
        if s > 0 { return Int32(truncatingIfNeeded: (value + (Int64(1) << Int64(s - 1))) >> Int64(s)) }
        return Int32(truncatingIfNeeded: value << Int64(-s))
    }

    /// The output stage: ReLU (optional), scale by `2^e` (exact left shift, or rounded right
    /// shift), saturate to 16 bits. Returns the output and whether it clipped.
    @inline(__always)
    static func output(_ value: Int32, exponent e: Int, relu: Bool) -> (Int16, Bool) {
        var v = Int64(value)
        if relu && v < 0 { v = 0 }
        if e >= 0 {
            // |v| <= 2^15, so any shift past 20 saturates anyway; capping keeps it in 64 bits.
            v <<= Int64(min(e, 20))
        } else {
            // |v| <= 2^15, so any shift past 17 gives 0; capping keeps the shift defined.
            let shift = Int64(min(-e, 40))
            v = (v + (Int64(1) << (shift - 1))) >> shift
        }
        if v > Int64(Int16.max) { return (Int16.max, true) }
        if v < Int64(Int16.min) { return (Int16.min, true) }
        return (Int16(v), false)
    }
}
