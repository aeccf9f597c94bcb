import FixedPoint
import NMModel
import Testing
import Workloads

/// Exact timing on hand-computed cases, and the timing formulas as properties.
@Suite struct TimingTests {
    /// A layer of `rows x columns` keeping groups {0, 1} with weight 1 and the given inputs.
    static func layer(rows: Int, columns: Int, kept: Int = 2, activations: [Int16], format: FixedPointFormat = .default) throws -> NMLayer {
        let groups = (columns + 3) / 4
        let pattern = NMLayer.patterns(kept: kept)[0]
        var values = [Int16](), indices = [UInt8]()
        for _ in 0..<rows {
            for g in 0..<groups {
                for index in pattern {
                    indices.append(index)
                    values.append(g * 4 + Int(index) < columns ? 256 : 0)
                }
            }
        }
        return try NMLayer(name: "hand", rows: rows, columns: columns, kept: kept, values: values, indices: indices,
                           activations: activations, relu: false, format: format)
    }

    static func config(pes: Int, lanes: Int, kept: Int = 2, queue: Int = 4) -> NMConfig {
        var config = NMConfig()
        config.pes = pes
        config.multipliers = lanes
        config.kept = kept
        config.queueDepth = queue
        return config
    }

    /// 4 x 8 on 2 PEs x 2 lanes, 2:4, both groups non-zero. PE e owns rows e and e+2 (one
    /// row-word, 2 slots per group). Cycle 0 reads g0; 1 broadcasts g0 and reads g1; 2 pops g0
    /// and issues g0.0 (g1 broadcast); 3 g0.1; 4 pops g1, g1.0; 5 g1.1; WRD 6, MUL 7, ACC 8;
    /// drain starts in 9 and takes 1 cycle: 10 cycles.
    @Test func handCaseBackToBack() throws {
        var trace: [String] = []
        let lines = LineCollector()
        let layer = try Self.layer(rows: 4, columns: 8, activations: [1, 2, 3, 4, 5, 6, 7, 8].map { Int16($0) * 256 })
        let result = try NMEngine(config: Self.config(pes: 2, lanes: 2)).run(layer, trace: NMEngine.Trace(cycles: 20) { lines.append($0) })
        trace = lines.lines
        #expect(result.cycles == 10)
        #expect(result.passes.map(\.drainStart) == [9])
        #expect(trace.count == 9)
        #expect(trace[2].hasSuffix("pe0 q=0 I=0.0 W=- M=- A=-"))
        #expect(trace[4].hasSuffix("pe0 q=0 I=1.0 W=0.1 M=0.0 A=-"))
        #expect(trace[8].hasSuffix("pe0 q=0 I=- W=- M=- A=1.1"))
        #expect(result.stats.issueSlots == 8)
        #expect(result.stats.multiplies == 16)
        #expect(result.stats.weightValueBitsRead == 8 * 2 * 16)
        #expect(result.stats.weightIndexBitsRead == 8 * 2 * 2)
        #expect(result.stats.starvedPECycles == 2 * (9 - 4))
        #expect(result.stats.queuePushes == 4 && result.stats.queuePops == 4)
        #expect(result.stats.drainCycles == 2 && result.stats.peCycles == 2 * 10)
        #expect(result.outputs == NMReference.outputs(layer))
    }

    /// 4 x 16, groups 1 and 2 all zero: cycle 1 broadcasts g0 and skips g1, 2 issues g0.0 and
    /// skips g2, 3 issues g0.1 and reads g3, 4 broadcasts g3 (PEs starve: one bubble), 5 and 6
    /// issue g3; WRD 7, MUL 8, ACC 9, drain 10: 11 cycles.
    @Test func handCaseWithSkippedGroups() throws {
        let inputs: [Int16] = [1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0]
        let layer = try Self.layer(rows: 4, columns: 16, activations: inputs)
        let result = try NMEngine(config: Self.config(pes: 2, lanes: 2)).run(layer)
        #expect(result.cycles == 11)
        #expect(result.stats.groupsRead == 4 && result.stats.groupsSkipped == 2 && result.stats.groupsBroadcast == 2)
        #expect(result.stats.starvedPECycles == 2 * (10 - 4))
        #expect(result.stats.zeroActivationMultiplies == 8)
        #expect(result.outputs == NMReference.outputs(layer))
    }

