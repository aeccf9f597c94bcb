import ConfigSupport
import FixedPoint
import PEModel
import Workloads

// The class-timing path of `PermDNNEngine.run`: the same `EngineResult` as stepping every PE,
// every lane, every cycle, at a cost independent of `N_PE` and `N_MUL`.
//
// Why it is exact (`docs/microarchitecture.md`, "Two paths"):
// - Timing does not depend on data. Which cycle a PE pops, issues, starves or drains depends
//   only on the broadcast stream (the same for every PE) and on its `B_e` (through
//   `S_e = ceil(B_e / N_MUL)`, the active lanes of each slot and the drain length). PEs with
//   equal `B_e` therefore move in lock step; a tile has at most two distinct `B_e`. One
//   `PEClassTimer` per class replays a PE's registers (queue count, column register, slot,
//   the pipeline valid bits (three, four with the DEC stage of the narrow weight formats), the
//   `k` reload flag) and counts its events where the PE's blocks count them; the class's counts
//   times its PE count are the PEs' sum.
// - The arithmetic is data without timing. Each accumulator row receives at most one product
//   per input column, in increasing `j` (the NZD's order, chunk after chunk), with a saturating
//   add each time: exactly the functional reference's order. `RowGroupArithmetic` replays it
//   per block-row, including the padding rows the PEs hold, and counts saturations per PE.

/// The non-zero inputs of a layer in broadcast order (increasing `j`), decoded once:
/// block-column `c = j / p` and offset `t = j mod p`, as IDX decodes a popped column.
struct NonZeroColumns: Sendable {
    var columns: [Int] = []
    var values: [Int16] = []
    var blockColumns: [Int] = []
    var offsets: [Int] = []

    init(activations: [Int16], blockSize p: Int) {
        for (j, x) in activations.enumerated() where x != 0 {
            columns.append(j)
            values.append(x)
            blockColumns.append(j / p)
            offsets.append(j % p)
        }
    }
}

/// One class of PEs with the same block-row count `B_e`: the registers that decide timing,
/// stepped with the engine's two-phase clock, and one member PE's counted events.
///
/// Mirrors `ProcessingElement.evaluateCompute` / `commit` minus the data: queue occupancy
/// (pop and push at the edge, full flag from the start-of-cycle count), IDX's column register
/// and slot counter, and each pipeline register as the slot it holds (`-1`: empty). The
/// queue's entries are the tile's broadcast log from `head` on (every PE gets every broadcast).
struct PEClassTimer {
    let blockRows: Int
    let lanes: Int
    let slotsPerColumn: Int
    let queueDepth: Int
    let blockSize: Int
    let storedPermutation: Bool
    /// The weight format decodes in a DEC stage between WRD and MUL (`fixed8`, `codebook4`).
    let decodeStage: Bool
    /// PEs in the class.
    let members: Int

    // Registers (start-of-cycle values).
    /// Queue occupancy.
    private(set) var queueCount = 0
    /// Index in the tile's broadcast log of the queue's oldest entry.
    private var head = 0
    /// IDX column register: a column is being issued, and its next slot.
    private var columnValid = false
    private var columnSlot = 0
    /// The popped column's block-column differs from the one whose `k` values are loaded.
    private var reloading = false
    private var loadedBlockColumn = -1
    /// IDX->WRD, WRD->DEC (DEC stage only), WRD->MUL or DEC->MUL, MUL->ACC: the slot each
    /// register holds, `-1` when invalid.
    private var issueSlot = -1
    private var codedSlot = -1
    private var operandSlot = -1
    private var productSlot = -1
    /// Idle IDX cycles since the last issue (they count as `idleBeforeLastIssue` at the next one).
    private var pendingIdle = 0

    // Decided in evaluate, applied at the clock edge.
    private var popped = false
    private var issuedSlot = -1
    private var nextColumnValid = false
    private var nextColumnSlot = 0

    /// One member PE's events; `PEStats.add(stats, scale: members)` gives the class's.
    private(set) var stats = PEStats()

    init(blockRows: Int, members: Int, lanes: Int, queueDepth: Int, blockSize: Int, storedPermutation: Bool,
         decodeStage: Bool = false) {
        self.blockRows = blockRows
        self.decodeStage = decodeStage
        self.members = members
        self.lanes = lanes
        self.slotsPerColumn = (blockRows + lanes - 1) / lanes
        self.queueDepth = queueDepth
        self.blockSize = blockSize
        self.storedPermutation = storedPermutation
    }

