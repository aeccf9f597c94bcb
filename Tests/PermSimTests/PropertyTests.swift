import PEModel
import PermDNNModel
import PermSim
import Testing
import Workloads

/// Builds a layer with seeded weights and the given activations.
func makeLayer(rows: Int, columns: Int, p: Int, activations: [Int16], relu: Bool = false,
               source: PermutationSource = .stored, seed: UInt64 = 1) throws -> Layer {
    var rng = SplitMix64(seed: seed)
    let mb = (rows + p - 1) / p, nb = (columns + p - 1) / p
    let permutation = (0..<(mb * nb)).map { index in
        Int32(source == .stored ? rng.uniformInt(below: p)
              : PermutedDiagonalMatrix.formulaPermutation(blockRow: index / nb, blockColumn: index % nb, blockColumns: nb, blockSize: p))
    }
    let weights = (0..<(mb * nb * p)).map { _ in Int16(rng.uniformInt(below: 201)) - 100 }
    let matrix = try PermutedDiagonalMatrix(rows: rows, columns: columns, blockSize: p, permutation: permutation,
                                            weights: weights, permutationSource: source)
    return try Layer(name: "test", weights: matrix, activations: activations, relu: relu)
}

func config(pes: Int, multipliers: Int, queueDepth: Int = 4, wordWidth: Int = 16, sramKiB: Int = 128) -> ArchitectureConfig {
    var config = ArchitectureConfig()
    config.pes = pes
    config.multipliers = multipliers
    config.queueDepth = queueDepth
    config.nzdWordWidth = wordWidth
    config.weightSRAMKiB = sramKiB
    return config
}

/// The consequences `architecture.md` §1.2 says the model must show, each with its exact count.
@Suite struct PropertyTests {
    /// Dense input and `S_0 = ceil(B/N_MUL) >= 2`: the NZD (16 non-zeros per 17 cycles) outruns
    /// the PE, so the critical PE never starves and the cycles are exactly
    /// `2 + nnz * S_0 + 3 + ceil(B*p / N_MUL)`.
    @Test(arguments: [(B: 9, mul: 8), (B: 16, mul: 8), (B: 24, mul: 8), (B: 5, mul: 2), (B: 7, mul: 1)])
    func cyclesPerNonZeroColumnIsSlotsPerColumn(_ shape: (B: Int, mul: Int)) throws {
        let p = 4, pes = 2, n = 64
        let layer = try makeLayer(rows: shape.B * pes * p, columns: n, p: p, activations: Array(repeating: 3, count: n))
        let result = try PermDNNEngine(config: config(pes: pes, multipliers: shape.mul)).run(layer)
        let slots = (shape.B + shape.mul - 1) / shape.mul
        let drain = (shape.B * p + shape.mul - 1) / shape.mul
        #expect(slots >= 2)
        #expect(result.cycles == 2 + n * slots + 3 + drain)
        #expect(result.analyticCycles == result.cycles)
        #expect(result.bubbleCycles == 0)
        #expect(result.criticalPE.indexCalculator.issueCycles == n * slots)
        #expect(result.criticalPE.weightSRAM.wordReads == n * slots)
    }

    /// `Mb mod N_PE != 0`: PEs own `B` or `B - 1` block-rows; each PE issues
    /// `nnz * ceil(B_e / N_MUL)` slots, the short PEs fewer, and lanes idle accordingly.
    @Test func tailImbalance() throws {
        let p = 3, pes = 4, mul = 4, mb = 4 * 4 + 1  // PE 0 owns 5 block-rows, PEs 1-3 own 4
        let activations: [Int16] = (0..<40).map { $0 % 3 == 0 ? 0 : 5 }
        let nnz = activations.filter { $0 != 0 }.count
        let layer = try makeLayer(rows: mb * p, columns: 40, p: p, activations: activations)
        let result = try PermDNNEngine(config: config(pes: pes, multipliers: mul)).run(layer)
        #expect(result.tiles[0].criticalBlockRows == 5)
        #expect(result.tiles[0].slotsPerColumn == 2)
        #expect(result.criticalPE.indexCalculator.issueCycles == nnz * 2)
        // All PEs: PE 0 issues 2 slots per column, the three others 1 slot.
        #expect(result.pe.indexCalculator.issueCycles == nnz * (2 + 3))
        #expect(result.pe.multipliers.usefulMultiplies == nnz * mb)
        #expect(result.pe.multipliers.idleLaneSlots == nnz * (2 * mul + 3 * mul) - nnz * mb)
        #expect(result.outputs == FunctionalReference.outputs(layer, format: .default))
    }

