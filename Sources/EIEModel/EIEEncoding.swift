/// How a compressed layer is laid out over the PEs: what the modified CSC of each PE depends on.
///
/// A layer is encoded for one encoding and runs only on an engine with the same one
/// (`EIEConfig.encoding`); `EIELayer.reencoded(for:)` moves it to another.
public struct EIEEncoding: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// PEs `N_PE`: row `i` is stored on PE `i mod N_PE` as its local row `i / N_PE`.
    public var pes: Int
    /// Bits of a weight index `v` (codebook of `2^bits` entries, entry 0 zero).
    public var codebookBits: Int
    /// Bits of a zero-run count `z` (runs over `2^bits - 1` need padding entries).
    public var relativeIndexBits: Int
    /// Bits of a stored column pointer.
    public var pointerBits: Int
    /// Input columns per batch. Pointers hold addresses modulo `2^pointerBits`; each batch has
    /// a full-width base address, so a batch (not the whole layer) must fit the pointer width.
    public var batchColumns: Int

    public init(pes: Int, codebookBits: Int, relativeIndexBits: Int, pointerBits: Int, batchColumns: Int) {
        self.pes = pes
        self.codebookBits = codebookBits
        self.relativeIndexBits = relativeIndexBits
        self.pointerBits = pointerBits
        self.batchColumns = batchColumns
    }

    /// Codebook entries, `2^codebookBits`.
    public var codebookSize: Int { 1 << codebookBits }
    /// Longest zero run one entry encodes, `2^relativeIndexBits - 1` (15 at 4 bits).
    public var maxZeroRun: Int { (1 << relativeIndexBits) - 1 }
    /// Largest entry count one batch of one PE may hold, `2^pointerBits - 1`.
    public var maxEntriesPerBatch: Int { (1 << pointerBits) - 1 }
    /// `2^pointerBits - 1`, the mask of a stored pointer.
    var pointerMask: Int { (1 << pointerBits) - 1 }

    public var description: String {
        "\(pes) PEs, \(codebookBits)-bit v, \(relativeIndexBits)-bit z, \(pointerBits)-bit pointers, \(batchColumns)-column batches"
    }

    /// Checks the ranges `EIEConfig.validate` enforces, for layers built without a config.
    func validate() throws {
        func check(_ ok: Bool, _ field: String, _ rule: String) throws {
            if !ok { throw EIEError.invalidConfig(field: field, rule: rule) }
        }
        try check(pes >= 1 && pes <= 4096, "eie.pes", "must be in 1...4096 (got \(pes))")
        try check(codebookBits >= 1 && codebookBits <= 8, "eie.codebook-bits", "must be in 1...8 (got \(codebookBits))")
        try check(relativeIndexBits >= 1 && relativeIndexBits <= 8, "eie.relative-index-bits", "must be in 1...8 (got \(relativeIndexBits))")
        try check(pointerBits >= 4 && pointerBits <= 32, "eie.pointer-bits", "must be in 4...32 (got \(pointerBits))")
        try check(batchColumns >= 1, "eie.activation-register-entries", "the batch (PEs x entries) must hold at least one column (got \(batchColumns))")
    }
}