    /// Lanes that serve a block-row in slot `slot`: `min(N_MUL, B_e - slot * N_MUL)`.
    @inline(__always) private func activeLanes(_ slot: Int) -> Int { min(lanes, blockRows - slot * lanes) }

    /// Nothing queued, being issued or in flight (`ProcessingElement.isIdle`).
    var isIdle: Bool { queueCount == 0 && !columnValid && issueSlot < 0 && codedSlot < 0 && operandSlot < 0 && productSlot < 0 }

    /// The broadcast may push this cycle (registered full flag: the start-of-cycle count).
    var canAccept: Bool { queueCount < queueDepth }

    /// A new tile: the queue reads a fresh broadcast log. The previous tile ended idle, so the
    /// queue and pipeline are empty; the loaded block-column and pending idle cycles carry over,
    /// as in the PEs, which a row group's column chunks share.
    mutating func startTile() { head = 0 }

    /// Compute-phase evaluate, from start-of-cycle registers; `log` is the tile's broadcasts so far.
    mutating func evaluate(log: UnsafeBufferPointer<Int32>) {
        // Queue: start-of-cycle sample.
        if queueCount > stats.queue.peakOccupancy { stats.queue.peakOccupancy = queueCount }
        if queueCount == queueDepth { stats.queue.fullCycles += 1 }
        // ACC: one read-add-write per active lane of the product register.
        if productSlot >= 0 {
            let active = activeLanes(productSlot)
            stats.accumulators.reads += active
            stats.accumulators.writes += active
        }
        // MUL: active lanes multiply, the others idle.
        if operandSlot >= 0 {
            let active = activeLanes(operandSlot)
            stats.multipliers.usefulMultiplies += active
            stats.multipliers.idleLaneSlots += lanes - active
        }
        // WRD: one weight word per slot.
        if issueSlot >= 0 { stats.weightSRAM.wordReads += 1 }
        // IDX: continue the column, pop the next one, or idle.
        popped = false
        issuedSlot = -1
        if !columnValid {
            guard queueCount > 0 else {
                stats.indexCalculator.idleCycles += 1
                pendingIdle += 1
                return
            }
            popped = true
            stats.indexCalculator.columns += 1
            let blockColumn = Int(log[head]) / blockSize
            columnSlot = 0
            reloading = blockColumn != loadedBlockColumn
            loadedBlockColumn = blockColumn
        }
        let slot = columnSlot
        if reloading {
            // Stored: one permutation SRAM word per slot; formula: one `k` per active lane.
            if storedPermutation {
                stats.indexCalculator.permutationReads += 1
            } else {
                stats.indexCalculator.permutationComputes += activeLanes(slot)
            }
        }
        stats.indexCalculator.issueCycles += 1
        stats.indexCalculator.idleBeforeLastIssue += pendingIdle
        pendingIdle = 0
        nextColumnSlot = slot + 1
        nextColumnValid = nextColumnSlot < slotsPerColumn
        if !nextColumnValid { reloading = false }
        issuedSlot = slot
    }

    /// Clock edge: queue pop then push, column register, pipeline registers shift.
    mutating func commit(pushed: Bool) {
        if popped {
            head += 1
            queueCount -= 1
            stats.queue.pops += 1
        }
        if pushed {
            queueCount += 1
            stats.queue.pushes += 1
        }
        if issuedSlot >= 0 {
            columnValid = nextColumnValid
            columnSlot = nextColumnSlot
        }
        productSlot = operandSlot
        if decodeStage {
            operandSlot = codedSlot
            codedSlot = issueSlot
        } else {
            operandSlot = issueSlot
        }
        issueSlot = issuedSlot
        popped = false
        issuedSlot = -1
    }

    /// Cycles this class's drain takes, `ceil(B_e * p / N_MUL)`.
    var drainCycles: Int { (blockRows * blockSize + lanes - 1) / lanes }

    /// The drain of a row group's last chunk: `DrainUnit` reads and writes every local row,
    /// `N_MUL` per cycle, and counts a cycle only while it has rows left.
    mutating func countDrain() {
        stats.drain.cycles += drainCycles
        stats.drain.accumulatorReads += blockRows * blockSize
        stats.drain.outputWrites += blockRows * blockSize
    }
}

