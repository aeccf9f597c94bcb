/// IEEE 754 binary16 conversions done by hand, so they behave the same on hosts without `Float16`.
enum Half {
    /// The exact value of a binary16 bit pattern (subnormals, signed zero, infinities, NaN).
    static func decode(_ bits: UInt16) -> Double {
        let sign: Double = bits & 0x8000 != 0 ? -1 : 1
        let exponent = Int((bits >> 10) & 0x1F)
        let fraction = Int(bits & 0x3FF)
        switch exponent {
        case 0: return sign * Double(fraction) * 0x1p-24
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * Double(1024 + fraction) * Double(sign: .plus, exponent: exponent - 25, significand: 1)
        }
    }

    /// The nearest binary16 (round half to even); overflow gives infinity, NaN gives a quiet NaN.
    static func encode(_ value: Double) -> UInt16 {
        if value.isNaN { return 0x7E00 }
        let sign: UInt16 = value.sign == .minus ? 0x8000 : 0
        let magnitude = abs(value)
        if magnitude < 0x1p-14 {
            // Subnormal (or zero): units of 2^-24; 1024 units round up into the smallest normal.
            return sign | UInt16((magnitude * 0x1p24).rounded(.toNearestOrEven))
        }
        guard magnitude.isFinite else { return sign | 0x7C00 }
        var exponent = Int(magnitude.exponent)
        var significand = (magnitude * Double(sign: .plus, exponent: 10 - exponent, significand: 1)).rounded(.toNearestOrEven)
        if significand == 2048 {
            significand = 1024
            exponent += 1
        }
        guard exponent <= 15 else { return sign | 0x7C00 }
        return sign | UInt16(exponent + 15) << 10 | (UInt16(significand) - 1024)
    }
}
