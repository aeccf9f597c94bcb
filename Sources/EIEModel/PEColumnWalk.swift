import FixedPoint

/// One PE's share of a layer without cycles (the event-timing path, `EIEEngine+EventTiming`):
/// what each broadcast column costs it, and everything its sparse-matrix, arithmetic and
/// activation units compute and count that does not depend on when it happens.
///
/// Why this equals the per-cycle PE: the PE issues its columns in broadcast order and each
/// column's entries in address order, one per slot, and S1-S3 apply them in issue order; the
/// bypass makes every add see every earlier add to its row, so each accumulator takes its
/// products in issue order, exactly as here, with the same saturating accumulate. Line reads
/// follow the issued addresses (the line register persists across columns), the access counts
/// follow the rows. Only the bypass count needs time: two writes to one row in consecutive
/// cycles. Rows rise within a column, so that can only happen across a column boundary, when
/// the next column's first entry writes the row of the previous column's last entry *and*
/// issues right after it; `walk` marks such boundaries (`joinsRow`) and the timing decides.
struct PEColumnWalk {
    /// The counts that follow from the data alone (queue, pointer-read, idle, bypass and
    /// output-step counts are filled in by the timing).
    private(set) var stats = EIEPEStats()

    /// Walks PE `pe`'s entries of every broadcast column in order, accumulating into
    /// `accumulators` (global rows, `local x N_PE + pe`) and writing each column's cost into
    /// `work[k x N_PE + pe]` as `entries << 1 | joinsRow` (`entries` 0: a one-cycle bubble).
    init(pe: Int, slice: EIEPESlice, layer: EIELayer, schedule: BroadcastSchedule, config: EIEConfig,
         accumulators: UnsafeMutableBufferPointer<Int64>, work: UnsafeMutableBufferPointer<Int>) {
        let encoding = layer.encoding, format = layer.format
        let pes = encoding.pes, pointerMask = encoding.pointerMask, batchColumns = encoding.batchColumns
        let zeroBits = encoding.relativeIndexBits, zeroMask = (1 << zeroBits) - 1
        let entriesPerLine = config.entriesPerLine, registerFile = config.activationRegisterEntries
        var lineAddress = -1
        // The row the previous column's last entry wrote, or -1 (padding, bubble, none).
        var previousLastRow = -1
        var weights = 0, padding = 0, bubbles = 0, entries = 0, lineReads = 0, saturations = 0, farAccesses = 0
        slice.entries.withUnsafeBufferPointer { stored in
            slice.pointers.withUnsafeBufferPointer { pointers in
                layer.codebook.withUnsafeBufferPointer { codebook in
                    for k in 0..<schedule.count {
                        let j = schedule.columns[k]
                        // The pointer-read unit's decode (`EIEPESlice.columnRange`).
                        let base = slice.batchBases[j / batchColumns]
                        let first = Int(pointers[j]), next = Int(pointers[j + 1])
                        let start = base + ((first - base) & pointerMask)
                        let end = start + ((next - first) & pointerMask)
                        guard start < end else {
                            bubbles += 1
                            previousLastRow = -1
                            work[k * pes + pe] = 0
                            continue
                        }
                        let firstLine = start / entriesPerLine, lastLine = (end - 1) / entriesPerLine
                        lineReads += lastLine - firstLine + (firstLine == lineAddress ? 0 : 1)
                        lineAddress = lastLine
                        let head = Int(stored[start])
                        let joinsRow = head >> zeroBits != 0 && head & zeroMask == previousLastRow
                        let activation = schedule.activations[k]
                        var counter = 0, row = 0, code = 0
                        for address in start..<end {
                            let entry = Int(stored[address])
                            code = entry >> zeroBits
                            row = counter + (entry & zeroMask)
                            counter = row + 1
                            if code == 0 { padding += 1; continue }
                            weights += 1
                            if row >= registerFile { farAccesses += 2 }   // S2's read and S3's write
                            let i = row * pes + pe
                            accumulators[i] = format.accumulate(accumulators[i], FixedPointFormat.multiply(codebook[code], activation),
                                                                saturations: &saturations)
                        }
                        previousLastRow = code != 0 ? row : -1
                        entries += end - start
                        work[k * pes + pe] = (end - start) << 1 | (joinsRow ? 1 : 0)
                    }
                }
            }
        }
        stats.sparseMatrix.lineReads = lineReads
        stats.sparseMatrix.entriesRead = entries
        stats.sparseMatrix.paddingEntries = padding
        stats.sparseMatrix.bubbleCycles = bubbles
        stats.arithmetic.entries = entries
        stats.arithmetic.decodes = weights
        stats.arithmetic.multiplies = weights
        stats.arithmetic.adds = weights
        stats.arithmetic.saturations = saturations
        stats.activationRW.accumulatorReads = weights
        stats.activationRW.accumulatorWrites = weights
        stats.activationRW.sramAccesses = farAccesses
    }
}
