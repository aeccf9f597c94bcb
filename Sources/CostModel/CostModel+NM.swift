import NMModel

extension CostModel {
    /// Names of the N:M rows.
    public enum NMComponent {
        public static let activationBuffer = "activation-buffer"
        public static let queue = "queue"
        public static let weightSRAM = "weight-sram"
        public static let select = "select-mux"
        public static let multipliers = "multipliers"
        public static let accumulators = "accumulators"
        public static let drain = "drain"
        public static let pipeline = "pipeline"
        public static let outputBuffer = "output-buffer"
        public static let dram = "dram"
        public static let all = [activationBuffer, queue, weightSRAM, select, multipliers, accumulators, drain, pipeline, outputBuffer, dram]
    }

    /// Prices one N:M run on `node` from the library's parts (`docs/nm-model.md`, "Cost").
    ///
    /// Top level: the activation buffer (an SRAM read one 64-bit group per read) with the
    /// reader's group register, and the output buffer. Per PE: the group queue; the weight SRAM
    /// (words of `L` 16-bit values and `L` 2-bit indices, so every read pays for the index bits
    /// through the library's width exponent, and streamed bytes are written into it); the
    /// select multiplexers (one 4:1 multiplexer of 16 bits per lane: area; their switching is
    /// in the WRD->MUL register they read); the `L` multipliers; the accumulators (`L` banks of
    /// `accumulator-rows / L` entries, a saturating adder per lane); the drain (a rounding adder
    /// per lane and the output word register); the pipeline registers. DRAM: streamed weight
    /// bytes (off chip). PE clocks run for each pass's cycles in the PEs it uses; leakage runs
    /// for the whole latency, DRAM waits included.
    public static func nm(result: NMResult, config: NMConfig, node: TechnologyLibrary, inventory: NMInventory = .default) throws -> CostReport {
        do {
            try config.validate()
        } catch let error as NMError {
            throw TechnologyError.invalidInput(field: "config", rule: error.description)
        }
        try inventory.validate()
        let stats = result.stats
        let pes = config.pes
        let lanes = config.multipliers
        let data = NMConfig.valueBits
        let group = NMConfig.groupSize * data
        let accumulatorBits = config.format.accumulatorBits
        let groupIndex = inventory.groupIndexBits
        let computeCycles = result.computeCycles
        let peCycles = stats.peCycles
        let rowBits = bitsToAddress(config.accumulatorRows)
        let slotBits = bitsToAddress(max(1, config.rowWordsPerTile * config.kept))
        let weightWrites = (stats.dramBytes * 8 + config.wordBits - 1) / config.wordBits

        let activation = HardwareComponent(
            name: NMComponent.activationBuffer, instances: 1, clockedCycles: computeCycles,
            parts: [.sram(bitsPerBank: inventory.activationBufferKiB * 8192, widthBits: group, banks: 1, reads: stats.groupsRead, writes: 0),
                    // the reader's group register {valid, 4 activations, group index}.
                    .registers(bits: 1 + group + groupIndex)],
            events: [EventCount("groups-read", stats.groupsRead), EventCount("groups-skipped", stats.groupsSkipped),
                     EventCount("groups-broadcast", stats.groupsBroadcast), EventCount("stall-cycles", stats.broadcastStallCycles)])

        let queue = HardwareComponent(
            name: NMComponent.queue, instances: pes, clockedCycles: peCycles,
            parts: [.fifo(entries: config.queueDepth, bitsPerEntry: group + groupIndex, pushes: stats.queuePushes),
                    .registers(bits: 2 * bitsToAddress(config.queueDepth))],
            events: [EventCount("pushes", stats.queuePushes), EventCount("pops", stats.queuePops)])

        let weight = HardwareComponent(
            name: NMComponent.weightSRAM, instances: pes, clockedCycles: peCycles,
            parts: [.sram(bitsPerBank: config.weightSRAMBits, widthBits: config.wordBits, banks: 1,
                          reads: stats.weightWordReads, writes: weightWrites)],
            events: [EventCount("word-reads", stats.weightWordReads), EventCount("value-bits-read", stats.weightValueBitsRead),
                     EventCount("index-bits-read", stats.weightIndexBitsRead), EventCount("word-writes", weightWrites)])

        let select = HardwareComponent(
            name: NMComponent.select, instances: pes, clockedCycles: peCycles,
            parts: [.multiplexers(inputs: NMConfig.groupSize, bits: lanes * data)],
            events: [EventCount("selects", stats.muxSelects)])

        let multipliers = HardwareComponent(
            name: NMComponent.multipliers, instances: pes, clockedCycles: peCycles,
            parts: [.multipliers(count: lanes, operations: stats.multiplies)],
            events: [EventCount("multiplies", stats.multiplies), EventCount("zero-activation-multiplies", stats.zeroActivationMultiplies),
                     EventCount("idle-lane-slots", stats.idleLaneSlots)])

        let accumulators = HardwareComponent(
            name: NMComponent.accumulators, instances: pes, clockedCycles: peCycles,
            parts: [.registerFile(banks: lanes, entries: max(1, config.accumulatorRows / lanes), bitsPerEntry: accumulatorBits,
                                  reads: stats.accumulatorUpdates + stats.outputWrites, writes: stats.accumulatorUpdates),
                    .adders(count: lanes, bits: accumulatorBits, operations: stats.accumulatorUpdates)],
            events: [EventCount("updates", stats.accumulatorUpdates), EventCount("saturations", stats.accumulatorSaturations)])

        let drain = HardwareComponent(
            name: NMComponent.drain, instances: pes, clockedCycles: peCycles,
            parts: [.adders(count: lanes, bits: accumulatorBits, operations: stats.outputWrites),
                    .registerFile(banks: 1, entries: 1, bitsPerEntry: lanes * data, reads: 0, writes: stats.drainCycles)],
            events: [EventCount("cycles", stats.drainCycles), EventCount("output-writes", stats.outputWrites)])

        let pipeline = HardwareComponent(
            name: NMComponent.pipeline, instances: pes, clockedCycles: peCycles,
            parts: [// IDX->WRD {valid, group, slot}; the current group and slot counter.
                    .registers(bits: 2 * (1 + group + groupIndex + slotBits)),
                    // WRD->MUL {valid, 4 activations, slot, L values, L indices}.
                    .registers(bits: 1 + group + slotBits + config.wordBits),
                    // MUL->ACC {valid, L rows, L products}.
                    .registers(bits: 1 + lanes * (rowBits + 2 * data))],
            events: [EventCount("issue-slots", stats.issueSlots), EventCount("starved-pe-cycles", stats.starvedPECycles),
                     EventCount("clocked-pe-cycles", peCycles)])

        let output = HardwareComponent(
            name: NMComponent.outputBuffer, instances: 1, clockedCycles: computeCycles,
            parts: [.sram(bitsPerBank: inventory.outputBufferKiB * 8192 / pes, widthBits: lanes * data, banks: pes,
                          reads: 0, writes: stats.drainCycles)],
            events: [EventCount("word-writes", stats.drainCycles)])

        let dram = HardwareComponent(
            name: NMComponent.dram, instances: 1, clockedCycles: 0,
            parts: [.dram(bytes: stats.dramBytes)],
            events: [EventCount("bytes", stats.dramBytes)])

        return try evaluate(engine: "nm",
                            components: [activation, queue, weight, select, multipliers, accumulators, drain, pipeline, output, dram],
                            cycles: result.cycles, clockGHz: config.clockGHz, library: node)
    }
}
