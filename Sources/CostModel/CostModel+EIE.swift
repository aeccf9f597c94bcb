import EIEModel

extension CostModel {
    /// Names of the EIE rows, as in the paper's per-PE table.
    public enum EIEComponent {
        public static let queue = "queue"
        public static let pointerRead = "pointer-read"
        public static let sparseMatrixRead = "sparse-matrix-read"
        public static let arithmetic = "arithmetic"
        public static let activationReadWrite = "activation-rw"
        /// The paper's rows in its order (the filler row is `CostModel.fillerName`).
        public static let all = [queue, pointerRead, sparseMatrixRead, arithmetic, activationReadWrite]
    }

    /// Prices one EIE run on `node`.
    public static func eie(result: EIEResult, config: EIEConfig, node: TechnologyLibrary,
                           inventory: EIEInventory = .published) throws -> CostReport {
        try eie(events: result.events, config: config, node: node, inventory: inventory)
    }

    /// Prices EIE event totals (one run, or several summed with `EIEEventTotals.adding`).
    ///
    /// Per PE, the rows of the paper's table: the activation queue, pointer read (two SRAM banks),
    /// sparse-matrix read (SRAM + line register), arithmetic (codebook, multiplier, adders,
    /// pipeline), activation read/write (source and destination register files, activation
    /// SRAM). The central detector is not a row of its own (the paper's table has none; its
    /// activation reads are priced in the source register file).
    public static func eie(events: EIEEventTotals, config: EIEConfig, node: TechnologyLibrary,
                           inventory: EIEInventory = .published) throws -> CostReport {
        try config.validate()
        try inventory.validate()
        let pes = config.pes
        let data = inventory.dataBits
        let row = inventory.rowBits
        let columnBits = bitsToAddress(config.encoding.batchColumns)
        let entryBits = config.entryBits
        let sparseEntries = inventory.sparseMatrixKiB * 1024 * 8 / entryBits
        let sparseAddressBits = bitsToAddress(sparseEntries)
        let clocked = events.peCycles

        let queue = HardwareComponent(
            name: EIEComponent.queue, instances: pes, clockedCycles: clocked,
            parts: [.fifo(entries: config.queueDepth, bitsPerEntry: data + columnBits, pushes: events.queuePushes),
                    .registers(bits: 2 * bitsToAddress(config.queueDepth))],
            events: [EventCount("pushes", events.queuePushes), EventCount("pops", events.queuePops)])

        let pointerBank = inventory.pointerKiB * 1024 * 8 / inventory.pointerBanks
        let pointer = HardwareComponent(
            name: EIEComponent.pointerRead, instances: pes, clockedCycles: clocked,
            parts: [.sram(bitsPerBank: pointerBank, widthBits: config.pointerBits, banks: inventory.pointerBanks,
                          reads: 2 * events.pointerReads, writes: 0),
                    // request {valid, x_j, j}; the two pointers read.
                    .registers(bits: 1 + data + columnBits + 2 * config.pointerBits),
                    .adders(count: 1, bits: config.pointerBits, operations: events.pointerReads)],
            events: [EventCount("pointer-pairs", events.pointerReads)])

        let sparse = HardwareComponent(
            name: EIEComponent.sparseMatrixRead, instances: pes, clockedCycles: clocked,
            parts: [.sram(bitsPerBank: inventory.sparseMatrixKiB * 1024 * 8, widthBits: config.sparseLineBits, banks: 1,
                          reads: events.sparseLineReads, writes: 0),
                    // column {valid, x_j, address, end}; last line address.
                    .registers(bits: 1 + data + 2 * sparseAddressBits + bitsToAddress(sparseEntries / config.entriesPerLine)),
                    .registerFile(banks: 1, entries: 1, bitsPerEntry: config.sparseLineBits, reads: 0, writes: events.sparseLineReads),
                    .multiplexers(inputs: config.entriesPerLine, bits: entryBits),
                    // address increment and end compare, per entry.
                    .adders(count: 2, bits: sparseAddressBits, operations: 2 * events.sparseEntriesRead)],
            events: [EventCount("line-reads", events.sparseLineReads), EventCount("entries", events.sparseEntriesRead),
                     EventCount("padding-entries", events.paddingEntries)])

        let codebookEntries = 1 << config.codebookBits
        // S1 {valid, v, z, x}; address counter; S2 {valid, w, x, row}; S3 {valid, product, operand, row}; bypass {row, value}.
        let pipeline = (1 + entryBits + data) + row + (1 + 2 * data + row) + (1 + 2 * data + data + row) + (row + data)
        let arithmetic = HardwareComponent(
            name: EIEComponent.arithmetic, instances: pes, clockedCycles: clocked,
            parts: [.registerFile(banks: 1, entries: codebookEntries, bitsPerEntry: data, reads: events.codebookDecodes, writes: 0),
                    .multipliers(count: 1, operations: events.multiplies),
                    .adders(count: 1, bits: data, operations: events.adds),
                    .adders(count: 1, bits: row, operations: events.sparseEntriesRead),
                    .registers(bits: pipeline)],
            events: [EventCount("multiplies", events.multiplies), EventCount("adds", events.adds),
                     EventCount("decodes", events.codebookDecodes), EventCount("bypasses", events.bypasses)])

        let registerEntries = config.activationRegisterEntries
        let activation = HardwareComponent(
            name: EIEComponent.activationReadWrite, instances: pes, clockedCycles: clocked,
            parts: [.registerFile(banks: 1, entries: registerEntries, bitsPerEntry: data, reads: events.activationReads, writes: 0),
                    .registerFile(banks: 1, entries: registerEntries, bitsPerEntry: data,
                                  reads: events.accumulatorReads + events.outputWrites,
                                  writes: events.accumulatorWrites + events.outputWrites),
                    .sram(bitsPerBank: inventory.activationSRAMKiB * 1024 * 8, widthBits: data, banks: 1,
                          reads: events.activationSRAMAccesses, writes: 0),
                    // read-data and output registers.
                    .registers(bits: 2 * data)],
            events: [EventCount("activation-reads", events.activationReads), EventCount("accumulator-reads", events.accumulatorReads),
                     EventCount("accumulator-writes", events.accumulatorWrites), EventCount("output-writes", events.outputWrites),
                     EventCount("activation-sram-accesses", events.activationSRAMAccesses)])

        return try evaluate(engine: "eie", components: [queue, pointer, sparse, arithmetic, activation], cycles: events.cycles,
                            clockGHz: config.clockGHz, library: node)
    }