    /// Queue depth 1, one PE owning 4 rows on 2 lanes (2 row-words, 4 slots per group): cycle 1
    /// broadcasts g0 and reads g1; 2 pops g0 (slots in 2-5), broadcasts g1 into the freed entry
    /// and reads g2; the queue is full in 3, 4, 5 (stalls); 6 pops g1 and broadcasts g2; g2
    /// issues in 10-13, WRD 14, MUL 15, ACC 16; the drain starts in 17 and takes 2 cycles: 19.
    @Test func handCaseQueueStalls() throws {
        let layer = try Self.layer(rows: 4, columns: 12, activations: [Int16](repeating: 256, count: 12))
        let result = try NMEngine(config: Self.config(pes: 1, lanes: 2, queue: 1)).run(layer)
        #expect(result.stats.broadcastStallCycles == 3)
        #expect(result.cycles == 3 * 4 + 5 + 2)
        #expect(result.outputs == NMReference.outputs(layer))
    }

    /// Resident single-tile layers: `cycles = N x S_0 x kept + 5 + S_0` with no all-zero group,
    /// and with `Z` skipped groups between that and `Z` more; no input at all: `G + S_0`.
    @Test(arguments: Array(UInt64(1)...60)) func formulas(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var config = Self.config(pes: 1 + rng.uniformInt(below: 8), lanes: 1 + rng.uniformInt(below: 8),
                                 kept: 1 + rng.uniformInt(below: 3), queue: 1 + rng.uniformInt(below: 4))
        config.accumulatorRows = 4096
        let rows = 1 + rng.uniformInt(below: 60), columns = 1 + rng.uniformInt(below: 60)
        let groups = (columns + 3) / 4
        let rowWords = ((rows + config.pes - 1) / config.pes + config.multipliers - 1) / config.multipliers
        let perGroup = rowWords * config.kept
        let dense = try Self.layer(rows: rows, columns: columns, kept: config.kept, activations: [Int16](repeating: 3, count: columns),
                                   format: config.format)
        let engine = try NMEngine(config: config)
        #expect(try engine.run(dense).cycles == groups * perGroup + 5 + rowWords, "seed \(seed)")

        var sparse = dense
        try sparse.setActivations((0..<columns).map { _ in rng.uniformInt(below: 3) == 0 ? 5 : 0 })
        let nonZero = (0..<groups).filter { g in (0..<4).contains { g * 4 + $0 < columns && sparse.activations[g * 4 + $0] != 0 } }.count
        let cycles = try engine.run(sparse).cycles
        let fastest = nonZero == 0 ? groups + rowWords : nonZero * perGroup + 5 + rowWords
        #expect(cycles >= fastest && cycles <= fastest + (groups - nonZero), "seed \(seed): \(cycles) vs \(fastest)")

        var empty = dense
        try empty.setActivations([Int16](repeating: 0, count: columns))
        #expect(try engine.run(empty).cycles == groups + rowWords, "seed \(seed)")
    }

    /// Streamed layers: every tile fits half the SRAM, the passes follow the DRAM schedule, and
    /// the bytes are the stored words of every row tile and chunk.
    @Test(arguments: Array(UInt64(1)...40)) func streamedSchedule(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed &+ 1000)
        var config = Self.config(pes: 1 + rng.uniformInt(below: 4), lanes: 1 + rng.uniformInt(below: 8), kept: 1 + rng.uniformInt(below: 3))
        config.weightSRAMKiB = 1
        config.accumulatorRows = config.multipliers * (1 + rng.uniformInt(below: 4))
        let spec = LayerSpec(name: "streamed-\(seed)", inputs: 200 + rng.uniformInt(below: 900), outputs: 20 + rng.uniformInt(below: 200),
                             weightDensity: 0.5, activationDensity: 0.5)
        let layer = try NMLayer.generate(spec: spec, kept: config.kept, format: config.format, seed: seed)
        let result = try NMEngine(config: config).run(layer)
        let plan = result.plan
        #expect(!plan.resident)
        for pass in result.passes {
            for e in 0..<config.pes {
                let words = (plan.rows(pe: e, tile: pass.rowTile, lanes: config.multipliers) + config.multipliers - 1) / config.multipliers
                #expect(words * pass.groups * config.kept * config.wordBits <= config.weightSRAMBits / 2)
            }
        }
        var transferDone = 0
        for (t, pass) in result.passes.enumerated() {
            transferDone = max(transferDone, t >= 2 ? result.passes[t - 2].end : 0) + pass.transferCycles
            #expect(pass.start == max(transferDone, t >= 1 ? result.passes[t - 1].end : 0))
            #expect(pass.end == pass.start + pass.cycles)
        }
        #expect(result.cycles >= result.passes[0].transferCycles + result.computeCycles)
        #expect(result.stats.dramBytes == result.passes.reduce(0) { $0 + $1.bytes })
        #expect(result.stats.dramBytes * 8 >= layer.storedWeights * 18)
        #expect(result.outputs == NMReference.outputs(layer))
    }
}

/// Collects trace lines from the engine's sink.
final class LineCollector: @unchecked Sendable {
    private(set) var lines: [String] = []
    func append(_ line: String) { lines.append(line) }
}
