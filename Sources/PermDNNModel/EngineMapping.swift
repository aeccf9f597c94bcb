import ConfigSupport
import PEModel
import Workloads

/// How a layer's block-rows are laid out on the PEs and cut into weight tiles.
///
/// Block-row `r` belongs to PE `r mod N_PE` (interleaved), so PE `e` owns
/// `ceil(Mb / N_PE)` or one fewer block-rows. PEs beyond `Mb` own nothing; they are
/// clock-gated and take no part in the broadcast [ours]. When a PE's weights exceed its
/// weight SRAM, the block-rows are cut into tiles of `N_PE * B_t` consecutive block-rows
/// (so interleaving is kept within a tile), each fitting in half the SRAM (double buffering).
/// Capacities are counted in bits: a word of `N_MUL` weights takes `N_MUL x 16, 8 or 4` bits
/// (`pe.weight-format`), so the narrow formats fit more weights in the same SRAM.
/// Source: `architecture.md` §1.2 item 4 and "Off-chip".
struct EngineMapping: Sendable {
    /// One pass of the engine: a group of block-rows over a range of input columns.
    /// The tiles of one row group share their PEs (accumulators stay in place across column
    /// chunks); the drain runs after the group's last chunk.
    struct Tile: Sendable {
        /// First global block-row of the row group (a multiple of `N_PE`).
        var firstBlockRow: Int
        /// Block-rows in the row group.
        var blockRows: Int
        /// Local block-rows of each active PE, `B_e`.
        var peBlockRows: [Int]
        /// Input columns `firstColumn ..< endColumn` (word-aligned chunk of `x`).
        var firstColumn: Int
        var endColumn: Int
        /// Whether this is the row group's last chunk (the drain follows it).
        var drains: Bool
        /// Bytes of this tile's weights and stored permutation values in the SRAMs (all PEs).
        var bytes: Int
    }

    let pes: Int
    let lanes: Int
    let blockSize: Int
    let columns: Int
    let blockColumns: Int
    /// Bits of one stored weight (`pe.weight-format`).
    let bitsPerWeight: Int
    let tiles: [Tile]
    /// Whether the whole layer's weights fit in the weight SRAMs (no streaming).
    let fitsOnChip: Bool

    /// Plans the tiles. When the layer does not fit, each tile must fit in half the SRAM
    /// (double buffering): first try all input columns with fewer block-rows per PE; if not even
    /// one word per column fits, keep every block-row and cut the input columns into
    /// word-aligned chunks; if not even that fits, one word of block-rows over smaller chunks.
    init(matrix: PermutedDiagonalMatrix, config: ArchitectureConfig) throws {
        guard matrix.encoding.format == config.weightFormat else {
            throw ConfigError.invalid(field: "pe.weight-format",
                rule: "the engine stores \(config.weightFormat.rawValue) weights, the layer's are \(matrix.encoding.format.rawValue) (build the layer in the engine's format)")
        }
        let pes = config.pes
        self.pes = pes
        lanes = config.multipliers
        blockSize = matrix.blockSize
        columns = matrix.columns
        blockColumns = matrix.blockColumns
        let mb = matrix.blockRows
        let maxSlots = config.weightWordsPerColumn(blockRows: mb)
        // In bits: a word of N_MUL weights is N_MUL x 16, 8 or 4 bits (`pe.weight-format`).
        let weightBits = config.weightFormat.bits
        bitsPerWeight = weightBits
        let capacity = config.weightSRAMBytes * 8
        let half = capacity / 2
        let wordWidth = config.nzdWordWidth
        let wordBits = config.weightWordBits
        fitsOnChip = config.onChipWeightBits(columns: columns, blockRows: mb) <= capacity
        let slotsPerTile: Int, chunkColumns: Int
        if fitsOnChip {
            (slotsPerTile, chunkColumns) = (maxSlots, columns)
        } else if half / (columns * wordBits) >= 1 {
            (slotsPerTile, chunkColumns) = (min(maxSlots, half / (columns * wordBits)), columns)
        } else {
            let allRows = (half / (maxSlots * wordBits)) / wordWidth * wordWidth
            let oneSlot = (half / wordBits) / wordWidth * wordWidth
            guard oneSlot >= wordWidth else {
                let word = wordBits % 8 == 0 ? "\(wordBits / 8) B" : "\(wordBits) bits"
                throw ConfigError.invalid(field: "pe.weight-sram-kib",
                    rule: "too small: one NZD word of columns (\(wordWidth) x \(word)) must fit in half the SRAM (\(half / 8) B)")
            }
            (slotsPerTile, chunkColumns) = allRows >= wordWidth ? (maxSlots, allRows) : (1, oneSlot)
        }
        let stored = matrix.permutationSource == .stored
        let rowsPerTile = slotsPerTile * lanes * pes
        var tiles: [Tile] = []
        var first = 0
        while first < mb {
            let count = min(rowsPerTile, mb - first)
            let active = min(pes, count)
            let peRows = (0..<active).map { e in (count - e + pes - 1) / pes }
            var firstColumn = 0
            while firstColumn < columns {
                let end = min(columns, firstColumn + chunkColumns)
                let chunkBlockColumns = (end - 1) / blockSize - firstColumn / blockSize + 1
                var bytes = 0
                for b in peRows {
                    bytes += Self.weightBytes(columns: end - firstColumn, blockRows: b, lanes: lanes, bitsPerWeight: weightBits)
                    if stored { bytes += Self.permutationBytes(blockColumns: chunkBlockColumns, blockRows: b, lanes: lanes, blockSize: blockSize) }
                }
                tiles.append(Tile(firstBlockRow: first, blockRows: count, peBlockRows: peRows, firstColumn: firstColumn,
                                  endColumn: end, drains: end == columns, bytes: bytes))
                firstColumn = end
            }
            first += count
        }
        self.tiles = tiles
    }