    /// Bits to address `count` items, at least 1.
    static func bitsToAddress(_ count: Int) -> Int {
        max(1, Int.bitWidth - (max(count, 1) - 1).leadingZeroBitCount)
    }
}

extension EIEEventTotals {
    /// `self` plus `other`, field by field (several layers run one after the other).
    public func adding(_ other: EIEEventTotals) -> EIEEventTotals {
        var sum = self
        sum.activationRowsRead += other.activationRowsRead
        sum.broadcasts += other.broadcasts
        sum.queuePushes += other.queuePushes
        sum.queuePops += other.queuePops
        sum.pointerReads += other.pointerReads
        sum.sparseLineReads += other.sparseLineReads
        sum.sparseEntriesRead += other.sparseEntriesRead
        sum.paddingEntries += other.paddingEntries
        sum.codebookDecodes += other.codebookDecodes
        sum.multiplies += other.multiplies
        sum.adds += other.adds
        sum.bypasses += other.bypasses
        sum.activationReads += other.activationReads
        sum.accumulatorReads += other.accumulatorReads
        sum.accumulatorWrites += other.accumulatorWrites
        sum.outputWrites += other.outputWrites
        sum.activationSRAMAccesses += other.activationSRAMAccesses
        sum.cycles += other.cycles
        sum.peCycles += other.peCycles
        return sum
    }
}
