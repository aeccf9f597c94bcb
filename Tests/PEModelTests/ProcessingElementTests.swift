import FixedPoint
import PEModel
import Testing

/// A whole PE on a layer small enough to compute by hand, driven as the engine drives it (the
/// broadcast pushes when the queue can accept, every block evaluates, then every block commits).
///
/// The layer: `p = 3`, three block-rows (`B_e = 3`, this PE is the only one), two block-columns,
/// `N_MUL = 2` (so `S = 2` slots per column, lane 1 idle in slot 1), queue depth 2, `F = 1`,
/// ReLU. Permutation `k(r, c)`: c0 = [1, 0, 2], c1 = [2, 2, 0]. Weight of block `(r, c)` at
/// local column `t`: `10 (r + 1) + 3c + t`. Input `x = [2, 0, -1, 0, 3, 1]`.
///
/// By hand, each non-zero column `j = 3c + t` adds `w(r, c)[t] * x_j` to row `3r + (t - k) mod 3`:
/// - j0 (x 2): rows 2 += 20, 3 += 40, 7 += 60;
/// - j2 (x -1): rows 1 += -12, 5 += -22, 6 += -32;
/// - j4 (x 3): rows 2 += 42, 5 += 72, 7 += 102;
/// - j5 (x 1): rows 0 += 15, 3 += 25, 8 += 35.
@Suite struct ProcessingElementTests {
    static let p = 3, lanes = 2, blockRows = 3
    static let k: [[Int32]] = [[1, 0, 2], [2, 2, 0]]   // [c][r]
    static let x: [Int16] = [2, 0, -1, 0, 3, 1]
    static let expectedAccumulators: [Int64] = [15, -12, 62, 65, 0, 50, -32, 162, 35]
    /// ReLU, then `(acc + 1) >> 1`.
    static let expectedOutputs: [Int16] = [8, 0, 31, 33, 0, 25, 0, 81, 18]

    static func weight(r: Int, c: Int, t: Int) -> Int16 { Int16(10 * (r + 1) + 3 * c + t) }

    /// The SRAM images by the documented layouts: weights word `j*S + s`, permutation word `c*S + s`.
    /// With `encoding`, the image holds `code(weight)` and the PE decodes it in its DEC stage.
    static func makePE(encoding: WeightEncoding = .fixed16, code: (Int16) -> Int16 = { $0 }) -> ProcessingElement {
        let slots = 2
        var weights: [Int16] = [], permutation: [Int32] = []
        for j in 0..<x.count {
            for b in 0..<slots * lanes { weights.append(b < blockRows ? code(weight(r: b, c: j / p, t: j % p)) : 0) }
        }
        for c in 0..<2 {
            for b in 0..<slots * lanes { permutation.append(b < blockRows ? k[c][b] : 0) }
        }
        let configuration = PEConfiguration(index: 0, lanes: lanes, queueDepth: 2, blockSize: p, blockRows: blockRows,
                                            format: FixedPointFormat(fractionBits: 1, accumulatorBits: 32), relu: true,
                                            weightEncoding: encoding)
        return ProcessingElement(configuration: configuration, weightImage: weights, permutation: .sram(permutation))
    }

    /// One compute cycle: what the engine does for one PE; returns the cycle's visible state.
    static func computeCycle(_ pe: inout ProcessingElement, pending: inout [Int]) -> PEVisibleState {
        if let j = pending.first, pe.canAcceptBroadcast {
            pe.receiveBroadcast(activation: x[j], column: Int32(j))
            pending.removeFirst()
        }
        pe.evaluateCompute()
        let state = pe.visibleState
        pe.commit()
        return state
    }

    /// Runs the compute phase to idle, then the drain; returns every compute cycle's state.
    static func run(_ pe: inout ProcessingElement) -> [PEVisibleState] {
        var pending = x.indices.filter { x[$0] != 0 }
        var states: [PEVisibleState] = []
        repeat {
            states.append(computeCycle(&pe, pending: &pending))
        } while !(pending.isEmpty && pe.isIdle)
        while !pe.drain.isFinished {
            pe.evaluateDrain()
            pe.commit()
        }
        return states
    }