    /// The tiles grouped by row group, in order (each group: its column chunks, last drains).
    var rowGroups: [[Tile]] {
        var groups: [[Tile]] = []
        for tile in tiles {
            if tile.firstColumn == 0 { groups.append([tile]) } else { groups[groups.count - 1].append(tile) }
        }
        return groups
    }

    /// Weight SRAM bytes for `B` block-rows: `n * ceil(B / N_MUL)` words of `N_MUL` weights of
    /// `bitsPerWeight` bits, rounded up to whole bytes.
    static func weightBytes(columns: Int, blockRows: Int, lanes: Int, bitsPerWeight: Int = 16) -> Int {
        (columns * ((blockRows + lanes - 1) / lanes) * lanes * bitsPerWeight + 7) / 8
    }

    /// Permutation SRAM bytes: `Nb * ceil(B / N_MUL)` words of `N_MUL` values of `ceil(log2 p)` bits.
    static func permutationBytes(blockColumns: Int, blockRows: Int, lanes: Int, blockSize: Int) -> Int {
        let bits = blockSize <= 1 ? 0 : Int.bitWidth - (blockSize - 1).leadingZeroBitCount
        let words = blockColumns * ((blockRows + lanes - 1) / lanes)
        return words * ((lanes * bits + 7) / 8)
    }

    /// Global block-row of PE `e`'s local block-row `b` in `tile`.
    func blockRow(tile: Tile, pe e: Int, local b: Int) -> Int { tile.firstBlockRow + b * pes + e }

    /// Builds PE `e`'s weight SRAM image (the layer's stored codes) and permutation store for `tile`.
    func images(for tile: Tile, pe e: Int, matrix: PermutedDiagonalMatrix) -> ([Int16], IndexCalculator.PermutationStore) {
        let b = tile.peBlockRows[e]
        let slots = (b + lanes - 1) / lanes
        let p = blockSize
        var weights = [Int16](repeating: 0, count: columns * slots * lanes)
        let stride = slots * lanes
        matrix.weights.withUnsafeBufferPointer { source in
            weights.withUnsafeMutableBufferPointer { image in
                for local in 0..<b {
                    let r = blockRow(tile: tile, pe: e, local: local)
                    // Column j's weight of this block-row goes to word j*S + slot, lane local mod N_MUL.
                    let rowBase = r * blockColumns * p
                    var address = (local / lanes) * lanes + local % lanes
                    for j in 0..<columns {
                        image[address] = source[rowBase + j]
                        address += stride
                    }
                }
            }
        }
        switch matrix.permutationSource {
        case .stored:
            var words = [Int32](repeating: 0, count: blockColumns * slots * lanes)
            for local in 0..<b {
                let r = blockRow(tile: tile, pe: e, local: local)
                let slot = local / lanes, lane = local % lanes
                for c in 0..<blockColumns {
                    words[(c * slots + slot) * lanes + lane] = matrix.permutation[r * blockColumns + c]
                }
            }
            return (weights, .sram(words))
        case .formula:
            var offsets = [Int32](repeating: 0, count: max(1, slots * lanes))
            for local in 0..<b {
                let r = blockRow(tile: tile, pe: e, local: local)
                offsets[local] = Int32((r * blockColumns) % p)
            }
            return (weights, .formula(rowOffsets: offsets))
        }
    }
}

extension ArchitectureConfig {
    /// Bits of weight SRAM each PE needs to hold all of a layer's weights at once: the busiest
    /// PE's `ceil(ceil(Mb / N_PE) / N_MUL)` words per input column, over `columns` columns. A
    /// layer fits on chip (no streaming, `EngineMapping.fitsOnChip`) when this is at most the
    /// SRAM's bits; the claims section of `permsim compare` sizes "enough SRAM" with it.
    public func onChipWeightBits(columns: Int, blockRows: Int) -> Int {
        columns * weightWordsPerColumn(blockRows: blockRows) * weightWordBits
    }

    /// Words of `N_MUL` weights the busiest PE stores per input column: `ceil(ceil(Mb / N_PE) / N_MUL)`
    /// (block-row `r` on PE `r mod N_PE`, `N_MUL` block-rows per word).
    public func weightWordsPerColumn(blockRows: Int) -> Int {
        let maxBlockRows = (blockRows + pes - 1) / pes
        return (maxBlockRows + multipliers - 1) / multipliers
    }
}
