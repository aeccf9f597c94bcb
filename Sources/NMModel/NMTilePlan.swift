/// How a layer maps onto the engine: which rows each PE owns, and the passes (row tile x group
/// chunk) the layer runs in (`docs/nm-model.md`, "Mapping" and "Weight tiles").
///
/// Row `i` belongs to PE `i mod N_PE` as its local row `i / N_PE`; PE `e` owns `R_e` rows,
/// PE 0 the most, `R_0 = ceil(m / N_PE)`. A PE's rows are grouped in row-words of `L` (lane `l`
/// takes local rows `r` with `r mod L = l`); PE 0 has `S_0 = ceil(R_0 / L)` row-words.
///
/// A PE's weight image is `G x S_e x kept` SRAM words of `L x 18` bits. Tiles, in this order:
/// - **resident** if PE 0's whole image fits the weight SRAM: row tiles of
///   `T = min(S_0, accumulator-rows / L)` row-words over all groups, no DRAM traffic;
/// - **streamed** otherwise: every tile must fit half the SRAM (double buffering):
///   `T = min(S_0, accumulator-rows / L, max(1, floor((capacity/2) / (G x kept x wordBits))))`
///   row-words over chunks of `Gc = min(G, floor((capacity/2) / (T x kept x wordBits)))` groups;
///   `Gc < 1` (an SRAM smaller than two words per slot) cannot map the layer.
/// Passes run row tile by row tile, the chunks of a row tile in group order; only a row tile's
/// last chunk drains (the accumulators carry over between its chunks).
public struct NMTilePlan: Sendable, Equatable, Codable {
    /// Rows of each PE, `R_e`.
    public var rowsPerPE: [Int]
    /// Row-words of PE 0, `S_0`.
    public var rowWords: Int
    /// Row-words per row tile, `T`.
    public var rowWordsPerTile: Int
    /// Groups per chunk, `Gc`, and the layer's groups `G`.
    public var groupsPerChunk: Int
    public var groups: Int
    /// Whether every weight stays in the SRAM (no DRAM traffic).
    public var resident: Bool

    public var rowTiles: Int { (rowWords + rowWordsPerTile - 1) / rowWordsPerTile }
    public var chunks: Int { (groups + groupsPerChunk - 1) / groupsPerChunk }

    /// The plan for an `m`-row layer of `groups` groups on `config`; throws
    /// `NMError.cannotMap` when not even one word per slot fits half the SRAM.
    public init(config: NMConfig, rows m: Int, groups: Int, kept: Int) throws {
        let pes = config.pes, lanes = config.multipliers
        rowsPerPE = (0..<pes).map { e in e < m ? (m - e + pes - 1) / pes : 0 }
        let rowsOfPE0 = rowsPerPE[0]
        rowWords = (rowsOfPE0 + lanes - 1) / lanes
        self.groups = groups
        let accumulatorWords = config.rowWordsPerTile
        let slotBits = kept * config.wordBits
        let capacity = config.weightSRAMBits
        let (perRowWord, overflow) = groups.multipliedReportingOverflow(by: slotBits)
        let (image, imageOverflow) = perRowWord.multipliedReportingOverflow(by: rowWords)
        if !overflow, !imageOverflow, image <= capacity {
            resident = true
            rowWordsPerTile = min(rowWords, accumulatorWords)
            groupsPerChunk = groups
            return
        }
        resident = false
        let half = capacity / 2
        let fitting = overflow ? 0 : half / perRowWord
        rowWordsPerTile = min(rowWords, accumulatorWords, max(1, fitting))
        groupsPerChunk = min(groups, half / (rowWordsPerTile * slotBits))
        guard groupsPerChunk >= 1 else {
            throw NMError.cannotMap(reason: "pe.weight-sram-kib = \(config.weightSRAMKiB) holds less than one SRAM word per slot in half the SRAM (\(slotBits) bits for \(kept) x \(lanes) weights with indices); streaming needs two buffers")
        }
    }

    /// Rows PE `e` has in row tile `tile`.
    public func rows(pe e: Int, tile: Int, lanes: Int) -> Int {
        let first = tile * rowWordsPerTile * lanes
        return max(0, min(rowsPerPE[e], first + rowWordsPerTile * lanes) - first)
    }
}
