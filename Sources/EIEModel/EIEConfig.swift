import ConfigSupport
import FixedPoint

/// The EIE baseline being simulated: the published design point plus the choices the paper
/// leaves open (`docs/eie-model.md` gives each one's source).
///
/// Defaults: 64 PEs at 800 MHz, activation queues of depth 8, 64-bit sparse-matrix lines of
/// 8-bit `(v, z)` entries, 16-bit column pointers, 64-entry activation register files
/// [paper: EIE, Han et al., ISCA 2016]. The fixed-point format is PermDNN's (16-bit data, 8
/// fraction bits, 32-bit saturating accumulators) so both engines compute the same numbers.
public struct EIEConfig: Sendable, Equatable, Codable {
    /// `eie.pes`: processing elements `N_PE`; row `i` belongs to PE `i mod N_PE`.
    public var pes = 64
    /// `eie.queue-depth`: slots `D` of each activation queue, a ring buffer holding `D - 1` entries.
    public var queueDepth = 8
    /// `eie.sparse-line-bits`: width of a sparse-matrix SRAM line (entries per line = this / entry bits).
    public var sparseLineBits = 64
    /// `eie.pointer-bits`: width of a stored column pointer.
    public var pointerBits = 16
    /// `eie.clock-ghz`: clock frequency, used only to turn cycles into time.
    public var clockGHz = 0.8
    /// `eie.codebook-bits`: bits of a weight index `v`; the codebook has `2^bits` entries, entry 0 is zero.
    public var codebookBits = 4
    /// `eie.relative-index-bits`: bits of a zero-run count `z`; longer runs need padding entries.
    public var relativeIndexBits = 4
    /// `eie.activation-register-entries`: entries of each PE's source and destination register file.
    ///
    /// Also sets the batch of input columns sharing one pointer base: `N_PE x entries` columns,
    /// the paper's "batches of 4K activations".
    public var activationRegisterEntries = 64
    /// `fixed-point.fraction-bits` / `fixed-point.accumulator-bits`: the arithmetic, shared with PermDNN.
    public var format = FixedPointFormat.default

    public init() {}

    /// The published design point.
    public static let `default` = EIEConfig()

    /// Bits of one sparse-matrix entry `(v, z)`.
    public var entryBits: Int { codebookBits + relativeIndexBits }
    /// Entries per sparse-matrix SRAM line (8 at the defaults).
    public var entriesPerLine: Int { sparseLineBits / entryBits }

    /// How a layer must be laid out to run on this engine.
    public var encoding: EIEEncoding {
        EIEEncoding(pes: pes, codebookBits: codebookBits, relativeIndexBits: relativeIndexBits, pointerBits: pointerBits,
                    batchColumns: pes * activationRegisterEntries)
    }

    /// Checks every field; throws `EIEError.invalidConfig` naming the field and the rule it broke.
    public func validate() throws {
        if let (field, rule) = Self.keys.firstViolation(in: self) { throw EIEError.invalidConfig(field: field, rule: rule) }
    }
}
