import DiagonalModel
import FixedPoint
import Testing
import Workloads

/// The cycle model against the functional reference, and its timing rules.
@Suite struct CycleModelTests {
    /// 300 seeded random cases: outputs and accumulators bit for bit, every product counted, and
    /// every compute-phase cycle of every PE an issue or an idle cycle.
    @Test(arguments: 1...300) func randomCaseMatchesReference(seed: Int) throws {
        let c = try DiagonalRandomCase(seed: UInt64(seed))
        let result = try DiagonalEngine(config: c.config).run(c.layer)
        let reference = DiagonalReference.run(c.layer)
        #expect(result.outputs == reference.outputs, "\(c)")
        #expect(result.accumulators == reference.accumulators, "\(c)")
        var products = 0
        for j in 0..<c.layer.columns where c.layer.activations[j] != 0 {
            products += c.layer.offsets.filter { c.layer.entry(column: j, offset: $0) != nil }.count
        }
        #expect(result.allPEs.multiplies == products, "\(c)")
        #expect(result.allPEs.accumulatorUpdates == products, "\(c)")
        let active = min(c.config.pes, c.layer.rows)
        let computeOnly = result.computeCycles - result.drainCycles
        #expect(result.allPEs.issueCycles + result.allPEs.idleCycles == active * computeOnly, "\(c)")
        #expect(result.nzd.broadcasts == c.layer.activations.filter { $0 != 0 }.count, "\(c)")
        #expect(result.allPEs.queuePops == active * result.nzd.broadcasts, "\(c)")
        #expect(result.allPEs.queuePeak <= c.config.queueDepth, "\(c)")
        #expect(result.cycles >= result.computeCycles, "\(c)")
        if result.resident {
            #expect(result.passes.count == 1 && result.cycles == result.computeCycles && result.dramBytes == 0, "\(c)")
        }
    }

    /// With one NZD word and queues that never fill, no PE starves: the drain starts 5 cycles
    /// (word read, broadcast, WRD, MUL, ACC) after the busiest PE's issue slots, where a column
    /// with `h` rows on a PE takes `max(1, ceil(h / N_MUL))` slots.
    @Test(arguments: 1...300) func cyclesFollowTheSlotFormula(seed: Int) throws {
        var c = try DiagonalRandomCase(seed: UInt64(seed))
        var config = c.config
        config.nzdWordWidth = max(c.layer.columns, 1)
        config.queueDepth = c.layer.columns
        config.weightSRAMKiB = 160
        c = DiagonalRandomCase(seed: c.seed, config: config, layer: c.layer)
        let result = try DiagonalEngine(config: config).run(c.layer)
        let lanes = config.multipliers, p = config.pes
        let nonZero = (0..<c.layer.columns).filter { c.layer.activations[$0] != 0 }
        let active = min(p, c.layer.rows)
        let slots = (0..<active).map { e in nonZero.reduce(0) { $0 + max(1, (bruteHits(c.layer, pes: p, pe: e, column: $1) + lanes - 1) / lanes) } }
        let drain = ((c.layer.rows + p - 1) / p + lanes - 1) / lanes
        let expected = nonZero.isEmpty ? 1 + drain : 5 + slots.max()! + drain
        #expect(result.cycles == expected, "\(c)")
        #expect(result.issueCyclesPerPE == slots, "\(c)")
        #expect(result.nzd.stallCycles == 0, "\(c)")
    }

    /// All-zero inputs: every word is read (one cycle each), nothing is broadcast, then the drain.
    @Test func allZeroInputCostsTheWordReadsAndTheDrain() throws {
        var config = DiagonalConfig()
        config.pes = 4
        config.multipliers = 2
        config.nzdWordWidth = 5
        let layer = try DiagonalLayer(name: "zero", rows: 13, columns: 22, offsets: [0, 3, 21], weights: [Int16](repeating: 7, count: 39),
                                      activations: [Int16](repeating: 0, count: 22), relu: false)
        let result = try DiagonalEngine(config: config).run(layer)
        // ceil(22 / 5) = 5 word reads; PE 0 owns rows 0, 4, 8, 12: ceil(4 / 2) = 2 drain cycles.
        #expect(result.cycles == 7)
        #expect(result.nzd.wordReads == 5 && result.nzd.broadcasts == 0)
        #expect(result.outputs == [Int16](repeating: 0, count: 13))
    }

    /// 1 x 1: word read 0, broadcast 1, issue 2, WRD 3, MUL 4, ACC 5, drain 6: 7 cycles, as PermDNN.
    @Test func oneByOneTakesSevenCycles() throws {
        let layer = try DiagonalLayer(name: "one", rows: 1, columns: 1, offsets: [0], weights: [256], activations: [512], relu: false)
        let result = try DiagonalEngine(config: .default).run(layer)
        #expect(result.cycles == 7)
        #expect(result.outputs == [512])
    }

