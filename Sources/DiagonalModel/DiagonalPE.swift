import FixedPoint

/// One processing element: activation queue, index calculator (IDX) with its column register,
/// the IDX->WRD, WRD->MUL and MUL->ACC pipeline registers, and the accumulators of its rows
/// (`docs/diagonal-model.md`, "Timing").
///
/// `tick` evaluates the stages back to front, so each reads its input register's start-of-cycle
/// value before the stage in front overwrites it: the same result as evaluating every stage and
/// then committing every register. The queue's push (the broadcast) lands after every PE has
/// ticked (`push`), so a pop never makes room for a push in the same cycle.
struct DiagonalPE {
    /// One pipeline register: a slot of up to `N_MUL` lanes.
    struct Stage {
        var valid = false
        var column = 0
        var slot = 0
        var active = 0
        var x: Int16 = 0
        var localRows: [Int]
        var weightIndex: [Int]
        var weights: [Int16]
        var products: [Int32]

        init(lanes: Int) {
            localRows = [Int](repeating: 0, count: lanes)
            weightIndex = [Int](repeating: 0, count: lanes)
            weights = [Int16](repeating: 0, count: lanes)
            products = [Int32](repeating: 0, count: lanes)
        }
    }

    let index: Int
    let lanes: Int
    /// The queue: columns and values, `head` the oldest.
    var queueColumns: [Int] = []
    var queueValues: [Int16] = []
    var queueHead = 0
    /// The IDX column register: the column being issued, its runs, the next slot.
    var columnValid = false
    var column = 0
    var columnValue: Int16 = 0
    var runs = DiagonalMapping.Runs(firstStart: 0, firstCount: 0, secondStart: 0, secondCount: 0)
    var nextSlot = 0
    var slotCount = 0
    var idxToWrd: Stage
    var wrdToMul: Stage
    var mulToAcc: Stage
    var accumulators: [Int64]
    var stats = DiagonalPEStats()

    init(index: Int, lanes: Int, rows: Int) {
        self.index = index
        self.lanes = lanes
        idxToWrd = Stage(lanes: lanes)
        wrdToMul = Stage(lanes: lanes)
        mulToAcc = Stage(lanes: lanes)
        accumulators = [Int64](repeating: 0, count: rows)
    }

    var queueCount: Int { queueColumns.count - queueHead }
    /// Nothing queued, held or in flight.
    var isIdle: Bool { queueCount == 0 && !columnValid && !idxToWrd.valid && !wrdToMul.valid && !mulToAcc.valid }

    mutating func push(column j: Int, value: Int16) {
        queueColumns.append(j)
        queueValues.append(value)
        stats.queuePushes += 1
        stats.queuePeak = max(stats.queuePeak, queueCount)
    }

    /// One compute-phase cycle.
    mutating func tick(layer: DiagonalLayer, mapping: DiagonalMapping, queueDepth: Int) {
        let format = layer.format
        if queueCount >= queueDepth { stats.queueFullCycles += 1 }
        // ACC: saturating read-add-write of every active lane (distinct rows: diagonals are disjoint).
        if mulToAcc.valid {
            for l in 0..<mulToAcc.active {
                let row = mulToAcc.localRows[l]
                accumulators[row] = format.accumulate(accumulators[row], mulToAcc.products[l], saturations: &stats.accumulatorSaturations)
            }
            stats.accumulatorUpdates += mulToAcc.active
        }
        // MUL: 16 x 16 -> 32-bit products.
        mulToAcc.valid = wrdToMul.valid
        if wrdToMul.valid {
            mulToAcc.column = wrdToMul.column
            mulToAcc.slot = wrdToMul.slot
            mulToAcc.active = wrdToMul.active
            for l in 0..<wrdToMul.active {
                mulToAcc.localRows[l] = wrdToMul.localRows[l]
                mulToAcc.products[l] = FixedPointFormat.multiply(wrdToMul.weights[l], wrdToMul.x)
            }
            stats.multiplies += wrdToMul.active
            stats.idleLaneSlots += lanes - wrdToMul.active
        }
        // WRD: one weight-SRAM word per slot that has a hit.
        wrdToMul.valid = idxToWrd.valid
        if idxToWrd.valid {
            wrdToMul.column = idxToWrd.column
            wrdToMul.slot = idxToWrd.slot
            wrdToMul.active = idxToWrd.active
            wrdToMul.x = idxToWrd.x
            for l in 0..<idxToWrd.active {
                wrdToMul.localRows[l] = idxToWrd.localRows[l]
                wrdToMul.weights[l] = layer.weights[idxToWrd.weightIndex[l]]
            }
            if idxToWrd.active > 0 { stats.weightWordReads += 1 }
        }
        // IDX: issue the held column's next slot, or pop a column and issue its slot 0.
        if !columnValid && queueCount > 0 {
            column = queueColumns[queueHead]
            columnValue = queueValues[queueHead]
            queueHead += 1
            if queueHead == queueColumns.count {
                queueColumns.removeAll(keepingCapacity: true)
                queueValues.removeAll(keepingCapacity: true)
                queueHead = 0
            }
            stats.queuePops += 1
            runs = mapping.runs(pe: index, column: column)
            stats.descriptorReads += 1
            slotCount = mapping.slots(hits: runs.count)
            nextSlot = 0
            columnValid = true
        }
        guard columnValid else {
            idxToWrd.valid = false
            stats.idleCycles += 1
            return
        }
        let slot = nextSlot
        let active = min(lanes, runs.count - slot * lanes)
        let length = layer.length
        idxToWrd.valid = true
        idxToWrd.column = column
        idxToWrd.slot = slot
        idxToWrd.active = active
        idxToWrd.x = columnValue
        for l in 0..<active {
            let entry = runs.entry(slot * lanes + l)
            let (row, t) = layer.entry(column: column, offset: mapping.registerOffsets[entry]) ?? (-1, -1)
            idxToWrd.localRows[l] = row / mapping.pes
            idxToWrd.weightIndex[l] = mapping.registerOrder[entry] * length + t
        }
        stats.offsetReads += active
        stats.indexComputes += active
        if active == 0 { stats.emptySlots += 1 }
        stats.issueCycles += 1
        nextSlot += 1
        if nextSlot == slotCount { columnValid = false }
    }

    /// `IDX j.s WRD j.s MUL j.s ACC j.s` (or `-`), for the trace.
    var traceFields: String {
        func field(_ stage: Stage) -> String { stage.valid ? "\(stage.column).\(stage.slot)" : "-" }
        let idx = idxToWrd.valid ? "\(idxToWrd.column).\(idxToWrd.slot)" : "-"
        return "q\(queueCount) I \(idx) W \(field(wrdToMul)) M \(field(mulToAcc))"
    }
}
