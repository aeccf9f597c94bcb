/// The issue schedule of a butterfly phase (FFT of the input blocks, IFFT of the block-rows),
/// computed once per block and stage instead of once per cycle. [ours]
///
/// Rules (`docs/circnn-model.md`, "Phases 1 and 3"):
/// - Order is stage-major: stage 0 of every block (block 0 first), then stage 1 of every
///   block, and so on; within a block its `k/2` butterflies go in index order.
/// - `units` butterflies issue per cycle, in order: a butterfly that cannot issue holds back
///   all later ones.
/// - A stage starts in a fresh cycle (the twiddle address generator switches stride).
/// - Stage `s + 1` of block `b` may issue from cycle `t_b + d_s`, where `t_b` is the cycle of
///   block `b`'s last stage-`s` butterfly and `d_s` that stage's depth: the whole block's
///   previous stage must be written back (block-granular dependency; the butterfly-level
///   pattern would let a few start earlier, which only matters when a stage of the whole phase
///   is shorter than the pipeline).
/// - The phase ends `d_last` cycles after its last issue.
///
/// Because every block of a stage issues `k/2` butterflies into a shared slot counter, the
/// model advances one block at a time with integer arithmetic and stays exact.
enum StageSchedule {
    /// The timing of `stages` stages of `butterfliesPerBlock` butterflies over `blocks` blocks;
    /// `depth(s)` is the latency of stage `s`'s butterflies (at least 1).
    static func butterflyPhase(blocks: Int, stages: Int, butterfliesPerBlock h: Int, units: Int,
                               depth: (Int) -> Int) -> CirCNNPhaseTiming {
        guard blocks > 0, stages > 0, h > 0 else { return CirCNNPhaseTiming(issueCycles: 0, stallCycles: 0, fillCycles: 0, units: units, usedSlots: 0) }
        // `next` is the next free issue slot, numbered cycle * units + unit.
        var next = 0
        var issueCycles = 0
        var ready = [Int](repeating: 0, count: blocks)
        var lastIssue = 0
        for stage in 0..<stages {
            next = ceilDiv(next, units) * units
            let latency = depth(stage)
            for block in 0..<blocks {
                if next < ready[block] * units { next = ready[block] * units }
                let first = next, last = next + h - 1
                // Cycles this block issues in, minus the first one if an earlier block used it.
                issueCycles += last / units - first / units + 1 - (first % units != 0 ? 1 : 0)
                lastIssue = last / units
                ready[block] = lastIssue + latency
                next = last + 1
            }
        }
        let windowCycles = lastIssue + 1
        return CirCNNPhaseTiming(issueCycles: issueCycles, stallCycles: windowCycles - issueCycles,
                                 fillCycles: depth(stages - 1) - 1, units: units, usedSlots: blocks * stages * h)
    }

    /// `ceil(a / b)` for `a >= 0`, `b > 0`.
    @inline(__always)
    static func ceilDiv(_ a: Int, _ b: Int) -> Int { (a + b - 1) / b }
}
