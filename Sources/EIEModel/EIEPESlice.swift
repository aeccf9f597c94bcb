/// One PE's share of a compressed layer: the modified CSC of its rows [paper: EIE].
///
/// PE `e` owns rows `i = e, e + N_PE, e + 2 N_PE, ...` (local row `l = i / N_PE`). For every
/// input column `j` its entries are the non-zeros of those rows in increasing row order, each
/// an `(v, z)` pair: `v` the codebook index, `z` the zeros before it within the PE's slice of
/// the column (counted from the previous entry, or from local row 0). A run of more than
/// `2^zbits - 1` zeros inserts padding entries `(0, 2^zbits - 1)`, each covering that many
/// zeros plus its own (zero) slot.
///
/// Column `j` occupies SRAM addresses `start ..< end`. The stored pointers are those addresses
/// modulo `2^pointerBits` (`n + 1` of them); each batch of input columns has a full-width base
/// address, so the hardware recovers `start = base + ((p_j - base) mod 2^bits)` and
/// `end = start + ((p_{j+1} - p_j) mod 2^bits)` [ours: the paper processes longer inputs in
/// batches but does not say how pointers address them].
public struct EIEPESlice: Sendable, Equatable {
    /// Rows this PE owns, `ceil((m - e) / N_PE)`.
    public let localRows: Int
    /// Packed entries `(v << zbits) | z`, in SRAM address order.
    public let entries: [UInt16]
    /// `n + 1` column pointers, each an SRAM address modulo `2^pointerBits`.
    public let pointers: [UInt32]
    /// Full-width SRAM address of the first entry of each batch of input columns.
    public let batchBases: [Int]
    /// Padding entries among `entries`.
    public let paddingEntries: Int

    init(localRows: Int, entries: [UInt16], pointers: [UInt32], batchBases: [Int], paddingEntries: Int) {
        self.localRows = localRows
        self.entries = entries
        self.pointers = pointers
        self.batchBases = batchBases
        self.paddingEntries = paddingEntries
    }

    /// Entries that hold a weight (not padding).
    public var weightEntries: Int { entries.count - paddingEntries }

    /// SRAM addresses of column `j`'s entries, decoded from the stored pointers and the batch base
    /// exactly as the pointer-read unit does.
    public func columnRange(_ j: Int, encoding: EIEEncoding) -> Range<Int> {
        let mask = (1 << encoding.pointerBits) - 1
        let base = batchBases[j / encoding.batchColumns]
        let first = Int(pointers[j]), next = Int(pointers[j + 1])
        let start = base + ((first - base) & mask)
        return start..<(start + ((next - first) & mask))
    }
}
