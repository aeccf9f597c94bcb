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
    /// Runs `layer` (already checked against the config) without stepping cycles.
    func runByEvents(_ layer: EIELayer) -> EIEResult {
        let pesCount = config.pes
        let schedule = BroadcastSchedule(activations: layer.activations, width: pesCount)
        var accumulators = [Int64](repeating: 0, count: layer.rows)
        var work = [Int](repeating: 0, count: schedule.count * pesCount)
        var walks: [PEColumnWalk] = []
        walks.reserveCapacity(pesCount)
        accumulators.withUnsafeMutableBufferPointer { accumulators in
            work.withUnsafeMutableBufferPointer { work in
                for (e, slice) in layer.slices.enumerated() {
                    walks.append(PEColumnWalk(pe: e, slice: slice, layer: layer, schedule: schedule, config: config,
                                              accumulators: accumulators, work: work))
                }
            }
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
