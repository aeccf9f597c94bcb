// The event-timing path of `EIEEngine.run`: the same `EIEResult` as stepping every PE every
// cycle, at a cost of a few operations per (non-zero input, PE) plus the arithmetic.
//
// Why it is exact (`docs/eie-model.md`, "Event timing"):
// - The PEs are coupled only through the broadcast: every PE takes every non-zero input, and the
//   detector waits while any queue is full. A PE's timing depends only on when each input was
//   broadcast and on how many issue slots each of its columns takes, never on the data.
// - Given those, each PE's pop cycles follow a two-term recurrence and each broadcast's cycle
//   the detector's own pace or the pop that frees the fullest queue (`ColumnEventTiming`).
// - The arithmetic and every count that does not need time follow from the issue order alone
//   (`PEColumnWalk`); the bypass count needs both (`joinsRow` and back-to-back issue).

extension EIEEngine {
    /// Whether `runByEvents` can take `layer`: a column's cost is packed into 32 bits
    /// (`entries << 1 | joinsRow`), so no slice may hold `2^31` entries (4 GB of SRAM per PE).
    static func eventTimingFits(_ layer: EIELayer) -> Bool {
        layer.slices.allSatisfy { $0.entries.count < 1 << 31 }
    }

    /// Runs `layer` (already checked against the config) without stepping cycles.
    func runByEvents(_ layer: EIELayer) -> EIEResult {
        let pesCount = config.pes
        let schedule = BroadcastSchedule(activations: layer.activations, width: pesCount, batchColumns: layer.encoding.batchColumns)
        var accumulators = [Int64](repeating: 0, count: layer.rows)
        var walks: [PEColumnWalk] = []
        let events = schedule.count * pesCount
        // Every element is written by the walks (one per broadcast and PE) before it is read.
        let work = [UInt32](unsafeUninitializedCapacity: events) { work, initialized in
            walks = walkColumns(layer, schedule: schedule, accumulators: &accumulators, work: work)
            initialized = events
        }
        let timing = work.withUnsafeBufferPointer { work in
            ColumnEventTiming(schedule: schedule, pes: pesCount, queueDepth: config.queueDepth, work: work)
        }
        let computeCycles = timing.computeCycles
        let drainCycles = (layer.rows + pesCount - 1) / pesCount
        let rowsRead = schedule.detector.rowsRead
        var perPE: [EIEPEStats] = []
        perPE.reserveCapacity(pesCount)
        for e in 0..<pesCount {
            var stats = walks[e].stats
            let timer = timing.pes[e]
            stats.queue.pushes = schedule.count
            stats.queue.pops = schedule.count
            stats.queue.fullCycles = timer.fullCycles
            stats.queue.peakOccupancy = timer.peakOccupancy
            stats.pointerRead.reads = schedule.count
            stats.sparseMatrix.idleCycles = computeCycles - stats.sparseMatrix.entriesRead - stats.sparseMatrix.bubbleCycles
            stats.arithmetic.bypasses = timer.bypasses
            stats.activationRW.add(sourceReads: Self.sourceReads(pe: e, rowsRead: rowsRead, pes: pesCount, columns: layer.columns),
                                   localRows: layer.slices[e].localRows, registerFileEntries: config.activationRegisterEntries)
            perPE.append(stats)
        }
        var detector = schedule.detector
        detector.stallCycles = timing.stallCycles
        let outputs = accumulators.map { layer.format.requantize($0, relu: layer.relu) }
        return makeResult(outputs: outputs, accumulators: accumulators, cycles: computeCycles + drainCycles,
                          computeCycles: computeCycles, nonZeroInputs: schedule.count, detector: detector, perPE: perPE)
    }

    /// Every PE's `PEColumnWalk`, PE by PE. Each accumulates into its own local rows
    /// (contiguous), which then go to rows `local x N_PE + e` of `accumulators`.
    private func walkColumns(_ layer: EIELayer, schedule: BroadcastSchedule, accumulators: inout [Int64],
                             work: UnsafeMutableBufferPointer<UInt32>) -> [PEColumnWalk] {
        let pesCount = config.pes
        var walks: [PEColumnWalk] = []
        walks.reserveCapacity(pesCount)
        let maxLocalRows = layer.slices.reduce(0) { max($0, $1.localRows) }
        let local = UnsafeMutablePointer<Int64>.allocate(capacity: max(1, maxLocalRows))
        defer { local.deallocate() }
        for (e, slice) in layer.slices.enumerated() {
            local.initialize(repeating: 0, count: slice.localRows)
            walks.append(PEColumnWalk(pe: e, slice: slice, layer: layer, schedule: schedule, config: config, local: local, work: work))
            for row in 0..<slice.localRows { accumulators[row * pesCount + e] = local[row] }
        }
        return walks
    }

    /// Row loads that read PE `pe`'s source bank: rows `r < rowsRead` (loaded in order) whose
    /// position `r x N_PE + pe` lies inside the input.
    static func sourceReads(pe: Int, rowsRead: Int, pes: Int, columns: Int) -> Int {
        guard pe < columns else { return 0 }
        return min(rowsRead, (columns - pe + pes - 1) / pes)
    }
}

extension ActivationReadWriteUnit.Stats {
    /// The counts of the detector's row loads (`sourceReads` of them, local indices `0 ..<`)
    /// and of the output step (`localRows` reads and writes), as the per-cycle unit counts them.
    mutating func add(sourceReads: Int, localRows: Int, registerFileEntries: Int) {
        activationReads += sourceReads
        sramAccesses += max(0, sourceReads - registerFileEntries)
        outputWrites += localRows
        drainCycles += localRows
        sramAccesses += 2 * max(0, localRows - registerFileEntries)
    }
}