    /// One-slot columns (`B <= N_MUL`) on a dense input: every activation word after the first
    /// costs the critical PE one bubble (its read cycle emits nothing), so `bubbles = W - 1`.
    /// An all-zero word in between costs one more.
    @Test func nzdBubbles() throws {
        let n = 80, words = 5  // 16-wide words
        let dense = try makeLayer(rows: 16, columns: n, p: 2, activations: Array(repeating: 1, count: n))
        let result = try PermDNNEngine(config: config(pes: 8, multipliers: 8)).run(dense)
        #expect(result.tiles[0].slotsPerColumn == 1)
        #expect(result.bubbleCycles == words - 1)
        #expect(result.engine.activationWordsRead == words)
        #expect(result.cycles == result.analyticCycles + words - 1)

        var withZeroWord = Array(repeating: Int16(1), count: n)
        for j in 32..<48 { withZeroWord[j] = 0 }
        let gap = try makeLayer(rows: 16, columns: n, p: 2, activations: withZeroWord)
        let gapResult = try PermDNNEngine(config: config(pes: 8, multipliers: 8)).run(gap)
        // One word fewer of non-zeros (its bubble is gone) but an extra read cycle in the stream:
        // words 1, 2 (zero), 3, 4 each cost one cycle with nothing to issue: 4 bubbles.
        #expect(gapResult.bubbleCycles == 4)
        #expect(gapResult.engine.activationWordsRead == words)
    }

    /// A slow PE (many slots per column) fills its queue: the broadcast stalls, counted per cycle.
    @Test func queueStallsWhenThePEIsSlow() throws {
        let n = 32
        let layer = try makeLayer(rows: 64, columns: n, p: 1, activations: Array(repeating: 2, count: n))
        let result = try PermDNNEngine(config: config(pes: 1, multipliers: 8, queueDepth: 2)).run(layer)
        #expect(result.tiles[0].slotsPerColumn == 8)
        #expect(result.engine.queueStallCycles > 0)
        #expect(result.bubbleCycles == 0)
        #expect(result.cycles == 2 + n * 8 + 3 + 64 / 8)
    }

    /// An all-zero input: the NZD reads every word, nothing is issued, then the drain.
    @Test func allZeroInput() throws {
        let layer = try makeLayer(rows: 50, columns: 100, p: 5, activations: Array(repeating: 0, count: 100), relu: true)
        let result = try PermDNNEngine(config: config(pes: 4, multipliers: 2)).run(layer)
        let words = (100 + 15) / 16, b0 = 3  // Mb = 10 over 4 PEs
        #expect(result.cycles == words + (b0 * 5 + 1) / 2)
        #expect(result.cycles == result.analyticCycles)
        #expect(result.pe.multipliers.usefulMultiplies == 0)
        #expect(result.outputs == Array(repeating: 0, count: 50))
    }

    /// The smallest layer: 1x1, p = 1, one non-zero: read, broadcast, IDX, WRD, MUL, ACC, drain.
    @Test func oneByOneLayer() throws {
        var matrix = try PermutedDiagonalMatrix(rows: 1, columns: 1, blockSize: 1, permutation: [0], weights: [256], permutationSource: .stored)
        let layer = try Layer(name: "1x1", weights: matrix, activations: [384], relu: false)
        let result = try PermDNNEngine(config: config(pes: 32, multipliers: 8)).run(layer)
        #expect(result.cycles == 7)
        #expect(result.outputs == [384])  // 1.0 * 1.5 = 1.5 in Q8
        matrix = try PermutedDiagonalMatrix(rows: 1, columns: 1, blockSize: 1, permutation: [0], weights: [-256], permutationSource: .formula)
        let negative = try Layer(name: "1x1", weights: matrix, activations: [384], relu: true)
        #expect(try PermDNNEngine(config: config(pes: 1, multipliers: 1)).run(negative).outputs == [0])
    }

