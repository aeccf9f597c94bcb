import ConfigSupport
import FixedPoint

/// One pass of the engine (a row tile over a chunk of groups), cycle by cycle
/// (`docs/nm-model.md`, "Timing").
///
/// Blocks, evaluated once per cycle from the state at the cycle's start, then committed:
/// - **PEs**, each back to front so every stage reads its input register before the stage in
///   front overwrites it (register semantics):
///   ACC adds the MUL->ACC products into the lanes' accumulators (saturating);
///   MUL selects each lane's activation from the group's 4 with its 2-bit index (4:1 mux) and
///   multiplies it by the lane's weight (WRD->MUL holds the word's address: the values and
///   indices are read from the image at it);
///   WRD reads the weight-SRAM word of the IDX->WRD slot;
///   IDX issues the next slot of the current group, or pops the next group from the queue and
///   issues its slot 0 (one slot per cycle; a group takes `S_e x kept` slots).
/// - **Broadcast**: a group held by the reader is pushed into every active PE's queue when each
///   has a free entry after this cycle's pops; otherwise the reader stalls.
/// - **Reader**: if it holds no group (or broadcast it this cycle) and groups remain, it reads
///   the next group of 4 activations; an all-zero group is dropped in that cycle (skipped).
/// The pass's drain starts at the first cycle whose start finds the reader done and every
/// active PE idle (queue empty, no slot left, all three pipeline registers empty).
struct NMPassSimulator {
    let layer: NMLayer
    let config: NMConfig
    let plan: NMTilePlan
    let tile: Int
    let firstGroup: Int
    let groupCount: Int
    let drains: Bool

