import PEModel
import Testing

/// The IDX stage alone: issue slots, each lane's row `b*p + (t - k) mod p`, and when the `k`
/// values are read (`docs/microarchitecture.md`, "IDX").
@Suite struct IndexCalculatorTests {
    /// `N_MUL = 2`, `p = 5`, `B_e = 3` (so `S = 2` slots per column, lane 1 idle in slot 1), two
    /// block-columns. `k` of block-row `b` in block-column `c`: c0 = [1, 4, 2], c1 = [0, 3, 4],
    /// stored as words `c*S + s` of `N_MUL` values (padding lane 0).
    static let storedK: [Int32] = [1, 4, /* c0 s1 */ 2, 0, /* c1 s0 */ 0, 3, /* c1 s1 */ 4, 0]

    /// Issues one cycle; returns (popped, the issue register).
    private func cycle(_ idx: inout IndexCalculator, head: (activation: Int16, column: Int32)?) -> (Bool, IssueRegister) {
        var issue = IssueRegister(lanes: idx.lanes)
        let popped = idx.evaluate(queueHead: idx.isBusy ? nil : head, issue: &issue)
        idx.commit(issued: issue.valid)
        return (popped, issue)
    }

    /// Rows of the active lanes of `issue`.
    private func rows(_ issue: IssueRegister) -> [Int32] { Array(issue.rows[0..<issue.activeLanes]) }

    @Test func slotsLanesAndRowsOfStoredPermutation() {
        var idx = IndexCalculator(lanes: 2, blockSize: 5, blockRows: 3, store: .sram(Self.storedK))
        #expect(idx.slotsPerColumn == 2)
        // Column j = 2 (c = 0, t = 2), x = 7: slot 0 pops it.
        var (popped, issue) = cycle(&idx, head: (7, 2))
        #expect(popped && issue.valid && issue.slot == 0 && issue.activeLanes == 2)
        #expect(issue.activation == 7 && issue.column == 2)
        #expect(rows(issue) == [1, 8])                       // 0*5 + (2-1) mod 5, 1*5 + (2-4) mod 5
        #expect(idx.isBusy)
        // Slot 1 continues the column whatever the queue holds; one active lane (b = 2).
        (popped, issue) = cycle(&idx, head: (9, 4))
        #expect(!popped && issue.slot == 1 && issue.activeLanes == 1 && issue.column == 2)
        #expect(rows(issue) == [10])                         // 2*5 + (2-2) mod 5
        #expect(!idx.isBusy)
        #expect(idx.stats.permutationReads == 2)             // one word per slot of the new block-column

        // j = 4: same block-column, so the k registers are reused (no read).
        (popped, issue) = cycle(&idx, head: (9, 4))
        #expect(popped && rows(issue) == [3, 5])             // (4-1), 5 + (4-4)
        (_, issue) = cycle(&idx, head: nil)
        #expect(rows(issue) == [12])                         // 10 + (4-2)
        #expect(idx.stats.permutationReads == 2)

        // j = 5: block-column 1 (t = 0), read again, one word per slot.
        (_, issue) = cycle(&idx, head: (1, 5))
        #expect(rows(issue) == [0, 7])                       // (0-0), 5 + (0-3) mod 5
        (_, issue) = cycle(&idx, head: nil)
        #expect(rows(issue) == [11])                         // 10 + (0-4) mod 5
        #expect(idx.stats.permutationReads == 4)

        // Nothing queued: a bubble.
        (popped, issue) = cycle(&idx, head: nil)
        #expect(!popped && !issue.valid)
        #expect(idx.stats.columns == 3 && idx.stats.issueCycles == 6 && idx.stats.idleCycles == 1)
        #expect(idx.stats.idleBeforeLastIssue == 0 && idx.stats.permutationComputes == 0)
    }

