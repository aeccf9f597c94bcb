/// The output stage after the last IFFT stage: ReLU (optional), the row's output exponent
/// `e = log2 k + s_i - G - a` applied as an exact left shift or a rounded right shift, saturation to
/// 16 bits, and the output-SRAM write. Only the real part of the IFFT is used (the spectrum is
/// Hermitian), and padding rows are not written.
public struct CirCNNOutputStage: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Outputs written (`m`).
        public var outputs = 0
        /// Outputs clipped to 16 bits.
        public var saturations = 0
        public init() {}
    }

    let relu: Bool
    public private(set) var stats = Stats()

    init(relu: Bool) { self.relu = relu }

    /// One output value.
    @inline(__always)
    mutating func emit(_ value: Int32, exponent: Int) -> Int16 {
        let (output, clipped) = SpectralArithmetic.output(value, exponent: exponent, relu: relu)
        stats.outputs += 1
        if clipped { stats.saturations += 1 }
        return output
    }
}
