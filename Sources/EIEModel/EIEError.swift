/// Everything the EIE model can refuse: a bad configuration, a bad layer, a layer that its
/// pointers cannot address, a layer built for a different engine, or a model bug.
///
/// Every case names the field (config keys as in YAML, `eie.*`) and the rule it broke, so the
/// command-line layer can print it as is.
public enum EIEError: Error, Equatable, CustomStringConvertible {
    /// A configuration field broke its rule.
    case invalidConfig(field: String, rule: String)
    /// A layer description (shape, codebook, weights, activations, density) broke its rule.
    case invalidLayer(field: String, rule: String)
    /// PE `pe` holds `entries` sparse-matrix entries (padding included) in the input columns
    /// `firstColumn ..< endColumn` of batch `batch`, more than `pointerBits`-bit pointers address.
    case pointerOverflow(pe: Int, batch: Int, firstColumn: Int, endColumn: Int, entries: Int, pointerBits: Int)
    /// The layer was encoded for a different engine (`field` differs between the two).
    case mismatch(field: String, layer: String, engine: String)
    /// The model broke one of its own invariants (please report with the seed).
    case internalError(String)

    public var description: String {
        switch self {
        case let .invalidConfig(field, rule), let .invalidLayer(field, rule):
            return "\(field): \(rule)"
        case let .pointerOverflow(pe, batch, first, end, entries, bits):
            return "eie.pointer-bits: PE \(pe) holds \(entries) sparse-matrix entries in input columns \(first)..<\(end) (batch \(batch)), "
                + "but \(bits)-bit column pointers address at most \((1 << bits) - 1) entries per batch; "
                + "use more PEs, fewer activation-register entries (smaller batches) or wider pointers"
        case let .mismatch(field, layer, engine):
            return "\(field): the layer was built for \(layer) but the engine is configured for \(engine); re-encode the layer (EIELayer.reencoded)"
        case let .internalError(message):
            return "internal error: \(message) (please report with the seed)"
        }
    }
}
