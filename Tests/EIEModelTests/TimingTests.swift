import EIEModel
import Testing
import Workloads

/// Exact, hand-derived cycle counts for the timing rules of `docs/eie-model.md`.
///
/// Reference schedule of one activation broadcast in cycle `b`: popped `b+1`, pointers read
/// `b+2`, first entry issued `b+3`, S1 `b+4`, S2 `b+5`, S3 `b+6` (write lands at its end).
/// The detector loads row 0 in cycle 0, so the first broadcast is in cycle 1 at the earliest
/// and the first write-back lands in the 8th cycle.
@Suite struct TimingTests {
    @Test(arguments: [1, 4, 64])
    func singleNonZero(pes: Int) throws {
        let config = smallConfig(pes: pes)
        let result = try runChecked(try layer([[3]], activations: [5], config: config), config)
        #expect(result.computeCycles == 8)
        #expect(result.drainCycles == 1)
        #expect(result.cycles == 9)
        #expect(result.accumulators == [15])
        #expect(result.total.arithmetic.multiplies == 1)
        // Every PE takes the broadcast and reads its pointers; only PE 0 has an entry.
        #expect(result.total.pointerRead.reads == pes)
        #expect(result.total.sparseMatrix.bubbleCycles == pes - 1)
    }

    @Test func traceShowsTheSchedule() throws {
        let config = smallConfig()
        var lines: [String] = []
        let trace = EIEEngine.Trace(cycles: 100) { lines.append($0) }
        let result = try EIEEngine(config: config).run(try layer([[3]], activations: [5], config: config), trace: trace)
        #expect(lines.count == result.cycles)
        #expect(lines[0].contains("row 0"))
        #expect(lines[1].contains("bcast 0"))
        #expect(lines[3].contains("P 0 "))
        #expect(lines[4].contains("S @0"))
        #expect(lines[5].contains("A1 z0"))
        #expect(lines[6].contains("A2 r0"))
        #expect(lines[7].contains("A3 r0"))
        #expect(lines[8].contains("output"))
    }

    /// A run of 16 zeros needs one padding entry, which takes one issue cycle and writes nothing.
    @Test func paddingEntryCostsOneCycle() throws {
        let config = smallConfig()
        let plain = try runChecked(try layer(pattern(rows: 17, columns: 1, [(15, 0)]), activations: [1], config: config), config)
        let padded = try runChecked(try layer(pattern(rows: 17, columns: 1, [(16, 0)]), activations: [1], config: config), config)
        #expect(plain.total.sparseMatrix.paddingEntries == 0)
        #expect(padded.total.sparseMatrix.paddingEntries == 1)
        #expect(plain.computeCycles == 8)
        #expect(padded.computeCycles == 9)
        #expect(padded.total.arithmetic.multiplies == 1)
        #expect(padded.total.activationRW.accumulatorWrites == 1)
        #expect(padded.total.sparseMatrix.entriesRead == 2)
    }

    /// Column 0 has 4 entries, column 1 none, column 2 one. With `x_1 != 0` the PE spends one
    /// bubble cycle on column 1: issues at 4-7 (column 0), bubble 8, column 2 at 9, write 12.
    /// With `x_1 = 0` column 2 follows column 0 directly (issue 8, write 11).
    @Test func emptySliceCostsOneBubble() throws {
        let config = smallConfig()
        let weights = pattern(rows: 4, columns: 3, [(0, 0), (1, 0), (2, 0), (3, 0), (0, 2)])
        let withBubble = try runChecked(try layer(weights, activations: [1, 1, 1], config: config), config)
        let without = try runChecked(try layer(weights, activations: [1, 0, 1], config: config), config)
        #expect(withBubble.computeCycles == 13)
        #expect(withBubble.total.sparseMatrix.bubbleCycles == 1)
        #expect(without.computeCycles == 12)
        #expect(without.total.sparseMatrix.bubbleCycles == 0)
    }

    /// One PE, `n` columns of one entry each, every input non-zero. The detector could send one
    /// per cycle (rows of one activation); a ring of `D = 2` slots holds a single entry and its
    /// full flag is registered, so it accepts every other cycle: issues at 4, 6, ..., writes end
    /// at `2n + 6`. From `D = 3` on the queue keeps up: issues at 4, 5, ..., end at `n + 7`.
    @Test(arguments: [2, 3, 4, 8])
    func queueOfDepthDHoldsDMinusOne(depth: Int) throws {
        let n = 12
        let config = smallConfig(queueDepth: depth)
        let result = try runChecked(try layer([[UInt8](repeating: 1, count: n)], activations: [Int16](repeating: 1, count: n), config: config), config)
        #expect(result.computeCycles == (depth == 2 ? 2 * n + 6 : n + 7))
        #expect(result.total.queue.peakOccupancy == 1)
    }