    /// Hand-computed: 4 x 4, offsets {0, 1, 2}, 1 PE x 1 lane, queue depth 1, dense input. Each
    /// column has 3 slots; the queue holds one column, so the NZD stalls in cycles 2, 4, 5, 7
    /// and 8 and broadcasts in 1, 3, 6, 9; the 12 slots issue back to back in cycles 2-13, ACC
    /// of the last in 16, the drain starts in 17 and takes 4 cycles: 21.
    @Test func queueOfOneStallsTheBroadcast() throws {
        var config = DiagonalConfig()
        config.pes = 1
        config.multipliers = 1
        config.queueDepth = 1
        let layer = try DiagonalLayer(name: "stall", rows: 4, columns: 4, offsets: [0, 1, 2], weights: [Int16](repeating: 256, count: 12),
                                      activations: [256, 256, 256, 256], relu: false)
        let result = try DiagonalEngine(config: config).run(layer)
        #expect(result.cycles == 21)
        #expect(result.nzd.stallCycles == 5)
        #expect(result.nzd.broadcasts == 4 && result.nzd.wordReads == 1)
        #expect(result.allPEs.issueCycles == 12 && result.allPEs.idleCycles == 5)
        // Full at the start of the 5 stall cycles and of cycles 10 and 11 (nothing left to send).
        #expect(result.allPEs.queueFullCycles == 7)
        #expect(result.outputs == DiagonalReference.outputs(layer))
    }

    /// The mapping's runs hold exactly the register-file entries whose rows the PE owns.
    @Test(arguments: 1...100) func runsHoldExactlyThePEsRows(seed: Int) throws {
        let c = try DiagonalRandomCase(seed: UInt64(seed))
        let mapping = DiagonalMapping(layer: c.layer, pes: c.config.pes, lanes: c.config.multipliers)
        for e in 0..<min(c.config.pes, c.layer.rows) {
            for j in 0..<c.layer.columns {
                let runs = mapping.runs(pe: e, column: j)
                let found = (0..<runs.count).map { mapping.registerOffsets[runs.entry($0)] }.sorted()
                let expected = c.layer.offsets.filter { d in
                    c.layer.entry(column: j, offset: d).map { $0.row % c.config.pes == e } ?? false
                }
                #expect(found == expected, "\(c), PE \(e), column \(j)")
            }
        }
    }

    /// A layer whose weights exceed the SRAM runs in chunks of whole NZD words, streamed through
    /// a double buffer on the documented schedule, with the same outputs.
    @Test func streamedLayerRunsInChunks() throws {
        var config = DiagonalConfig()
        config.weightSRAMKiB = 1
        config.pes = 2
        config.nzdWordWidth = 4
        let spec = LayerSpec(name: "stream", inputs: 200, outputs: 300, weightDensity: 0.2, activationDensity: 0.5, relu: true)
        let layer = try DiagonalLayer.generate(spec: spec, seed: 3)
        let result = try DiagonalEngine(config: config).run(layer)
        #expect(!result.resident && result.passes.count > 1)
        #expect(result.outputs == DiagonalReference.outputs(layer))
        #expect(result.dramBytes > 0)
        var finish = 0
        for (t, pass) in result.passes.enumerated() {
            #expect(pass.firstColumn % config.nzdWordWidth == 0)
            #expect(pass.start >= finish && pass.finish == pass.start + pass.computeCycles)
            #expect(pass.start >= result.passes[0...t].reduce(0) { $0 + $1.transferCycles })
            finish = pass.finish
        }
        #expect(result.cycles == finish)
        #expect(result.passes.reduce(0) { $0 + $1.columnCount } == 200)
    }

    @Test func tooManyDiagonalsCannotBeMapped() throws {
        var config = DiagonalConfig()
        config.offsetRegisters = 2
        let layer = try DiagonalLayer(name: "wide", rows: 3, columns: 5, offsets: [0, 1, 4], weights: [Int16](repeating: 1, count: 9),
                                      activations: [1, 1, 1, 1, 1], relu: false)
        #expect(throws: DiagonalError.cannotMap(reason: "layer 'wide' keeps 3 diagonals, more than pe.offset-registers = 2")) {
            try DiagonalEngine(config: config).run(layer)
        }
    }
}

extension DiagonalRandomCase {
    init(seed: UInt64, config: DiagonalConfig, layer: DiagonalLayer) {
        self.seed = seed
        self.config = config
        self.layer = layer
    }
}
