/// The fixed-point number format shared by the cycle model, the functional reference and the RTL.
///
/// Weights and activations are 16-bit two's complement with `fractionBits` fraction bits
/// (Q(15-F).F). A 16x16 product is exact in 32 bits and carries `2F` fraction bits.
/// Accumulators are `accumulatorBits` wide and **saturate on every add**, so the order of
/// additions matters; every model adds a row's products in increasing input index `j`.
/// The output stage applies ReLU (optional), then a round-to-nearest (half up) arithmetic
/// shift right by `F`, then saturates to 16 bits. Source: `shared/spec/architecture.md` §1.2 [ours].
public struct FixedPointFormat: Sendable, Equatable, Hashable, Codable {
    /// Fraction bits `F` of weights, activations and outputs (0...15).
    public var fractionBits: Int
    /// Accumulator width in bits (16...48); every add saturates to this width.
    public var accumulatorBits: Int

    public static let `default` = FixedPointFormat(fractionBits: 8, accumulatorBits: 32)

    public static let fractionBitsRange = 0...15
    public static let accumulatorBitsRange = 16...48

    public init(fractionBits: Int, accumulatorBits: Int) {
        self.fractionBits = fractionBits
        self.accumulatorBits = accumulatorBits
    }

    /// Largest accumulator value, `2^(A-1) - 1`.
    @inlinable public var accumulatorMax: Int64 { (Int64(1) << Int64(accumulatorBits - 1)) - 1 }
    /// Smallest accumulator value, `-2^(A-1)`.
    @inlinable public var accumulatorMin: Int64 { -(Int64(1) << Int64(accumulatorBits - 1)) }

    /// The exact 16x16 -> 32-bit product, as the multiplier lanes compute it.
    @inlinable public static func multiply(_ weight: Int16, _ activation: Int16) -> Int32 {
        Int32(weight) * Int32(activation)
    }

    /// One saturating accumulate: `clamp(acc + product)` to the accumulator width.
    @inlinable public func accumulate(_ accumulator: Int64, _ product: Int32) -> Int64 {
        let sum = accumulator + Int64(product)
        if sum > accumulatorMax { return accumulatorMax }
        if sum < accumulatorMin { return accumulatorMin }
        return sum
    }

    /// `accumulate`, counting a clip as a saturation event: the one rule every model that
    /// counts saturations uses (PE accumulators, EIE's arithmetic unit, the class-timing path).
    @inlinable public func accumulate(_ accumulator: Int64, _ product: Int32, saturations: inout Int) -> Int64 {
        let sum = accumulator + Int64(product)
        if sum > accumulatorMax { saturations += 1; return accumulatorMax }
        if sum < accumulatorMin { saturations += 1; return accumulatorMin }
        return sum
    }

    /// The drain's output stage: optional ReLU, round-to-nearest shift by `F`, saturate to 16 bits.
    @inlinable public func requantize(_ accumulator: Int64, relu: Bool) -> Int16 {
        var value = accumulator
        if relu && value < 0 { value = 0 }
        if fractionBits > 0 {
            value = (value + (Int64(1) << Int64(fractionBits - 1))) >> Int64(fractionBits)
        }
        if value > Int64(Int16.max) { return Int16.max }
        if value < Int64(Int16.min) { return Int16.min }
        return Int16(value)
    }

    /// Whether `requantize(accumulator, relu:)` clipped to the 16-bit range (an output saturation
    /// event): its result differs from the rounded value after ReLU.
    @inlinable public func requantizeClips(_ accumulator: Int64, relu: Bool, output: Int16) -> Bool {
        let value = relu && accumulator < 0 ? 0 : accumulator
        let rounded = fractionBits > 0 ? (value + (Int64(1) << Int64(fractionBits - 1))) >> Int64(fractionBits) : value
        return rounded != Int64(output)
    }

    /// Converts a real number to the nearest representable 16-bit value (saturating).
    /// Used by generators and `.npy` import; `nil` for NaN or infinity.
    @inlinable public func quantize(_ real: Double) -> Int16? {
        guard real.isFinite else { return nil }
        let scaled = (real * Double(1 << fractionBits)).rounded(.toNearestOrAwayFromZero)
        if scaled >= Double(Int16.max) { return Int16.max }
        if scaled <= Double(Int16.min) { return Int16.min }
        return Int16(scaled)
    }

    /// The real value of a 16-bit fixed-point number.
    @inlinable public func real(_ value: Int16) -> Double {
        Double(value) / Double(1 << fractionBits)
    }
}