    /// The pop rule, by hand (one PE, `D = 2`: the ring holds one entry). Column 0 has four
    /// entries (rows 0-3), columns 1-3 one each (rows 0, 1, 2); every input is non-zero.
    /// The pointer-read unit keeps its column and the next one leaves the queue only when that
    /// column's last address is issued, i.e. when the column in the sparse-matrix unit next
    /// cycle is finished in that cycle:
    /// cycle 1 broadcast A; 2 pop A (B waits: queue full); 3 broadcast B, A's pointers;
    /// 4-7 A's entries (C waits in 4, 5, 6; B popped in 6, when one entry of A is left);
    /// 7 broadcast C, B's pointers; 8 B's entry, pop C (D waits); 9 broadcast D, C's pointers;
    /// 10 C's entry, pop D; 11 D's pointers; 12 D's entry, written at the end of cycle 15.
    /// Compute 16 cycles, 5 stalled broadcasts, then 4 output cycles. (The earlier model popped
    /// into a request register while A was still issuing, buffering one column more: B left
    /// the queue in cycle 4, C was broadcast in 5 and D in 8, 15 compute cycles, 4 stalls.)
    @Test func popWaitsForTheColumnsLastAddress() throws {
        let config = smallConfig(queueDepth: 2)
        let cells = [(0, 0), (1, 0), (2, 0), (3, 0), (0, 1), (1, 2), (2, 3)]
        let result = try runChecked(try layer(pattern(rows: 4, columns: 4, cells), activations: [1, 1, 1, 1], config: config), config)
        #expect(result.computeCycles == 16)
        #expect(result.cycles == 20)
        #expect(result.detector.stallCycles == 5)
        #expect(result.total.queue.peakOccupancy == 1)
    }

    /// A 40-entry first column keeps the PE busy while the detector fills the queue: the queue
    /// peaks at `D - 1` and the broadcast waits. From `D = 3` the PE never starves afterwards:
    /// 40 + 19 issue slots back to back from cycle 4, so the last write lands in cycle 65.
    @Test(arguments: 2...8)
    func queueFillsToDMinusOne(depth: Int) throws {
        let config = smallConfig(queueDepth: depth)
        var cells = (0..<40).map { ($0, 0) }
        cells += (1..<20).map { (0, $0) }
        let result = try runChecked(try layer(pattern(rows: 40, columns: 20, cells), activations: [Int16](repeating: 1, count: 20), config: config), config)
        #expect(result.total.queue.peakOccupancy == depth - 1)
        #expect(result.total.queue.fullCycles > 0)
        // A full queue stalls the broadcast whenever a non-zero is waiting (not after the last one).
        #expect(result.detector.stallCycles > 0 && result.detector.stallCycles <= result.total.queue.fullCycles)
        if depth >= 3 {
            #expect(result.computeCycles == 8 + 59 - 1)
        } else {
            #expect(result.computeCycles > 8 + 59 - 1)
        }
    }

    /// All-zero input: the detector loads rows 0, 1, 2 in cycles 0-2 and is done; nothing else runs.
    @Test func allZeroInputCostsOneCyclePerRow() throws {
        let config = smallConfig(pes: 4)
        let result = try runChecked(try layer(pattern(rows: 4, columns: 12, [(0, 0), (3, 11)]), activations: [Int16](repeating: 0, count: 12), config: config), config)
        #expect(result.computeCycles == 3)
        #expect(result.cycles == 3 + 1)
        #expect(result.detector.rowsRead == 3)
        #expect(result.total.pointerRead.reads == 0)
    }

    /// An all-zero row in front of the only non-zero delays everything by exactly one cycle.
    @Test func allZeroRowCostsOneCycle() throws {
        let config = smallConfig(pes: 4)
        let direct = try runChecked(try layer(pattern(rows: 4, columns: 4, [(0, 0)]), activations: [2, 0, 0, 0], config: config), config)
        let delayed = try runChecked(try layer(pattern(rows: 4, columns: 8, [(0, 4)]), activations: [0, 0, 0, 0, 2, 0, 0, 0], config: config), config)
        #expect(direct.computeCycles == 8)
        #expect(delayed.computeCycles == 9)
    }

