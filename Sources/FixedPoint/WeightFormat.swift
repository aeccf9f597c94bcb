/// How PermDNN's weight SRAM stores a weight (`pe.weight-format`), and so how many weights a
/// word of `N_MUL` lanes takes and whether the PE decodes them before the multipliers.
///
/// The multipliers always see the 16-bit fixed-point weight with `F` fraction bits
/// (`FixedPointFormat`); a format is how that value is coded in the SRAM [ours, issue 12]:
/// - `fixed16`: the 16-bit weight itself (the default; no decode stage);
/// - `fixed8`: an 8-bit two's-complement code `c` and a per-layer shift `s` in `0...8`: the
///   weight is `c << s` (`c * 2^(s-F)` in real numbers);
/// - `codebook4`: a 4-bit index into a per-layer codebook of 16 16-bit weights whose entry 0 is
///   0 (EIE-style weight sharing, `WeightSharing`).
/// `WeightEncoding` holds a layer's shift or codebook and decodes a code.
public enum WeightFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case fixed16
    case fixed8
    case codebook4

    /// Bits of one stored weight: a weight-SRAM word of `N_MUL` lanes is `N_MUL * bits` wide.
    public var bits: Int {
        switch self {
        case .fixed16: return 16
        case .fixed8: return 8
        case .codebook4: return 4
        }
    }

    /// Whether the PE decodes the SRAM's codes in a DEC stage between WRD and MUL
    /// (`docs/microarchitecture.md`): every format but `fixed16`.
    public var hasDecodeStage: Bool { self != .fixed16 }
}
