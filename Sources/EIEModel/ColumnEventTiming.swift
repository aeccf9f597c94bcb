/// The cycles of the event-timing path (`EIEEngine+EventTiming`): when each non-zero input is
/// broadcast and when each PE pops it, by a recurrence over (broadcast, PE) events instead of
/// stepping (cycle, PE). Derivation and proof sketch: `docs/eie-model.md`, "Event timing".
///
/// With `b_k` broadcast `k`'s cycle, `p_ek` PE `e`'s pop of it and `s_ek = max(1, entries)` its
/// issue slots (a bubble for an empty slice), the per-cycle rules give:
/// - pop: `p_e0 = b_0 + 1`, `p_ek = max(b_k + 1, p_e(k-1) + s_e(k-1))`: the queue must hold the
///   entry (pushed at the end of `b_k`) and the previous column must be in its last slot
///   (the pop rule); the pointers are then read in `p_ek + 1` and the slots issue in
///   `p_ek + 2 ..< p_ek + 2 + s_ek`, back to back with the previous column when the pop waited
///   for it;
/// - broadcast: `b_k = max(b_(k-1) + spacing_k, max_e p_e(k-D+1) + 1)`: the detector's own
///   pace (`BroadcastSchedule`), and no queue full at the start of the cycle, i.e. every PE
///   popped entry `k - D + 1` (a queue holds `D - 1`) in an earlier cycle. The difference to
///   the detector's pace is the stall count.
/// - a queue is full in cycle `t` (with `a` entries pushed before `t`) exactly when
///   `t <= p_e(a-D+1)`. It peaks right after a push, holding `#{i <= k : p_ei > b_k}`, at
///   most one more than its peak so far (it held no more than that at the start of `b_k`);
///   since the pops are in order, it holds `peak + 1` exactly when `p_e(k-peak) > b_k`.
/// - a PE is idle from `max(p_eK + s_eK + 2, lastIssue_e + 4)` (its column register, then S3,
///   empty); the compute phase ends when every PE is idle and the detector done.
struct ColumnEventTiming {
    /// One PE's timing registers and the counts that need time.
    struct PETimer {
        /// `p_e(k-1) + s_e(k-1)`: the first cycle the next column may pop (`Int.min` before any).
        var nextPopFrom = Int.min
        /// The cycle of the last issued entry.
        var lastIssue = Int.min
        var fullCycles = 0
        var peakOccupancy = 0
        var bypasses = 0
    }

    private(set) var pes: [PETimer]
    /// Broadcasts that waited on a full queue, cycle by cycle.
    private(set) var stallCycles = 0
    /// The first cycle in which the detector is done and every PE idle.
    private(set) var computeCycles = 0

    /// Runs the recurrence over `schedule`'s broadcasts; `work[k x N_PE + e]` is PE `e`'s cost of
    /// broadcast `k` as `PEColumnWalk` wrote it (`entries << 1 | joinsRow`).
    init(schedule: BroadcastSchedule, pes pesCount: Int, queueDepth depth: Int, work: UnsafeBufferPointer<UInt32>) {
        pes = Array(repeating: PETimer(), count: pesCount)
        // Each PE's last `D` pop cycles (`pops[e x D + k mod D]`) and the latest pop over PEs of the last `D` broadcasts.
        var pops = [Int](repeating: 0, count: pesCount * depth)
        var latestPops = [Int](repeating: 0, count: depth)
        let (lastBroadcast, stalls) = pes.withUnsafeMutableBufferPointer { timers in
            pops.withUnsafeMutableBufferPointer { pops in
                latestPops.withUnsafeMutableBufferPointer { latestPops in
                    schedule.spacing.withUnsafeBufferPointer { spacing in
                        Self.broadcasts(spacing: spacing, timers: timers, depth: depth, work: work, pops: pops, latestPops: latestPops)
                    }
                }
            }
        }
        stallCycles = stalls
        var end = lastBroadcast + schedule.tail
        if schedule.count > 0 {
            for timer in pes { end = max(end, timer.nextPopFrom + 2, timer.lastIssue + 4) }
        }
        computeCycles = end
    }

    /// Every broadcast in order, every PE's pop of it; returns the last broadcast's cycle (-1 if
    /// none) and the stall cycles. Also counts each PE's full-queue cycles, after the last
    /// broadcast too. The state is in locals and buffers, so the loop keeps it in registers.
    private static func broadcasts(spacing: UnsafeBufferPointer<Int>, timers: UnsafeMutableBufferPointer<PETimer>, depth: Int,
                                   work: UnsafeBufferPointer<UInt32>, pops: UnsafeMutableBufferPointer<Int>,
                                   latestPops: UnsafeMutableBufferPointer<Int>) -> (Int, Int) {
        let pesCount = timers.count, count = spacing.count, held = depth - 1
        var broadcast = -1, stalls = 0
        for k in 0..<count {
            let ready = broadcast + spacing[k]
            let previous = broadcast
            broadcast = ready
            if k >= held { broadcast = max(ready, latestPops[(k - held) % depth] + 1) }
            stalls += broadcast - ready
            let slot = k % depth, freed = (k - held) % depth
            var latest = Int.min
            for e in 0..<pesCount {
                let ring = e * depth
                // Full cycles between the previous broadcast and this one (`k` entries pushed).
                if k >= held { timers[e].fullCycles += max(0, pops[ring + freed] - previous) }
                let pop = take(&timers[e], column: Int(work[k * pesCount + e]), broadcast: broadcast)
                pops[ring + slot] = pop
                if pop > latest { latest = pop }
                // The peak: one more than before when entry `k - peak` is still queued after `b_k`.
                let peak = timers[e].peakOccupancy
                if peak < held && peak <= k {
                    let older = slot >= peak ? slot - peak : slot - peak + depth
                    if pops[ring + older] > broadcast { timers[e].peakOccupancy = peak + 1 }
                }
            }
            latestPops[slot] = latest
        }
        // Full cycles after the last broadcast (all `count` entries pushed).
        if count >= held {
            let freed = (count - held) % depth
            for e in 0..<pesCount { timers[e].fullCycles += max(0, pops[e * depth + freed] - broadcast) }
        }
        return (broadcast, stalls)
    }

    /// PE `timer` takes a broadcast in cycle `broadcast` that costs it `column`; returns its pop cycle.
    @inline(__always)
    private static func take(_ timer: inout PETimer, column: Int, broadcast: Int) -> Int {
        let entries = column >> 1
        let pop = max(broadcast + 1, timer.nextPopFrom)
        // Two writes to one row back to back: the previous column's last entry, then this one's first.
        if column & 1 != 0 && pop == timer.nextPopFrom { timer.bypasses += 1 }
        timer.nextPopFrom = pop + max(1, entries)
        if entries > 0 { timer.lastIssue = pop + 1 + entries }
        return pop
    }
}