    /// Detector cycles without stalls: `nnz + 1 + #{rows r < R-1 whose last position is zero}`.
    /// Rows (N = 4): [0 0 0 0] [1 0 1 0] [0 0 0 1] [0 0 0 0]: 3 + 1 + 2 = 6 cycles.
    @Test func detectorRowRule() {
        var detector = LeadingNonZeroDetector(activations: [0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0], width: 4)
        var actions: [LeadingNonZeroDetector.Action] = []
        while !detector.isDone {
            actions.append(detector.evaluate(queuesCanAccept: true))
            detector.commit()
        }
        #expect(actions == [
            .loadRow(0), .loadRow(1),
            .broadcast(activation: 1, column: 4, loadsRow: false), .broadcast(activation: 1, column: 6, loadsRow: false),
            .loadRow(2), .broadcast(activation: 1, column: 11, loadsRow: true),
        ])
        #expect(detector.stats.rowsRead == 4)
        #expect(detector.stats.searchCycles == 3)
    }

    /// The detector waits while a queue is full and sends nothing.
    @Test func detectorStallsWhileAQueueIsFull() {
        var detector = LeadingNonZeroDetector(activations: [7], width: 1)
        #expect(detector.evaluate(queuesCanAccept: false) == .loadRow(0))
        detector.commit()
        #expect(detector.evaluate(queuesCanAccept: false) == .stall)
        detector.commit()
        #expect(detector.evaluate(queuesCanAccept: true) == .broadcast(activation: 7, column: 0, loadsRow: false))
        detector.commit()
        #expect(detector.isDone)
        #expect(detector.stats.stallCycles == 1)
    }

    /// Lines are read only when the line address changes, across columns too; the line width
    /// changes the count, never the cycles.
    @Test func sparseLinesReadOncePerLineChange() throws {
        let config = smallConfig()
        // 20 entries at addresses 0-19: lines 0, 1, 2.
        let column = try runChecked(try layer(pattern(rows: 20, columns: 1, (0..<20).map { ($0, 0) }), activations: [1], config: config), config)
        #expect(column.total.sparseMatrix.lineReads == 3)
        // Two columns of 5 entries (addresses 0-4, 5-9): lines 0 then 1.
        let two = pattern(rows: 5, columns: 2, (0..<5).flatMap { [($0, 0), ($0, 1)] })
        let narrow = try runChecked(try layer(two, activations: [1, 1], config: config), config)
        #expect(narrow.total.sparseMatrix.lineReads == 2)
        let wideConfig = smallConfig(lineBits: 128)
        let wide = try runChecked(try layer(two, activations: [1, 1], config: wideConfig), wideConfig)
        #expect(wide.total.sparseMatrix.lineReads == 1)
        #expect(wide.cycles == narrow.cycles)
        // Three columns of 5 (addresses 0-4, 5-9, 10-14), the middle one skipped: lines 0, 1.
        let three = pattern(rows: 5, columns: 3, (0..<5).flatMap { [($0, 0), ($0, 1), ($0, 2)] })
        let skipped = try runChecked(try layer(three, activations: [1, 0, 1], config: config), config)
        #expect(skipped.total.sparseMatrix.lineReads == 2)
        #expect(skipped.total.sparseMatrix.entriesRead == 10)
    }

    /// Back-to-back entries to the same row use the forwarded sum (issued one cycle apart);
    /// two cycles apart the register file already holds it.
    @Test(arguments: [(8, 3), (2, 0)])
    func bypassOnRepeatedRow(depth: Int, bypasses: Int) throws {
        let config = smallConfig(queueDepth: depth)
        let result = try runChecked(try layer([[1, 2, 3, 4]], activations: [1, 1, 1, 1], config: config), config)
        #expect(result.total.arithmetic.bypasses == bypasses)
        #expect(result.accumulators == [10])
    }

    /// Entries of different PEs proceed in parallel: 4 PEs with 4 entries each in one column
    /// take as long as 1 PE with 4 entries.
    @Test func pesWorkInParallel() throws {
        let four = smallConfig(pes: 4)
        let dense = [[UInt8]](repeating: [1], count: 16)
        let parallel = try runChecked(try layer(dense, activations: [1], config: four), four)
        #expect(parallel.computeCycles == 8 + 4 - 1)
        #expect(parallel.drainCycles == 4)
        #expect(parallel.perPE.allSatisfy { $0.sparseMatrix.entriesRead == 4 })
    }
}
