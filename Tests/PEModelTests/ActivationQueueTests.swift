import PEModel
import Testing

/// The activation queue alone, cycle by cycle: `schedulePush`/`schedulePop` during evaluate,
/// `commit()` at the clock edge (`docs/microarchitecture.md`, "Activation queue").
@Suite struct ActivationQueueTests {
    /// The full flag is registered: a pop does not make room for a push in the same cycle,
    /// and both land at the clock edge.
    @Test func pushAndPopLandAtCommit() {
        var queue = ActivationQueue(depth: 2)
        #expect(queue.canAccept && queue.isEmpty)
        queue.schedulePush(activation: 5, column: 0)
        #expect(queue.head == nil)                           // not visible before commit
        queue.commit()
        queue.schedulePush(activation: 6, column: 3)
        queue.commit()
        #expect(queue.count == 2 && !queue.canAccept)
        #expect(queue.head?.activation == 5 && queue.head?.column == 0)
        queue.sample()
        queue.schedulePop()
        #expect(!queue.canAccept)                            // still full this cycle
        queue.commit()
        #expect(queue.head?.column == 3 && queue.canAccept)
        queue.schedulePop()
        queue.schedulePush(activation: 9, column: 7)         // wraps around the ring
        queue.commit()
        #expect(queue.count == 1 && queue.head?.column == 7)
        #expect(queue.stats.pushes == 3 && queue.stats.pops == 2 && queue.stats.fullCycles == 1 && queue.stats.peakOccupancy == 2)
    }

    /// Pop and push in one cycle: the old head leaves, the new entry joins the tail, in order,
    /// across the ring buffer's wrap-around.
    @Test func firstInFirstOutAcrossTheWrap() {
        var queue = ActivationQueue(depth: 3)
        var popped: [Int32] = []
        var next: Int32 = 0
        for cycle in 0..<10 {
            if let head = queue.head, cycle % 3 != 0 {
                popped.append(head.column)
                queue.schedulePop()
            }
            if queue.canAccept {
                queue.schedulePush(activation: Int16(next) * 10, column: next)
                next += 1
            }
            queue.commit()
        }
        #expect(popped == Array(0..<Int32(popped.count)))
        #expect(popped.count == 6 && next == 9)
        #expect(queue.count == 3 && queue.head?.column == 6 && queue.head?.activation == 60)
        #expect(queue.stats.pushes == 9 && queue.stats.pops == 6)
    }

    /// `sample()` (once per evaluated cycle) records the start-of-cycle occupancy.
    @Test func sampleCountsPeakAndFullCycles() {
        var queue = ActivationQueue(depth: 2)
        queue.sample()                     // 0 entries
        queue.schedulePush(activation: 1, column: 0)
        queue.commit()
        queue.sample()                     // 1
        queue.schedulePush(activation: 1, column: 1)
        queue.commit()
        queue.sample()                     // 2: full
        queue.sample()                     // 2: full again
        #expect(queue.stats.peakOccupancy == 2)
        #expect(queue.stats.fullCycles == 2)
    }
}