    /// Weights larger than the SRAM run in tiles streamed from DRAM, double buffered; the
    /// result is still bit-exact and the total follows the documented schedule.
    @Test func layerThatNeedsTiling() throws {
        let n = 256, m = 512, p = 2
        let activations: [Int16] = (0..<n).map { $0 % 4 == 0 ? 7 : 0 }
        let layer = try makeLayer(rows: m, columns: n, p: p, activations: activations)
        var small = config(pes: 4, multipliers: 8, sramKiB: 16)
        small.dramBytesPerCycle = 64
        let result = try PermDNNEngine(config: small).run(layer)
        // Mb = 256 over 4 PEs: 64 block-rows = 8 words per column = 32 KiB per PE > 16 KiB.
        // Half the SRAM (8 KiB) holds 2 words per column: 16 block-rows per PE, 64 per tile.
        #expect(!result.fitsOnChip)
        #expect(result.tiles.count == 4)
        #expect(result.tiles.allSatisfy { $0.dramBytes == 4 * n * 2 * 8 * 2 + 4 * 1 * 2 * 1 * (n / p) })
        #expect(result.outputs == FunctionalReference.outputs(layer, format: .default))
        let expected = AnalyticModel.schedule(computeCycles: result.tiles.map(\.cycles), transferCycles: result.tiles.map(\.transferCycles))
        #expect(result.cycles == expected)
        // Each tile streams 33,792 B (528 cycles at 64 B/cycle), more than its compute: DRAM-bound.
        #expect(result.tiles.allSatisfy { $0.transferCycles == 528 && $0.cycles < 528 })
        #expect(result.dramStallCycles > 0)
        #expect(result.engine.dramBytes == result.tiles.reduce(0) { $0 + $1.dramBytes })

        // The schedule itself, by hand: transfers 10 each, computes 4 each.
        #expect(AnalyticModel.schedule(computeCycles: [4, 4, 4], transferCycles: [10, 10, 10]) == 34)
        // Compute-bound: transfers hide behind compute after the first.
        #expect(AnalyticModel.schedule(computeCycles: [10, 10, 10], transferCycles: [4, 4, 4]) == 34)
    }

    /// More PEs than block-rows: the spare PEs own nothing and are gated off.
    @Test func morePEsThanBlockRows() throws {
        let layer = try makeLayer(rows: 6, columns: 10, p: 3, activations: Array(repeating: 1, count: 10))
        let result = try PermDNNEngine(config: config(pes: 64, multipliers: 4)).run(layer)
        #expect(result.outputs == FunctionalReference.outputs(layer, format: .default))
        #expect(result.pe.indexCalculator.columns == 2 * 10)
    }

    /// Stored and formula permutation values give the same answer for the same `k`, and only
    /// the stored source reads the permutation SRAM (once per slot when the block-column changes).
    @Test func permutationSources() throws {
        let x: [Int16] = (0..<24).map { Int16($0 % 5) }
        let stored = try makeLayer(rows: 24, columns: 24, p: 4, activations: x, source: .formula)
        let asStored = try Layer(name: "s", weights: PermutedDiagonalMatrix(
            rows: 24, columns: 24, blockSize: 4, permutation: stored.weights.permutation,
            weights: stored.weights.weights, permutationSource: .stored), activations: x, relu: false)
        let engine = try PermDNNEngine(config: config(pes: 2, multipliers: 2))
        let a = try engine.run(stored), b = try engine.run(asStored)
        #expect(a.outputs == b.outputs)
        #expect(a.cycles == b.cycles)
        #expect(a.pe.indexCalculator.permutationReads == 0)
        #expect(a.pe.indexCalculator.permutationComputes > 0)
        // 6 block-columns, each with non-zeros; 3 block-rows per PE over 2 lanes = 2 slots.
        #expect(b.pe.indexCalculator.permutationReads == 2 * 6 * 2)
    }
}
