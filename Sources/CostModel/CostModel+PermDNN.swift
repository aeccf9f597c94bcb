import PEModel
import PermSim

extension CostModel {
    /// Names of the PermDNN rows.
    public enum PermDNNComponent {
        public static let activationBuffer = "activation-buffer"
        public static let queue = "queue"
        public static let indexCalculator = "index-calculator"
        public static let weightSRAM = "weight-sram"
        public static let multipliers = "multipliers"
        public static let accumulators = "accumulators"
        public static let drain = "drain"
        public static let outputBuffer = "output-buffer"
        public static let dram = "dram"
        public static let all = [activationBuffer, queue, indexCalculator, weightSRAM, multipliers, accumulators, drain, outputBuffer, dram]
    }

    /// Prices one PermDNN run on `node`.
    ///
    /// Top level: activation buffer + NZD, output buffer. Per PE: activation queue, index
    /// calculator (column register, `k` registers, modulo and row adders, permutation SRAM, the
    /// IDX->WRD register), weight SRAM (+ WRD->MUL register), multipliers (+ MUL->ACC register),
    /// accumulator banks (register files + saturating adders), drain (rounding adders, output
    /// register). DRAM: weight tiles streamed in (off chip).
    ///
    /// PE clocks run during the tiles' compute cycles in PEs that own block-rows (the engine
    /// clock-gates the others and waits for DRAM with its PEs gated); leakage runs for the whole
    /// latency, DRAM waits included.
    public static func permDNN(result: EngineResult, config: ArchitectureConfig, node: TechnologyLibrary,
                               inventory: PermDNNInventory = .default) throws -> CostReport {
        do {
            try config.validate()
        } catch let error as ConfigError {
            throw TechnologyError.invalidInput(field: "config", rule: error.description)
        }
        try inventory.validate()
        let pes = config.pes
        let lanes = config.multipliers
        let data = 16
        let accumulatorBits = config.format.accumulatorBits
        let productBits = 2 * data
        let column = inventory.columnIndexBits
        let rowBits = bitsToAddress(inventory.accumulatorRowsPerPE)
        let laneCountBits = bitsToAddress(lanes + 1)
        let pe = result.pe
        let peCycles = result.tiles.reduce(0) { $0 + $1.cycles * min(pes, $1.blockRows) }
        let wordBits = lanes * data

        let activationBuffer = HardwareComponent(
            name: PermDNNComponent.activationBuffer, instances: 1, clockedCycles: result.computeCycles,
            parts: [.sram(bitsPerBank: inventory.activationBufferKiB * 1024 * 8, widthBits: config.nzdWordWidth * data, banks: 1,
                          reads: result.engine.activationWordsRead, writes: 0),
                    // NZD word buffer with its non-zero mask; broadcast register {valid, x_j, j}.
                    .registerFile(banks: 1, entries: 1, bitsPerEntry: config.nzdWordWidth * (data + 1), reads: 0,
                                  writes: result.engine.activationWordsRead),
                    .registers(bits: 1 + data + column)],
            events: [EventCount("words-read", result.engine.activationWordsRead), EventCount("broadcasts", result.engine.broadcasts),
                     EventCount("queue-stall-cycles", result.engine.queueStallCycles)])

        let queue = HardwareComponent(
            name: PermDNNComponent.queue, instances: pes, clockedCycles: peCycles,
            parts: [.fifo(entries: config.queueDepth, bitsPerEntry: data + column, pushes: pe.queue.pushes),
                    .registers(bits: 2 * bitsToAddress(config.queueDepth))],
            events: [EventCount("pushes", pe.queue.pushes), EventCount("pops", pe.queue.pops)])

        let kBits = inventory.permutationBits
        let permutationWordBits = lanes * kBits
        let slotRegister = 1 + data + column + inventory.slotBits
        let index = HardwareComponent(
            name: PermDNNComponent.indexCalculator, instances: pes, clockedCycles: peCycles,
            parts: [.registers(bits: slotRegister),
                    .registerFile(banks: 1, entries: 1, bitsPerEntry: permutationWordBits, reads: 0,
                                  writes: pe.indexCalculator.permutationReads + (pe.indexCalculator.permutationComputes + lanes - 1) / lanes),
                    // per lane: (t - k) and the conditional + p of the modulo; the row b*p + offset.
                    .adders(count: 2 * lanes, bits: kBits + 1, operations: 2 * pe.multipliers.usefulMultiplies),
                    .adders(count: lanes, bits: rowBits, operations: pe.multipliers.usefulMultiplies),
                    .sram(bitsPerBank: inventory.permutationKiB * 1024 * 8, widthBits: permutationWordBits, banks: 1,
                          reads: pe.indexCalculator.permutationReads, writes: 0),
                    // IDX->WRD {slot register, active lanes, row[l]}.
                    .registers(bits: slotRegister + laneCountBits + lanes * rowBits)],
            events: [EventCount("columns", pe.indexCalculator.columns), EventCount("issue-cycles", pe.indexCalculator.issueCycles),
                     EventCount("permutation-reads", pe.indexCalculator.permutationReads),
                     EventCount("permutation-computes", pe.indexCalculator.permutationComputes)])

        let weightWordBytes = wordBits / 8
        let weightWrites = (result.engine.dramBytes + weightWordBytes - 1) / weightWordBytes
        let weight = HardwareComponent(
            name: PermDNNComponent.weightSRAM, instances: pes, clockedCycles: peCycles,
            parts: [.sram(bitsPerBank: config.weightSRAMBytes * 8, widthBits: wordBits, banks: 1,
                          reads: pe.weightSRAM.wordReads, writes: weightWrites),
                    // WRD->MUL {valid, x_j, active lanes, row[l], w[l]}.
                    .registers(bits: 1 + data + laneCountBits + lanes * (rowBits + data))],
            events: [EventCount("word-reads", pe.weightSRAM.wordReads), EventCount("word-writes", weightWrites)])

        let multipliers = HardwareComponent(
            name: PermDNNComponent.multipliers, instances: pes, clockedCycles: peCycles,
            parts: [.multipliers(count: lanes, operations: pe.multipliers.usefulMultiplies),
                    // MUL->ACC {valid, active lanes, row[l], product[l]}.
                    .registers(bits: 1 + laneCountBits + lanes * (rowBits + productBits))],
            events: [EventCount("multiplies", pe.multipliers.usefulMultiplies), EventCount("idle-lane-slots", pe.multipliers.idleLaneSlots)])

        let bankEntries = max(1, inventory.accumulatorRowsPerPE / lanes)
        let accumulators = HardwareComponent(
            name: PermDNNComponent.accumulators, instances: pes, clockedCycles: peCycles,
            parts: [.registerFile(banks: lanes, entries: bankEntries, bitsPerEntry: accumulatorBits,
                                  reads: pe.accumulators.reads + pe.drain.accumulatorReads, writes: pe.accumulators.writes),
                    .adders(count: lanes, bits: accumulatorBits, operations: pe.accumulators.writes)],
            events: [EventCount("reads", pe.accumulators.reads), EventCount("writes", pe.accumulators.writes),
                     EventCount("drain-reads", pe.drain.accumulatorReads)])

        let drain = HardwareComponent(
            name: PermDNNComponent.drain, instances: pes, clockedCycles: peCycles,
            parts: [.adders(count: lanes, bits: accumulatorBits, operations: pe.drain.outputWrites),
                    // the output word register, written once per drain cycle (clock-gated otherwise).
                    .registerFile(banks: 1, entries: 1, bitsPerEntry: lanes * data, reads: 0, writes: pe.drain.cycles)],
            events: [EventCount("cycles", pe.drain.cycles), EventCount("output-writes", pe.drain.outputWrites)])

        let outputBuffer = HardwareComponent(
            name: PermDNNComponent.outputBuffer, instances: 1, clockedCycles: result.computeCycles,
            parts: [.sram(bitsPerBank: inventory.outputBufferKiB * 1024 * 8 / pes, widthBits: wordBits, banks: pes,
                          reads: 0, writes: pe.drain.cycles)],
            events: [EventCount("word-writes", pe.drain.cycles)])

        let dram = HardwareComponent(
            name: PermDNNComponent.dram, instances: 1, clockedCycles: 0,
            parts: [.dram(bytes: result.engine.dramBytes)],
            events: [EventCount("bytes", result.engine.dramBytes)])

        return try evaluate(engine: "permdnn",
                            components: [activationBuffer, queue, index, weight, multipliers, accumulators, drain, outputBuffer, dram],
                            cycles: result.cycles, clockGHz: config.clockGHz, library: node)
    }
}
