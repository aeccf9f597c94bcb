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
/// issues right after it; the walk marks such boundaries (`joinsRow`) and the timing decides.
struct PEColumnWalk {
    /// The counts that follow from the data alone (queue, pointer-read, idle, bypass and
    /// output-step counts are filled in by the timing).
    private(set) var stats = EIEPEStats()

    /// Walks PE `pe`'s entries of every broadcast column in order, accumulating into `local`
    /// (its local rows, zero on entry) and writing each column's cost into
    /// `work[k x N_PE + pe]` as `entries << 1 | joinsRow` (`entries` 0: a one-cycle bubble).
    init(pe: Int, slice: EIEPESlice, layer: EIELayer, schedule: BroadcastSchedule, config: EIEConfig,
         local: UnsafeMutablePointer<Int64>, work: UnsafeMutableBufferPointer<UInt32>) {
        let memory = SliceMemory(slice: slice, encoding: layer.encoding, config: config)
        let counts = slice.entries.withUnsafeBufferPointer { stored in
            slice.pointers.withUnsafeBufferPointer { pointers in
                layer.codebook.withUnsafeBufferPointer { codebook in
                    schedule.columns.withUnsafeBufferPointer { columns in
                        schedule.batches.withUnsafeBufferPointer { batches in
                            schedule.activations.withUnsafeBufferPointer { activations in
                                Self.walk(pe: pe, memory: memory, stored: stored, pointers: pointers, codebook: codebook,
                                          format: layer.format, columns: columns, batches: batches, activations: activations,
                                          local: local, work: work)
                            }
                        }
                    }
                }
            }
        }
        stats.sparseMatrix.lineReads = counts.lineReads
        stats.sparseMatrix.entriesRead = counts.entries
        stats.sparseMatrix.paddingEntries = counts.entries - counts.weights
        stats.sparseMatrix.bubbleCycles = counts.bubbles
        stats.arithmetic.entries = counts.entries
        stats.arithmetic.decodes = counts.weights
        stats.arithmetic.multiplies = counts.weights
        stats.arithmetic.adds = counts.weights
        stats.arithmetic.saturations = counts.saturations
        stats.activationRW.accumulatorReads = counts.weights
        stats.activationRW.accumulatorWrites = counts.weights
        // S2's read and S3's write of every row beyond the register file.
        stats.activationRW.sramAccesses = 2 * counts.farWeights
    }

    /// What the walk counts (kept in locals, not in captured variables, so they stay in registers).
    struct Counts {
        var entries = 0, weights = 0, bubbles = 0, lineReads = 0, saturations = 0
        /// Weight entries at a local row `>= activation-register-entries`.
        var farWeights = 0
    }

    /// The fields that locate and decode a PE's entries.
    struct SliceMemory {
        let batchBases: [Int]
        let pointerMask: Int
        let zeroBits: Int
        let zeroMask: Int
        let lines: LineNumber
        let registerFile: Int
        let pes: Int

        init(slice: EIEPESlice, encoding: EIEEncoding, config: EIEConfig) {
            batchBases = slice.batchBases
            pointerMask = encoding.pointerMask
            zeroBits = encoding.relativeIndexBits
            zeroMask = (1 << encoding.relativeIndexBits) - 1
            lines = LineNumber(entriesPerLine: config.entriesPerLine)
            registerFile = config.activationRegisterEntries
            pes = encoding.pes
        }
    }

    private static func walk(pe: Int, memory: SliceMemory, stored: UnsafeBufferPointer<UInt16>, pointers: UnsafeBufferPointer<UInt32>,
                             codebook: UnsafeBufferPointer<Int16>, format: FixedPointFormat, columns: UnsafeBufferPointer<Int>,
                             batches: UnsafeBufferPointer<Int>, activations: UnsafeBufferPointer<Int16>,
                             local: UnsafeMutablePointer<Int64>, work: UnsafeMutableBufferPointer<UInt32>) -> Counts {
        let pes = memory.pes, pointerMask = memory.pointerMask, zeroBits = memory.zeroBits, zeroMask = memory.zeroMask
        let lines = memory.lines, registerFile = memory.registerFile
        var counts = Counts()
        var lineAddress = -1
        // The row the previous column's last entry wrote, or -1 (padding, bubble, none).
        var previousLastRow = -1
        var weights = 0, farWeights = 0, saturations = 0
        for k in 0..<columns.count {
            let j = columns[k]
            // The pointer-read unit's decode (`EIEPESlice.columnRange`). SRAM addresses are far
            // from overflowing: wrapping arithmetic drops checks that cannot fire, here and below.
            let base = memory.batchBases[batches[k]]
            let first = Int(pointers[j]), next = Int(pointers[j &+ 1])
            let start = base &+ ((first &- base) & pointerMask)
            let end = start &+ ((next &- first) & pointerMask)
            let slot = k &* pes &+ pe
            guard start < end else {
                counts.bubbles &+= 1
                previousLastRow = -1
                work[slot] = 0
                continue
            }
            let firstLine = lines.of(start), lastLine = lines.of(end &- 1)
            counts.lineReads &+= lastLine &- firstLine &+ (firstLine == lineAddress ? 0 : 1)
            lineAddress = lastLine
            let head = Int(stored[start])
            let joinsRow = head &>> zeroBits != 0 && head & zeroMask == previousLastRow
            let activation = activations[k]
            // The address accumulator: the next entry's row is `counter + z`, then `counter = row + 1`.
            var counter = 0
            for address in start..<end {
                let entry = Int(stored[address])
                let code = entry &>> zeroBits
                let row = counter &+ (entry & zeroMask)
                counter = row &+ 1
                // Padding (code 0) writes nothing in the PE. Here it adds the codebook's entry 0,
                // which is 0 (`EIELayer` requires it), to a row of its own zero run: the value
                // stays, nothing saturates, and no branch on padding is mispredicted.
                let isWeight = code != 0 ? 1 : 0
                weights &+= isWeight
                farWeights &+= row >= registerFile ? isWeight : 0
                local[row] = format.accumulate(local[row], FixedPointFormat.multiply(codebook[code], activation), saturations: &saturations)
            }
            // The last entry of a column is a weight (padding only precedes one), but check.
            previousLastRow = Int(stored[end &- 1]) &>> zeroBits != 0 ? counter &- 1 : -1
            counts.entries &+= end &- start
            work[slot] = UInt32(truncatingIfNeeded: (end &- start) << 1) | (joinsRow ? 1 : 0)
        }
        counts.weights = weights
        counts.farWeights = farWeights
        counts.saturations = saturations
        return counts
    }

    /// The sparse-matrix SRAM line of an address, `address / entriesPerLine`: a shift when
    /// the line holds a power of two entries (8 at the defaults), else a division.
    struct LineNumber {
        let entriesPerLine: Int
        let shift: Int

        init(entriesPerLine: Int) {
            self.entriesPerLine = entriesPerLine
            shift = entriesPerLine.nonzeroBitCount == 1 ? entriesPerLine.trailingZeroBitCount : -1
        }

        @inline(__always)
        func of(_ address: Int) -> Int { shift >= 0 ? address >> shift : address / entriesPerLine }
    }
}
