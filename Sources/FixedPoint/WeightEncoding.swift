/// A layer's weight format with its per-layer decode parameters: what turns a stored code into
/// the 16-bit weight the multipliers see. The same `decode` serves the functional reference, the
/// PE's DEC stage and the class-timing path's arithmetic, so every Swift level computes the same
/// numbers; the RTL implements it in Verilog (`permdnn_wdec.v`).
///
/// - `fixed16`: the code is the weight.
/// - `fixed8`: code `c` in `-128...127`, weight `c << shift` (`shift` in `0...8`, so the weight
///   always fits 16 bits: `-128 << 8 = -32768`, `127 << 8 = 32512`).
/// - `codebook4`: code `i` in `0...15`, weight `codebook[i]`; `codebook` has 16 entries and
///   `codebook[0] == 0` (padding slots and zero weights are index 0).
public struct WeightEncoding: Sendable, Hashable, Codable {
    public let format: WeightFormat
    /// `fixed8`'s left shift `s` (0 for the other formats).
    public let shift: Int
    /// `codebook4`'s 16 entries (empty for the other formats).
    public let codebook: [Int16]

    /// The largest `fixed8` shift: `code << 8` still fits 16 bits.
    public static let maxShift = 8
    /// Entries of a `codebook4` codebook.
    public static let codebookEntries = 16

    /// 16-bit weights stored as they are.
    public static let fixed16 = WeightEncoding(format: .fixed16, shift: 0, codebook: [])

    /// 8-bit codes shifted left by `shift`.
    public static func fixed8(shift: Int) -> WeightEncoding { WeightEncoding(format: .fixed8, shift: shift, codebook: []) }

    /// 4-bit indices into `codebook`.
    public static func codebook4(_ codebook: [Int16]) -> WeightEncoding { WeightEncoding(format: .codebook4, shift: 0, codebook: codebook) }

    public init(format: WeightFormat, shift: Int, codebook: [Int16]) {
        self.format = format
        self.shift = shift
        self.codebook = codebook
    }

    /// The rule the parameters break, or nil: a shift outside `0...8` (or set for another
    /// format than `fixed8`), a codebook that is not 16 entries with entry 0 equal to 0 (or set
    /// for another format than `codebook4`).
    public var violation: String? {
        switch format {
        case .fixed16:
            if shift != 0 || !codebook.isEmpty { return "fixed16 weights take no shift and no codebook" }
        case .fixed8:
            if !(0...Self.maxShift).contains(shift) { return "the fixed8 shift must be in 0...\(Self.maxShift) (got \(shift))" }
            if !codebook.isEmpty { return "fixed8 weights take no codebook" }
        case .codebook4:
            if shift != 0 { return "codebook4 weights take no shift" }
            if codebook.count != Self.codebookEntries { return "a codebook4 codebook has \(Self.codebookEntries) entries (got \(codebook.count))" }
            if codebook[0] != 0 { return "codebook4 entry 0 is reserved for the weight 0 (got \(codebook[0]))" }
        }
        return nil
    }

    /// The codes a stored weight may hold.
    public var codeRange: ClosedRange<Int> {
        switch format {
        case .fixed16: return Int(Int16.min)...Int(Int16.max)
        case .fixed8: return -128...127
        case .codebook4: return 0...(Self.codebookEntries - 1)
        }
    }

    /// The 16-bit weight of `code` (a code inside `codeRange`, parameters without `violation`).
    @inlinable public func decode(_ code: Int16) -> Int16 {
        switch format {
        case .fixed16: return code
        case .fixed8: return Int16(truncatingIfNeeded: Int32(code) << Int32(shift))
        case .codebook4: return codebook[Int(code)]
        }
    }

    /// `decode` of every code (the same array, not a copy, for `fixed16`).
    public func decode(_ codes: [Int16]) -> [Int16] {
        format == .fixed16 ? codes : codes.map { decode($0) }
    }
}