/// The accumulators, outputs and saturation counts of one row group, without cycles.
///
/// For every block-row of the group (padding rows included, as the PEs hold them) and every
/// non-zero input in increasing `j`: the row `(t - k) mod p` of the block gets the product
/// `w * x` with a saturating add, the order every model uses (`FixedPointFormat`); `w` is the
/// decoded 16-bit weight (`PermutedDiagonalMatrix.decodedWeights`), as the DEC stage gives it. The drain
/// then requantises every local row. Saturations are counted per add and per output, as
/// `AccumulatorBanks` and `DrainUnit` count them, split into all PEs and PE 0 (the block-rows
/// `r` with `r mod N_PE = 0`, since a row group starts at a multiple of `N_PE`).
struct RowGroupArithmetic {
    /// Local row `rb * p + i` of block-row `first + rb`.
    var accumulators: [Int64] = []
    var outputs: [Int16] = []
    var accumulatorSaturations = 0
    var criticalAccumulatorSaturations = 0
    var outputSaturations = 0
    var criticalOutputSaturations = 0

    init(layer: Layer, weights decoded: [Int16], firstBlockRow first: Int, blockRows: Int, pes: Int, format: FixedPointFormat,
         nonZeros: NonZeroColumns) {
        let matrix = layer.weights
        let p = matrix.blockSize, nb = matrix.blockColumns
        let nnz = nonZeros.columns.count
        var accumulators = [Int64](repeating: 0, count: blockRows * p)
        // The matrix refuses a formula-source permutation that is not the formula, so the `k`
        // values the formula unit computes are the stored ones: one table serves both sources.
        decoded.withUnsafeBufferPointer { weights in
            matrix.permutation.withUnsafeBufferPointer { permutation in
                nonZeros.columns.withUnsafeBufferPointer { columns in
                    nonZeros.values.withUnsafeBufferPointer { values in
                        nonZeros.blockColumns.withUnsafeBufferPointer { blockColumns in
                            nonZeros.offsets.withUnsafeBufferPointer { offsets in
                                accumulators.withUnsafeMutableBufferPointer { acc in
                                    for rb in 0..<blockRows {
                                        let r = first + rb
                                        let weightRow = r * nb * p, kRow = r * nb, base = rb * p
                                        var saturations = 0
                                        for n in 0..<nnz {
                                            var local = offsets[n] - Int(permutation[kRow + blockColumns[n]])
                                            if local < 0 { local += p }
                                            let product = FixedPointFormat.multiply(weights[weightRow + columns[n]], values[n])
                                            acc[base + local] = format.accumulate(acc[base + local], product, saturations: &saturations)
                                        }
                                        accumulatorSaturations += saturations
                                        if r % pes == 0 { criticalAccumulatorSaturations += saturations }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // The drain's output stage on every local row; a clip is counted as `DrainUnit` does:
        // the rounded value (after ReLU) differs from the saturated 16-bit output.
        var outputs = [Int16](repeating: 0, count: blockRows * p)
        for index in accumulators.indices {
            let value = accumulators[index]
            let output = format.requantize(value, relu: layer.relu)
            outputs[index] = output
            if format.requantizeClips(value, relu: layer.relu, output: output) {
                outputSaturations += 1
                if (first + index / p) % pes == 0 { criticalOutputSaturations += 1 }
            }
        }
        self.accumulators = accumulators
        self.outputs = outputs
    }
}

extension PermDNNEngine {
    /// Runs one row group's column chunks with one `PEClassTimer` per distinct `B_e` and the
    /// arithmetic of `RowGroupArithmetic`: the same `RowGroupRun` as `runRowGroup`.
    func runRowGroupByClass(_ group: [EngineMapping.Tile], mapping: EngineMapping, layer: Layer, weights: [Int16],
                            nonZeros: NonZeroColumns) throws -> RowGroupRun {
        var run = RowGroupRun()
        let p = mapping.blockSize
        // The classes, largest `B_e` first (PE 0's class, the critical one). A row group's
        // chunks share their PEs, so the classes hold for every chunk.
        var classes: [PEClassTimer] = []
        for blockRows in group[0].peBlockRows where !classes.contains(where: { $0.blockRows == blockRows }) {
            let members = group[0].peBlockRows.reduce(0) { $0 + ($1 == blockRows ? 1 : 0) }
            classes.append(PEClassTimer(blockRows: blockRows, members: members, lanes: config.multipliers,
                                        queueDepth: config.queueDepth, blockSize: p,
                                        storedPermutation: layer.weights.permutationSource == .stored,
                                        decodeStage: config.weightFormat.hasDecodeStage))
        }
        classes.sort { $0.blockRows > $1.blockRows }
        let critical = PEConfiguration(index: 0, lanes: config.multipliers, queueDepth: config.queueDepth,
                                       blockSize: p, blockRows: group[0].peBlockRows[0],
                                       format: config.format, relu: layer.relu)
        for tile in group {
            var nzd = NonZeroDetector(activations: layer.activations, wordWidth: config.nzdWordWidth,
                                      firstColumn: tile.firstColumn, endColumn: tile.endColumn)
            let chunkNonZeros = layer.activations[tile.firstColumn..<tile.endColumn].reduce(0) { $0 + ($1 != 0 ? 1 : 0) }
            let (cycles, drainStart) = try simulateClasses(&classes, nzd: &nzd, nonZeroInputs: chunkNonZeros,
                                                           critical: critical, drains: tile.drains)
            run.record(tileResult(tile, critical: critical, fitsOnChip: mapping.fitsOnChip,
                                  nonZeroInputs: chunkNonZeros, words: nzd.wordCount, cycles: cycles, drainStart: drainStart),
                       nzd: nzd.stats)
        }
        for timer in classes { run.pe.add(timer.stats, scale: timer.members) }
        run.critical.add(classes[0].stats)

        let first = group[0].firstBlockRow
        let arithmetic = RowGroupArithmetic(layer: layer, weights: weights, firstBlockRow: first, blockRows: group[0].blockRows,
                                            pes: config.pes, format: config.format, nonZeros: nonZeros)
        run.pe.accumulators.saturations += arithmetic.accumulatorSaturations
        run.critical.accumulators.saturations += arithmetic.criticalAccumulatorSaturations
        run.pe.drain.outputSaturations += arithmetic.outputSaturations
        run.critical.drain.outputSaturations += arithmetic.criticalOutputSaturations
        // Padding rows (beyond `m`) are dropped, as `runRowGroup` drops them.
        let rowCount = min(group[0].blockRows * p, layer.weights.rows - first * p)
        run.outputs = Array(arithmetic.outputs[0..<rowCount])
        run.accumulators = Array(arithmetic.accumulators[0..<rowCount])
        return run
    }

    /// One tile on the class timers; returns (total cycles, drain start cycle), as `simulate`.
    /// The engine's rules are `evaluateCycle`'s: the drain starts in the first cycle with the NZD
    /// done and every PE idle (a tile that does not drain ends there) and lasts as long as PE 0's
    /// (`ceil(B_0 * p / N_MUL)`, the longest); otherwise the NZD broadcasts only when every
    /// queue has room, and every class evaluates, then everything commits.
    private func simulateClasses(_ classes: inout [PEClassTimer], nzd: inout NonZeroDetector, nonZeroInputs: Int,
                                 critical: PEConfiguration, drains: Bool) throws -> (Int, Int) {
        let bound = Self.progressBound(words: nzd.wordCount, nonZeroInputs: nonZeroInputs, critical: critical)
        var log = [Int32]()
        log.reserveCapacity(nonZeroInputs)
        for index in classes.indices { classes[index].startTile() }
        var cycle = 0
        while true {
            if nzd.isDone && classes.allSatisfy(\.isIdle) {
                guard drains else { return (cycle, cycle) }
                for index in classes.indices { classes[index].countDrain() }
                return (cycle + classes[0].drainCycles, cycle)
            }
            let canAccept = classes.allSatisfy(\.canAccept)
            let action = nzd.evaluate(queuesCanAccept: canAccept)
            var pushed = false
            if case let .broadcast(_, column) = action {
                log.append(column)
                pushed = true
            }
            log.withUnsafeBufferPointer { log in
                for index in classes.indices { classes[index].evaluate(log: log) }
            }
            nzd.commit()
            for index in classes.indices { classes[index].commit(pushed: pushed) }
            cycle += 1
            if cycle > bound {
                throw SimulatorFault(message: "the engine made no progress after \(bound) cycles", attach: "the command line and its --seed")
            }
        }
    }
}