    @Test func handComputedLayer() {
        var pe = Self.makePE()
        #expect(pe.configuration.slotsPerColumn == 2 && pe.configuration.localRows == 9)
        let states = Self.run(&pe)
        #expect(pe.accumulators.values == Self.expectedAccumulators)
        #expect(pe.drain.outputs == Self.expectedOutputs)
        // Issue in cycles 1-8 (four columns x two slots, back to back), ACC of the last slot in
        // cycle 11, idle at the start of cycle 12.
        #expect(states.count == 12)
        let stats = pe.stats
        #expect(stats.indexCalculator.columns == 4 && stats.indexCalculator.issueCycles == 8)
        #expect(stats.indexCalculator.idleCycles == 4 && stats.indexCalculator.idleBeforeLastIssue == 1)
        #expect(stats.indexCalculator.permutationReads == 4)        // two block-columns x two slots
        #expect(stats.queue.pushes == 4 && stats.queue.pops == 4)
        #expect(stats.queue.fullCycles == 2 && stats.queue.peakOccupancy == 2)   // cycles 3 and 5
        #expect(stats.weightSRAM.wordReads == 8)
        #expect(stats.multipliers.usefulMultiplies == 12 && stats.multipliers.idleLaneSlots == 4)
        #expect(stats.accumulators.reads == 12 && stats.accumulators.writes == 12 && stats.accumulators.saturations == 0)
        #expect(stats.drain.cycles == 5 && stats.drain.outputWrites == 9 && stats.drain.outputSaturations == 0)
    }