    /// Runs the pass on `accumulators` (carried between a row tile's chunks), writing the drained
    /// rows' `outputs`, adding every event to `stats` and each PE's multiplies to
    /// `multipliesPerPE`. Returns the drain's start cycle and the pass's cycles.
    func run(accumulators: inout [Int64], outputs: inout [Int16], stats: inout NMStats, multipliesPerPE: inout [Int],
             trace: NMEngine.Trace?) throws -> (drainStart: Int, cycles: Int) {
        let pes = config.pes, lanes = config.multipliers, depth = config.queueDepth
        let kept = layer.kept, groups = layer.groups, n = layer.columns, format = layer.format
        let tileBase = tile * plan.rowWordsPerTile * lanes
        let active = (0..<pes).filter { plan.rows(pe: $0, tile: tile, lanes: lanes) > 0 }
        let rowsIn = active.map { plan.rows(pe: $0, tile: tile, lanes: lanes) }
        let slotsPerGroup = rowsIn.map { (($0 + lanes - 1) / lanes) * kept }
        let count = active.count
        var queue = [Int](repeating: 0, count: count * depth)
        var head = [Int](repeating: 0, count: count), occupancy = [Int](repeating: 0, count: count)
        var current = [Int](repeating: 0, count: count), remaining = [Int](repeating: 0, count: count)
        // Pipeline registers {valid, group, slot}: IDX->WRD, WRD->MUL, MUL->ACC (with the products).
        var issueValid = [Bool](repeating: false, count: count), issueGroup = current, issueSlot = current
        var readValid = issueValid, readGroup = current, readSlot = current
        var productValid = issueValid, productGroup = current, productSlot = current
        var products = [Int32](repeating: 0, count: count * lanes)
        var nextGroup = firstGroup
        let end = firstGroup + groupCount
        var holding = false, heldGroup = 0
        var cycle = 0
        let maxSlots = slotsPerGroup.max() ?? 0
        let limit = groupCount * (maxSlots + 2) + 16

        let values = layer.values, indices = layer.indices, activations = layer.activations
        var saturations = 0
        defer { stats.accumulatorSaturations += saturations }
        func isZero(_ g: Int) -> Bool {
            for t in 0..<NMConfig.groupSize {
                let j = g * NMConfig.groupSize + t
                if j < n, activations[j] != 0 { return false }
            }
            return true
        }
        func label(_ valid: Bool, _ group: Int, _ slot: Int) -> String { valid ? "\(group).\(slot)" : "-" }

        while true {
            if nextGroup == end, !holding,
               !(0..<count).contains(where: { occupancy[$0] > 0 || remaining[$0] > 0 || issueValid[$0] || readValid[$0] || productValid[$0] }) {
                break
            }
            guard cycle <= limit else {
                throw SimulatorFault(message: "N:M pass of layer '\(layer.name)' (tile \(tile), groups \(firstGroup)..<\(end)) did not finish within \(limit) cycles",
                                     attach: "the layer shape, nm.kept and the --set options")
            }
            var peLine = ""
            for a in 0..<count {
                let slot0 = a * lanes
                let traced = a == 0 && cycle < (trace?.cycles ?? 0)
                if traced { peLine = " A=\(label(productValid[a], productGroup[a], productSlot[a]))" }
                // ACC
                if productValid[a] {
                    // Lane `l` of row-word `w` is local row `w*L + l`, global row `(base + w*L + l) * N_PE + e`.
                    let first = (productSlot[a] / kept) * lanes
                    let used = min(lanes, rowsIn[a] - first)
                    var i = (tileBase + first) * pes + active[a]
                    for lane in 0..<used {
                        accumulators[i] = format.accumulate(accumulators[i], products[slot0 + lane], saturations: &saturations)
                        i += pes
                    }
                    stats.accumulatorUpdates += used
                }
                // MUL (with the 4:1 select)
                if traced { peLine = " M=\(label(readValid[a], readGroup[a], readSlot[a]))" + peLine }
                productValid[a] = readValid[a]
                if readValid[a] {
                    let (g, slot) = (readGroup[a], readSlot[a])
                    productGroup[a] = g
                    productSlot[a] = slot
                    let first = (slot / kept) * lanes, position = slot % kept
                    let used = min(lanes, rowsIn[a] - first)
                    var i = (tileBase + first) * pes + active[a]
                    for lane in 0..<used {
                        let address = (i * groups + g) * kept + position
                        let j = g * NMConfig.groupSize + Int(indices[address])
                        let x: Int16 = j < n ? activations[j] : 0
                        if x == 0 { stats.zeroActivationMultiplies += 1 }
                        products[slot0 + lane] = FixedPointFormat.multiply(values[address], x)
                        i += pes
                    }
                    stats.multiplies += used
                    stats.muxSelects += used
                    stats.idleLaneSlots += lanes - used
                    multipliesPerPE[active[a]] += used
                }
                // WRD
                if traced { peLine = " W=\(label(issueValid[a], issueGroup[a], issueSlot[a]))" + peLine }
                readValid[a] = issueValid[a]
                if issueValid[a] {
                    readGroup[a] = issueGroup[a]
                    readSlot[a] = issueSlot[a]
                    stats.weightWordReads += 1
                    stats.weightValueBitsRead += lanes * NMConfig.valueBits
                    stats.weightIndexBitsRead += lanes * NMConfig.indexBits
                }
                // IDX
                if remaining[a] > 0 {
                    issueValid[a] = true
                    issueGroup[a] = current[a]
                    issueSlot[a] = slotsPerGroup[a] - remaining[a]
                    remaining[a] -= 1
                } else if occupancy[a] > 0 {
                    current[a] = queue[a * depth + head[a]]
                    head[a] = (head[a] + 1) % depth
                    occupancy[a] -= 1
                    stats.queuePops += 1
                    issueValid[a] = true
                    issueGroup[a] = current[a]
                    issueSlot[a] = 0
                    remaining[a] = slotsPerGroup[a] - 1
                } else {
                    issueValid[a] = false
                    stats.starvedPECycles += 1
                }
                if issueValid[a] { stats.issueSlots += 1 }
                if traced { peLine = " q=\(occupancy[a]) I=\(label(issueValid[a], issueGroup[a], issueSlot[a]))" + peLine }
            }
            // Broadcast
            var broadcastLabel = "-"
            if holding {
                if !occupancy.contains(where: { $0 >= depth }) {
                    for a in 0..<count {
                        queue[a * depth + (head[a] + occupancy[a]) % depth] = heldGroup
                        occupancy[a] += 1
                    }
                    stats.groupsBroadcast += 1
                    stats.queuePushes += count
                    broadcastLabel = "\(heldGroup)"
                    holding = false
                } else {
                    stats.broadcastStallCycles += 1
                    broadcastLabel = "stall"
                }
            }
            // Reader
            var readLabel = "-"
            if !holding, nextGroup < end {
                let g = nextGroup
                nextGroup += 1
                stats.groupsRead += 1
                if isZero(g) {
                    stats.groupsSkipped += 1
                    readLabel = "\(g)z"
                } else {
                    holding = true
                    heldGroup = g
                    readLabel = "\(g)"
                }
            }
            if let trace, cycle < trace.cycles {
                trace.sink("tile \(tile) groups \(firstGroup)..<\(end) cycle \(cycle): rd=\(readLabel) bc=\(broadcastLabel) pe\(active.first ?? 0)\(peLine)")
            }
            cycle += 1
        }
        let drainStart = cycle
        var drainCycles = 0
        if drains {
            for a in 0..<count {
                let words = (rowsIn[a] + lanes - 1) / lanes
                drainCycles = max(drainCycles, words)
                stats.drainCycles += words
                for local in 0..<rowsIn[a] {
                    let i = (tileBase + local) * pes + active[a]
                    outputs[i] = format.requantize(accumulators[i], relu: layer.relu)
                    stats.outputWrites += 1
                }
            }
        }
        stats.peCycles += (drainStart + drainCycles) * count
        return (drainStart, drainStart + drainCycles)
    }
}