    /// Back to the first block-column after another one: its `k` are read again (only the last
    /// block-column's values are held).
    @Test func returningToABlockColumnReloads() {
        var idx = IndexCalculator(lanes: 2, blockSize: 5, blockRows: 2, store: .sram([1, 4, 0, 3]))
        for column: Int32 in [0, 1, 5, 0] { _ = cycle(&idx, head: (1, column)) }
        // Columns 0 and 1 share block-column 0; 5 is block-column 1; then 0 again.
        #expect(idx.stats.permutationReads == 3)
    }

    /// Every `t` and `k` of several `p`, one lane: the row is `(t - k) mod p`, including `p`
    /// that are not powers of two and `p = 1`.
    @Test(arguments: [1, 2, 3, 5, 7, 8, 13])
    func rowIsTMinusKModP(p: Int) {
        for k in 0..<p {
            var idx = IndexCalculator(lanes: 1, blockSize: p, blockRows: 1, store: .sram([Int32(k)]))
            for t in 0..<p {
                let (_, issue) = cycle(&idx, head: (1, Int32(t)))
                #expect(Int(issue.rows[0]) == ((t - k) % p + p) % p, "p \(p) t \(t) k \(k)")
            }
        }
    }

    /// Formula source: `k_b = ((r_b * Nb) mod p + c mod p) mod p`, from the row offsets
    /// `(r_b * Nb) mod p`, computed per active lane of each slot when the block-column changes.
    @Test func formulaPermutation() {
        // p = 5, Nb = 7, block-rows r = 0, 3, 6 (PE 0 of 3): offsets 0, 21 mod 5 = 1, 42 mod 5 = 2.
        var idx = IndexCalculator(lanes: 2, blockSize: 5, blockRows: 3, store: .formula(rowOffsets: [0, 1, 2, 0]))
        // j = 21: c = 4, t = 1; k = (r*7 + 4) mod 5 = [4, 0, 1].
        var (_, issue) = cycle(&idx, head: (1, 21))
        #expect(rows(issue) == [2, 6])                       // (1-4) mod 5, 5 + (1-0)
        (_, issue) = cycle(&idx, head: nil)
        #expect(rows(issue) == [10])                         // 10 + (1-1)
        #expect(idx.stats.permutationComputes == 3 && idx.stats.permutationReads == 0)
        // j = 23, same block-column: nothing recomputed.
        _ = cycle(&idx, head: (1, 23))
        #expect(idx.stats.permutationComputes == 3)
    }

    /// Lane `l` of slot `s` serves block-row `s*N_MUL + l`, so its rows lie in bank
    /// `(row / p) mod N_MUL = l`: the lanes never share an accumulator bank.
    @Test func laneRowsStayInTheLanesBank() {
        let lanes = 3, p = 4, blockRows = 8
        let k = (0..<(3 * lanes)).map { Int32($0 * 7 % p) }
        var idx = IndexCalculator(lanes: lanes, blockSize: p, blockRows: blockRows, store: .sram(k))
        for t: Int32 in 0..<Int32(p) {
            for _ in 0..<idx.slotsPerColumn {
                let (_, issue) = cycle(&idx, head: (1, t))
                for lane in 0..<issue.activeLanes {
                    #expect(Int(issue.rows[lane]) / p % lanes == lane, "t \(t) slot \(issue.slot) lane \(lane)")
                }
            }
        }
        #expect(idx.stats.issueCycles == p * 3)
    }

    /// Idle cycles before an issue count as starvation; those after the last issue do not (yet).
    @Test func idleBeforeLastIssue() {
        var idx = IndexCalculator(lanes: 1, blockSize: 2, blockRows: 1, store: .sram([0, 1]))
        _ = cycle(&idx, head: nil)
        _ = cycle(&idx, head: nil)
        _ = cycle(&idx, head: (1, 0))
        _ = cycle(&idx, head: nil)
        #expect(idx.stats.idleCycles == 3 && idx.stats.idleBeforeLastIssue == 2)
        _ = cycle(&idx, head: (1, 1))
        #expect(idx.stats.idleBeforeLastIssue == 3)
    }
}