    /// A slot moves one register per clock edge: issued (IDX) in cycle `t`, in the IDX->WRD
    /// register in `t+1`, WRD->MUL in `t+2`, MUL->ACC in `t+3`; its sum is in the accumulators
    /// from `t+4` on. Every stage reads start-of-cycle registers, so the four stages hold four
    /// different slots at once.
    @Test func pipelineRegistersCommitInOrder() {
        var pe = Self.makePE()
        let states = Self.run(&pe)
        func cell(_ stage: StageView) -> String { stage.valid ? "\(stage.column).\(stage.slot)" : "-" }
        let table = states.map { [cell($0.idx), cell($0.wrd), cell($0.mul), cell($0.acc)].joined(separator: " ") }
        #expect(table == [
            "- - - -",
            "0.0 - - -",
            "0.1 0.0 - -",
            "2.0 0.1 0.0 -",
            "2.1 2.0 0.1 0.0",
            "4.0 2.1 2.0 0.1",
            "4.1 4.0 2.1 2.0",
            "5.0 4.1 4.0 2.1",
            "5.1 5.0 4.1 4.0",
            "- 5.1 5.0 4.1",
            "- - 5.1 5.0",
            "- - - 5.1",
        ])
        #expect(states.map(\.queueCount) == [0, 1, 1, 2, 1, 2, 1, 1, 0, 0, 0, 0])
    }

    /// Evaluate changes no register: until the clock edge, the registers and accumulators hold
    /// their start-of-cycle values, and the edge moves every register at once.
    @Test func evaluateDoesNotMoveRegisters() {
        var pe = Self.makePE()
        var pending = [0, 2, 4, 5]
        for _ in 0..<4 { _ = Self.computeCycle(&pe, pending: &pending) }
        // Start of cycle 4: IDX->WRD holds 2.0, WRD->MUL 0.1, MUL->ACC 0.0 (rows 2, 3; products 20, 40).
        #expect(pe.issue.valid && pe.issue.column == 2 && pe.issue.slot == 0)
        #expect(pe.operand.valid && pe.operand.column == 0 && pe.operand.slot == 1)
        #expect(pe.operand.weights[0] == Self.weight(r: 2, c: 0, t: 0))   // word 0*2 + 1, lane 0: block-row 2
        #expect(pe.product.valid && pe.product.column == 0 && pe.product.slot == 0)
        #expect(Array(pe.product.rows[0..<2]) == [2, 3] && Array(pe.product.products[0..<2]) == [20, 40])
        pe.evaluateCompute()
        #expect(pe.issue.column == 2 && pe.issue.slot == 0 && pe.operand.slot == 1 && pe.product.slot == 0)
        #expect(pe.accumulators.values.allSatisfy { $0 == 0 })
        #expect(pe.accumulators.pendingWriteValues == [20, 40])
        pe.commit()
        #expect(pe.issue.slot == 1 && pe.operand.column == 2 && pe.product.slot == 1)
        #expect(pe.accumulators.values[2] == 20 && pe.accumulators.values[3] == 40)
    }

    /// Lane `l` only ever adds into rows of block-rows `b` with `b mod N_MUL = l` (its bank).
    @Test func lanesStayInTheirBanks() {
        var pe = Self.makePE()
        let states = Self.run(&pe)
        var checked = 0
        for state in states where state.acc.valid {
            for lane in 0..<state.accLanes {
                #expect(state.rows[lane] / Self.p % Self.lanes == lane, "column \(state.acc.column) slot \(state.acc.slot) lane \(lane)")
                checked += 1
            }
        }
        #expect(checked == 12)
    }

    /// fixed8 with shift 1: the image holds the same numbers as codes, the DEC stage doubles
    /// them, so every accumulator doubles and the outputs (ReLU, `(acc + 1) >> 1`) are the
    /// fixed16 accumulators clipped at 0. The DEC stage puts one more register between WRD and
    /// MUL: the same issue and pop cycles, every later stage one cycle later, 13 compute cycles.
    @Test func decodeStageAddsOneRegister() {
        var pe = Self.makePE(encoding: .fixed8(shift: 1))
        #expect(pe.decoder != nil)
        let states = Self.run(&pe)
        #expect(pe.accumulators.values == Self.expectedAccumulators.map { 2 * $0 })
        #expect(pe.drain.outputs == Self.expectedAccumulators.map { Int16(max(0, $0)) })
        func cell(_ stage: StageView?) -> String { stage.map { $0.valid ? "\($0.column).\($0.slot)" : "-" } ?? "none" }
        let table = states.map { [cell($0.idx), cell($0.wrd), cell($0.dec), cell($0.mul), cell($0.acc)].joined(separator: " ") }
        #expect(table == [
            "- - - - -",
            "0.0 - - - -",
            "0.1 0.0 - - -",
            "2.0 0.1 0.0 - -",
            "2.1 2.0 0.1 0.0 -",
            "4.0 2.1 2.0 0.1 0.0",
            "4.1 4.0 2.1 2.0 0.1",
            "5.0 4.1 4.0 2.1 2.0",
            "5.1 5.0 4.1 4.0 2.1",
            "- 5.1 5.0 4.1 4.0",
            "- - 5.1 5.0 4.1",
            "- - - 5.1 5.0",
            "- - - - 5.1",
        ])
        #expect(states.map(\.queueCount) == [0, 1, 1, 2, 1, 2, 1, 1, 0, 0, 0, 0, 0])
        let stats = pe.stats
        #expect(stats.weightSRAM.wordReads == 8 && stats.multipliers.usefulMultiplies == 12)
        #expect(stats.indexCalculator.idleCycles == 5)
        // fixed16 shows no DEC stage at all.
        var plain = Self.makePE()
        #expect(plain.decoder == nil && Self.run(&plain).allSatisfy { $0.dec == nil })
    }

    /// codebook4: the image holds 4-bit indices, the DEC stage looks each lane's index up in the
    /// layer's codebook; the accumulators are those of a fixed16 PE loaded with the looked-up
    /// weights, and the products in the MUL->ACC register are `codebook[index] * x`.
    @Test func codebookLookupMatchesTheDecodedWeights() {
        let codebook: [Int16] = [0, -300, -77, -5, -1, 1, 2, 3, 9, 17, 64, 100, 255, 1000, 4095, 32767]
        let index: (Int16) -> Int16 = { Int16(Int($0) * 7 % 16) }
        var shared = Self.makePE(encoding: .codebook4(codebook), code: index)
        var plain = Self.makePE(code: { codebook[Int(index($0))] })
        let sharedStates = Self.run(&shared)
        _ = Self.run(&plain)
        #expect(shared.accumulators.values == plain.accumulators.values)
        #expect(shared.drain.outputs == plain.drain.outputs)
        for state in sharedStates where state.acc.valid {
            let j = state.acc.column, slot = state.acc.slot
            for lane in 0..<state.accLanes {
                let b = slot * Self.lanes + lane
                let expected = Int32(codebook[Int(index(Self.weight(r: b, c: j / Self.p, t: j % Self.p)))]) * Int32(Self.x[j])
                #expect(state.products[lane] == expected, "j \(j) slot \(slot) lane \(lane)")
            }
        }
    }

    /// The DEC stage alone: each active lane's code becomes its 16-bit weight; the slot passes on.
    @Test func weightDecoderDecodesActiveLanes() {
        let decoder = WeightDecoder(encoding: .fixed8(shift: 4))
        var coded = OperandRegister(lanes: 3), operand = OperandRegister(lanes: 3)
        coded.valid = true
        coded.activation = -7
        coded.column = 12
        coded.slot = 1
        coded.activeLanes = 2
        coded.rows = [5, 8, 99]
        coded.weights = [-128, 3, 127]
        operand.weights = [0, 0, 42]
        decoder.decode(coded, into: &operand)
        #expect(operand.weights == [-2048, 48, 42])   // lane 2 idle: untouched
        #expect(Array(operand.rows[0..<2]) == [5, 8])
        #expect(operand.activation == -7 && operand.column == 12 && operand.slot == 1 && operand.activeLanes == 2)
    }
}
