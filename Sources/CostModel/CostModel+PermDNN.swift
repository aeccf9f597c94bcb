import ConfigSupport
import FixedPoint
import PEModel
import PermDNNModel

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
        public static let pipeline = "pipeline"
        public static let outputBuffer = "output-buffer"
        public static let dram = "dram"
        /// The DEC stage of the narrow weight formats (`fixed8`, `codebook4`): the WRD->DEC
        /// register and each lane's decode multiplexer, per PE.
        public static let weightDecode = "weight-decode"
        /// `codebook4`'s 16 x 16-bit codebook register, one per engine (configuration, like `p`).
        public static let codebook = "codebook"
        /// The rows of a `fixed16` design (the default); `fixed8` adds `weightDecode` after
        /// `weightSRAM`, `codebook4` both `weightDecode` and `codebook`.
        public static let all = [activationBuffer, queue, indexCalculator, weightSRAM, multipliers, accumulators, drain, pipeline,
                                 outputBuffer, dram]
    }

    /// Which synthesized block of `permdnn-logic-gates.yaml` is the logic of which PermDNN row
    /// (`docs/cost-model.md` §5.1): one block per row, every block used once. The NZD is per
    /// engine, the others per PE.
    public static let permDNNLogicBlocks: [(block: String, component: String)] = [
        ("nzd", PermDNNComponent.activationBuffer), ("queue", PermDNNComponent.queue),
        ("index-calculator", PermDNNComponent.indexCalculator), ("multiplier-lane", PermDNNComponent.multipliers),
        ("accumulate-lane", PermDNNComponent.accumulators), ("drain-lane", PermDNNComponent.drain),
        ("pipeline", PermDNNComponent.pipeline),
    ]

    /// The synthesized blocks whose instances are the multiplier lanes.
    static let permDNNLaneBlocks: Set<String> = ["multiplier-lane", "accumulate-lane", "drain-lane"]

    /// The logic gates of each PermDNN row (per instance of the row: per PE, or per engine for the
    /// activation buffer), from `gates`, after checking that the blocks map onto the rows one to
    /// one and that `config` is the design that was synthesized. Every problem is one line naming
    /// the block or parameter.
    public static func permDNNLogicGates(_ gates: PermDNNLogicGates, config: ArchitectureConfig) throws -> [String: Double] {
        let file = gates.location
        let parameters = gates.parameters
        let checks: [(String, Int, Int, String)] = [
            ("N_MUL", parameters.multipliers, config.multipliers, "pe.multipliers"),
            ("QUEUE_DEPTH", parameters.queueDepth, config.queueDepth, "engine.queue-depth"),
            ("ACC_BITS", parameters.accumulatorBits, config.format.accumulatorBits, "fixed-point.accumulator-bits"),
            ("WORD_WIDTH", parameters.wordWidth, config.nzdWordWidth, "engine.nzd-word-width"),
        ]
        for (name, synthesized, design, key) in checks where synthesized != design && !gates.scalesToDesign {
            throw TechnologyError.invalid(location: file, field: "parameters.\(name)",
                                          rule: "synthesized for \(synthesized), the design has \(key) = \(design) (re-synthesize: \(name)=\(design) rtl-reference/synth/area.sh --record)")
        }
        let mapped = Set(permDNNLogicBlocks.map(\.block))
        if let extra = gates.blocks.first(where: { !mapped.contains($0.key) }) {
            throw TechnologyError.invalid(location: file, field: "blocks.\(extra.key)",
                                          rule: "not mapped onto any PermDNN row (mapped: \(permDNNLogicBlocks.map(\.block).joined(separator: ", ")))")
        }
        var result: [String: Double] = [:]
        for (key, component) in permDNNLogicBlocks {
            let block = try gates.block(key, for: component)
            let per = component == PermDNNComponent.activationBuffer ? "engine" : "pe"
            guard block.per == per else {
                throw TechnologyError.invalid(location: file, field: "blocks.\(key).per", rule: "must be \(per) (got '\(block.per)')")
            }
            if permDNNLaneBlocks.contains(key), block.instances != parameters.multipliers {
                throw TechnologyError.invalid(location: file, field: "blocks.\(key).instances",
                                              rule: "must be N_MUL = \(parameters.multipliers), one per multiplier lane (got \(block.instances))")
            }
            result[component, default: 0] += block.gates * (gates.scalesToDesign ? designScale(key, parameters: parameters, config: config) : 1)
        }
        return result
    }

    /// First-order scaling of a synthesized block to another design (`scalesToDesign`): lane
    /// blocks with the lanes (`N_MUL`), the accumulate lane also with the accumulator width,
    /// the queue with its depth, the NZD with its word width; the index calculator and the
    /// pipeline as synthesized. An estimate for sweeps, not a synthesis (docs/cost-model.md 5.1).
    static func designScale(_ block: String, parameters: PermDNNLogicGates.Parameters, config: ArchitectureConfig) -> Double {
        let lanes = Double(config.multipliers) / Double(parameters.multipliers)
        switch block {
        case "multiplier-lane", "drain-lane": return lanes
        case "accumulate-lane": return lanes * Double(config.format.accumulatorBits) / Double(parameters.accumulatorBits)
        case "queue": return Double(config.queueDepth) / Double(parameters.queueDepth)
        case "nzd": return Double(config.nzdWordWidth) / Double(parameters.wordWidth)
        default: return 1
        }
    }

    /// Prices one PermDNN run on `node`.
    ///
    /// Top level: activation buffer + NZD, output buffer. Per PE: activation queue, index
    /// calculator (column register, `k` registers, modulo and row adders, permutation SRAM),
    /// weight SRAM, multipliers, accumulator banks (register files + saturating adders), drain
    /// (rounding adders, output register), pipeline (IDX->WRD, WRD->MUL, MUL->ACC registers,
    /// SRAM addresses, drain pointer). DRAM: weight tiles streamed in (off chip).
    ///
    /// The weight format (`pe.weight-format`) sets the weight SRAM's word, `N_MUL x 16, 8 or 4`
    /// bits (the same capacity; a narrower word costs less per read through the library's width
    /// exponent), and adds for `fixed8` and `codebook4` the DEC stage (`weight-decode`: the
    /// WRD->DEC register, a 9:1 shift multiplexer or a 16:1 codebook multiplexer of 16 bits per
    /// lane) and for `codebook4` the codebook register (`codebook`: 16 x 16 bits, clock-gated,
    /// written at each tile run's start). These are priced from the library's parts: the
    /// synthesized gate counts are the `fixed16` PE's (`docs/cost-model.md` §5.4).
    ///
    /// Area: SRAMs and the accumulators' register files from the library, as for every engine;
    /// the logic of each row from the synthesized gate counts `logicGates` (the RTL's blocks,
    /// `permDNNLogicBlocks`) x the node's NAND2 area. Energy: counted events x the library's
    /// energy per event for every part, the logic's included (`.energyOnly`).
    ///
    /// PE clocks run during the tiles' compute cycles in PEs that own block-rows (the engine
    /// clock-gates the others and waits for DRAM with its PEs gated); leakage runs for the whole
    /// latency, DRAM waits included.
    public static func permDNN(result: EngineResult, config: ArchitectureConfig, node: TechnologyLibrary,
                               logicGates: PermDNNLogicGates, inventory: PermDNNInventory = .default) throws -> CostReport {
        do {
            try config.validate()
        } catch let error as ConfigError {
            throw TechnologyError.invalidInput(field: "config", rule: error.description)
        }
        try inventory.validate()
        let gates = try permDNNLogicGates(logicGates, config: config)
        func logic(_ component: String) -> HardwarePart { .logic(gates: gates[component] ?? 0) }
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
        let weightFormat = config.weightFormat
        let weightWordBits = config.weightWordBits

        let activationBuffer = HardwareComponent(
            name: PermDNNComponent.activationBuffer, instances: 1, clockedCycles: result.computeCycles,
            parts: [.sram(bitsPerBank: inventory.activationBufferKiB * 1024 * 8, widthBits: config.nzdWordWidth * data, banks: 1,
                          reads: result.engine.activationWordsRead, writes: 0),
                    // NZD word buffer with its non-zero mask; broadcast register {valid, x_j, j}.
                    .energyOnly(.registerFile(banks: 1, entries: 1, bitsPerEntry: config.nzdWordWidth * (data + 1), reads: 0,
                                              writes: result.engine.activationWordsRead)),
                    .energyOnly(.registers(bits: 1 + data + column)),
                    logic(PermDNNComponent.activationBuffer)],
            events: [EventCount("words-read", result.engine.activationWordsRead), EventCount("broadcasts", result.engine.broadcasts),
                     EventCount("queue-stall-cycles", result.engine.queueStallCycles)])

        let queue = HardwareComponent(
            name: PermDNNComponent.queue, instances: pes, clockedCycles: peCycles,
            parts: [.energyOnly(.fifo(entries: config.queueDepth, bitsPerEntry: data + column, pushes: pe.queue.pushes)),
                    .energyOnly(.registers(bits: 2 * bitsToAddress(config.queueDepth))),
                    logic(PermDNNComponent.queue)],
            events: [EventCount("pushes", pe.queue.pushes), EventCount("pops", pe.queue.pops)])

        let kBits = inventory.permutationBits
        let permutationWordBits = lanes * kBits
        let slotRegister = 1 + data + column + inventory.slotBits
        let index = HardwareComponent(
            name: PermDNNComponent.indexCalculator, instances: pes, clockedCycles: peCycles,
            parts: [.energyOnly(.registers(bits: slotRegister)),
                    .energyOnly(.registerFile(banks: 1, entries: 1, bitsPerEntry: permutationWordBits, reads: 0,
                                              writes: pe.indexCalculator.permutationReads + (pe.indexCalculator.permutationComputes + lanes - 1) / lanes)),
                    // per lane: (t - k) and the conditional + p of the modulo; the row b*p + offset.
                    .energyOnly(.adders(count: 2 * lanes, bits: kBits + 1, operations: 2 * pe.multipliers.usefulMultiplies)),
                    .energyOnly(.adders(count: lanes, bits: rowBits, operations: pe.multipliers.usefulMultiplies)),
                    logic(PermDNNComponent.indexCalculator),
                    .sram(bitsPerBank: inventory.permutationKiB * 1024 * 8, widthBits: permutationWordBits, banks: 1,
                          reads: pe.indexCalculator.permutationReads, writes: 0)],
            events: [EventCount("columns", pe.indexCalculator.columns), EventCount("issue-cycles", pe.indexCalculator.issueCycles),
                     EventCount("permutation-reads", pe.indexCalculator.permutationReads),
                     EventCount("permutation-computes", pe.indexCalculator.permutationComputes)])

        let weightWrites = (result.engine.dramBytes * 8 + weightWordBits - 1) / weightWordBits
        let weight = HardwareComponent(
            name: PermDNNComponent.weightSRAM, instances: pes, clockedCycles: peCycles,
            parts: [.sram(bitsPerBank: config.weightSRAMBytes * 8, widthBits: weightWordBits, banks: 1,
                          reads: pe.weightSRAM.wordReads, writes: weightWrites)],
            events: [EventCount("word-reads", pe.weightSRAM.wordReads), EventCount("word-writes", weightWrites)])

        // The narrow formats' DEC stage and codebook: library parts (not in the synthesized PE).
        var decodeRows: [HardwareComponent] = []
        if weightFormat.hasDecodeStage {
            // fixed8: code << shift, a 9:1 multiplexer per weight bit (shifts 0...8); codebook4: one
            // of 16 entries, a 16:1 multiplexer per weight bit.
            let decodeInputs = weightFormat == .codebook4 ? WeightEncoding.codebookEntries : WeightEncoding.maxShift + 1
            decodeRows.append(HardwareComponent(
                name: PermDNNComponent.weightDecode, instances: pes, clockedCycles: peCycles,
                parts: [// WRD->DEC {valid, x_j, active lanes, row[l], code[l]}.
                        .registers(bits: 1 + data + laneCountBits + lanes * (rowBits + weightFormat.bits)),
                        .multiplexers(inputs: decodeInputs, bits: lanes * data)],
                events: [EventCount("decodes", pe.multipliers.usefulMultiplies)]))
        }
        if weightFormat == .codebook4 {
            let starts = result.tiles.count
            decodeRows.append(HardwareComponent(
                name: PermDNNComponent.codebook, instances: 1, clockedCycles: result.computeCycles,
                parts: [.registerFile(banks: 1, entries: 1, bitsPerEntry: WeightEncoding.codebookEntries * data, reads: 0, writes: starts)],
                events: [EventCount("writes", starts)]))
        }

        let multipliers = HardwareComponent(
            name: PermDNNComponent.multipliers, instances: pes, clockedCycles: peCycles,
            parts: [.energyOnly(.multipliers(count: lanes, operations: pe.multipliers.usefulMultiplies)),
                    logic(PermDNNComponent.multipliers)],
            events: [EventCount("multiplies", pe.multipliers.usefulMultiplies), EventCount("idle-lane-slots", pe.multipliers.idleLaneSlots)])

        let bankEntries = max(1, inventory.accumulatorRowsPerPE / lanes)
        let accumulators = HardwareComponent(
            name: PermDNNComponent.accumulators, instances: pes, clockedCycles: peCycles,
            parts: [.registerFile(banks: lanes, entries: bankEntries, bitsPerEntry: accumulatorBits,
                                  reads: pe.accumulators.reads + pe.drain.accumulatorReads, writes: pe.accumulators.writes),
                    .energyOnly(.adders(count: lanes, bits: accumulatorBits, operations: pe.accumulators.writes)),
                    logic(PermDNNComponent.accumulators)],
            events: [EventCount("reads", pe.accumulators.reads), EventCount("writes", pe.accumulators.writes),
                     EventCount("drain-reads", pe.drain.accumulatorReads)])

        let drain = HardwareComponent(
            name: PermDNNComponent.drain, instances: pes, clockedCycles: peCycles,
            parts: [.energyOnly(.adders(count: lanes, bits: accumulatorBits, operations: pe.drain.outputWrites)),
                    // the output word register, written once per drain cycle (clock-gated otherwise).
                    .energyOnly(.registerFile(banks: 1, entries: 1, bitsPerEntry: lanes * data, reads: 0, writes: pe.drain.cycles)),
                    logic(PermDNNComponent.drain)],
            events: [EventCount("cycles", pe.drain.cycles), EventCount("output-writes", pe.drain.outputWrites)])

        let pipeline = HardwareComponent(
            name: PermDNNComponent.pipeline, instances: pes, clockedCycles: peCycles,
            parts: [// IDX->WRD {slot register, active lanes, row[l]}.
                    .energyOnly(.registers(bits: slotRegister + laneCountBits + lanes * rowBits)),
                    // WRD->MUL {valid, x_j, active lanes, row[l], w[l]}.
                    .energyOnly(.registers(bits: 1 + data + laneCountBits + lanes * (rowBits + data))),
                    // MUL->ACC {valid, active lanes, row[l], product[l]}.
                    .energyOnly(.registers(bits: 1 + laneCountBits + lanes * (rowBits + productBits))),
                    // weight-SRAM address, S_e and B_e x p, drain pointer: area only.
                    logic(PermDNNComponent.pipeline)],
            events: [EventCount("clocked-pe-cycles", peCycles)])

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
                            components: [activationBuffer, queue, index, weight] + decodeRows
                                + [multipliers, accumulators, drain, pipeline, outputBuffer, dram],
                            cycles: result.cycles, clockGHz: config.clockGHz, library: node)
    }
}
