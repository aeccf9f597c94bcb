import DiagonalModel

extension CostModel {
    /// Names of the diagonal engine's rows.
    public enum DiagonalComponent {
        public static let activationBuffer = "activation-buffer"
        public static let queue = "queue"
        public static let indexCalculator = "index-calculator"
        public static let weightSRAM = "weight-sram"
        public static let multipliers = "multipliers"
        public static let accumulators = "accumulators"
        public static let drain = "drain"
        public static let pipeline = "pipeline"
        public static let outputBuffer = "output-buffer"
        public static let dram = "dram"
        public static let all = [activationBuffer, queue, indexCalculator, weightSRAM, multipliers, accumulators, drain, pipeline,
                                 outputBuffer, dram]
    }

    /// Prices one diagonal-engine run on `node` (`docs/diagonal-model.md`, "Pricing") with the
    /// generic parts of the technology library every engine uses (SRAM, register file,
    /// registers, 16-bit multipliers, adders, FIFO, DRAM); no part is specific to this engine.
    public static func diagonal(result: DiagonalResult, config: DiagonalConfig, node: TechnologyLibrary,
                                inventory: DiagonalInventory = .default) throws -> CostReport {
        do {
            try config.validate()
        } catch let error as DiagonalError {
            throw TechnologyError.invalidInput(field: "config", rule: "\(error)")
        }
        try inventory.validate()
        let pes = config.pes, lanes = config.multipliers
        let data = 16
        let accumulatorBits = config.format.accumulatorBits
        let rowsPerPE = result.accumulators.count > 0 ? (result.accumulators.count + pes - 1) / pes : 0
        if rowsPerPE > inventory.accumulatorRowsPerPE {
            throw TechnologyError.invalidInput(field: "diagonal-inventory.accumulator-rows-per-pe",
                                               rule: "the layer needs \(rowsPerPE) accumulator rows per PE but the hardware holds \(inventory.accumulatorRowsPerPE)")
        }
        let rowBits = bitsToAddress(inventory.accumulatorRowsPerPE)
        let indexBits = config.offsetIndexBits
        let stats = result.allPEs
        let clocked = result.cycles * pes

        let activation = HardwareComponent(
            name: DiagonalComponent.activationBuffer, instances: 1, clockedCycles: result.cycles,
            parts: [.sram(bitsPerBank: inventory.activationBufferKiB * 8192, widthBits: config.nzdWordWidth * data, banks: 1,
                          reads: result.nzd.wordReads, writes: 0),
                    // The held word, its pending mask and the word counter.
                    .registers(bits: config.nzdWordWidth * (data + 1) + inventory.columnIndexBits)],
            events: [EventCount("word-reads", result.nzd.wordReads), EventCount("broadcasts", result.nzd.broadcasts),
                     EventCount("stall-cycles", result.nzd.stallCycles)])

        let queue = HardwareComponent(
            name: DiagonalComponent.queue, instances: pes, clockedCycles: clocked,
            parts: [.fifo(entries: config.queueDepth, bitsPerEntry: data + inventory.columnIndexBits, pushes: stats.queuePushes),
                    .registers(bits: 2 * bitsToAddress(config.queueDepth))],
            events: [EventCount("pushes", stats.queuePushes), EventCount("pops", stats.queuePops)])

        // The offset register file (N_MUL read ports), the class table, the column register with
        // its run descriptor, and per lane an adder and a wrap subtractor computing the row.
        let index = HardwareComponent(
            name: DiagonalComponent.indexCalculator, instances: pes, clockedCycles: clocked,
            parts: [.registerFile(banks: lanes, entries: (config.offsetRegisters + lanes - 1) / lanes, bitsPerEntry: inventory.offsetBits,
                                  reads: stats.offsetReads, writes: 0),
                    .registers(bits: (pes + 1) * indexBits + 1 + data + inventory.columnIndexBits + config.descriptorBits),
                    .adders(count: 2 * lanes, bits: inventory.offsetBits, operations: 2 * stats.indexComputes)],
            events: [EventCount("descriptor-reads", stats.descriptorReads), EventCount("offset-reads", stats.offsetReads),
                     EventCount("row-computations", stats.indexComputes), EventCount("issue-cycles", stats.issueCycles)])

        // Weight words and the run descriptors share each PE's SRAM; a descriptor read is a
        // narrower access of the same array (energy only, the area is counted once). Streamed
        // chunks are written into it: one word write per `N_MUL x 16` bits arriving from DRAM.
        let wordWrites = (result.dramBytes * 8 + config.wordBits - 1) / config.wordBits
        let weights = HardwareComponent(
            name: DiagonalComponent.weightSRAM, instances: pes, clockedCycles: 0,
            parts: [.sram(bitsPerBank: config.sramBits, widthBits: config.wordBits, banks: 1, reads: stats.weightWordReads, writes: wordWrites),
                    .energyOnly(.sram(bitsPerBank: config.sramBits, widthBits: config.descriptorBits, banks: 1,
                                      reads: stats.descriptorReads, writes: 0))],
            events: [EventCount("word-reads", stats.weightWordReads), EventCount("word-writes", wordWrites),
                     EventCount("descriptor-reads", stats.descriptorReads)])

        let multipliers = HardwareComponent(
            name: DiagonalComponent.multipliers, instances: pes, clockedCycles: clocked,
            parts: [.multipliers(count: lanes, operations: stats.multiplies)],
            events: [EventCount("multiplies", stats.multiplies), EventCount("idle-lane-slots", stats.idleLaneSlots)])

        let accumulators = HardwareComponent(
            name: DiagonalComponent.accumulators, instances: pes, clockedCycles: clocked,
            // Banked register files, one bank per lane, as PermDNN's accumulator banks are priced
            // (read-modify-write per update, one read per row drained), not flip-flops clocked
            // every cycle.
            parts: [.registerFile(banks: lanes, entries: (inventory.accumulatorRowsPerPE + lanes - 1) / lanes, bitsPerEntry: accumulatorBits,
                                  reads: stats.accumulatorUpdates + stats.drainReads, writes: stats.accumulatorUpdates),
                    .adders(count: lanes, bits: accumulatorBits, operations: stats.accumulatorUpdates)],
            events: [EventCount("updates", stats.accumulatorUpdates), EventCount("saturations", stats.accumulatorSaturations)])

        let drain = HardwareComponent(
            name: DiagonalComponent.drain, instances: pes, clockedCycles: result.drainCycles * pes,
            parts: [.adders(count: lanes, bits: accumulatorBits, operations: stats.drainReads)],
            events: [EventCount("reads", stats.drainReads), EventCount("output-saturations", stats.outputSaturations)])

        // IDX->WRD (row, weight address), WRD->MUL (row, weight, x), MUL->ACC (row, product) per lane.
        let pipeline = HardwareComponent(
            name: DiagonalComponent.pipeline, instances: pes, clockedCycles: clocked,
            parts: [.registers(bits: 3 + lanes * (rowBits + 24) + lanes * (rowBits + data) + data + lanes * (rowBits + 2 * data))],
            events: [EventCount("issue-cycles", stats.issueCycles)])

        let output = HardwareComponent(
            name: DiagonalComponent.outputBuffer, instances: 1, clockedCycles: 0,
            parts: [.sram(bitsPerBank: inventory.outputBufferKiB * 8192 / pes, widthBits: data, banks: pes, reads: 0, writes: stats.outputWrites)],
            events: [EventCount("writes", stats.outputWrites)])

        let dram = HardwareComponent(
            name: DiagonalComponent.dram, instances: 1, clockedCycles: 0,
            parts: [.dram(bytes: result.dramBytes)],
            events: [EventCount("bytes", result.dramBytes)])

        return try evaluate(engine: "diagonal",
                            components: [activation, queue, index, weights, multipliers, accumulators, drain, pipeline, output, dram],
                            cycles: result.cycles, clockGHz: config.clockGHz, library: node)
    }
}
