import CirCNNModel
import PermDNNModel

/// The CirCNN hardware the simulator does not size: its memories, all **[ours]** (the CirCNN
/// paper gives no SRAM sizes for a 256-multiplier design). Memories are fixed hardware, sized
/// for the EIE suite and the modern suite; a layer that needs more throws
/// `TechnologyError.invalidInput` naming the memory. Widths follow `CirCNNMemoryStats`.
public struct CirCNNInventory: Sendable, Equatable, Codable {
    /// Stored weight spectra, KiB, one bank per CMAC lane: PermDNN's default weight SRAM
    /// (32 PEs x 160 KiB = 5 MiB), so both designs hold the same weight bytes on chip. Spectra
    /// beyond it are streamed from DRAM once (priced as DRAM energy; the CirCNN model does not
    /// add the time).
    public var weightSpectrumKiB = ArchitectureConfig.default.pes * ArchitectureConfig.default.weightSRAMKiB
    /// Input activations (16-bit), KiB: 32K activations, PermDNN's activation buffer.
    public var activationSRAMKiB = 64
    /// Outputs (16-bit), KiB: 32K outputs, PermDNN's output buffer.
    public var outputSRAMKiB = 64
    /// FFT work buffer (32-bit complex words), KiB: 32K words, `max(Nb, Mb) * k` up to 32,768.
    public var workBufferKiB = 128
    /// Input-spectrum buffer (32-bit words), KiB: 16K words, inputs up to 32,768.
    public var inputSpectrumKiB = 64
    /// Row-spectrum buffer (`2 x A`-bit words), words: 8K, outputs up to 16,384.
    public var rowSpectrumWords = 8192
    /// Twiddle ROM entries per butterfly unit (32-bit): 64, block sizes up to 128.
    public var twiddleEntries = 64

    public init() {}

    /// The assumptions above.
    public static let `default` = CirCNNInventory()

    func validate() throws {
        let values: [(String, Int)] = [
            ("weight-spectrum-kib", weightSpectrumKiB), ("activation-sram-kib", activationSRAMKiB), ("output-sram-kib", outputSRAMKiB),
            ("work-buffer-kib", workBufferKiB), ("input-spectrum-kib", inputSpectrumKiB), ("row-spectrum-words", rowSpectrumWords),
            ("twiddle-entries", twiddleEntries),
        ]
        for (field, value) in values where !(1...(1 << 20)).contains(value) {
            throw TechnologyError.invalidInput(field: "circnn-inventory.\(field)", rule: "must be in 1...1048576 (got \(value))")
        }
    }
}

extension CostModel {
    /// Names of the CirCNN rows.
    public enum CirCNNComponent {
        public static let activationSRAM = "activation-sram"
        public static let butterflies = "butterfly-units"
        public static let twiddleROM = "twiddle-rom"
        public static let workBuffer = "work-buffer"
        public static let inputSpectrum = "input-spectrum-buffer"
        public static let weightSpectrum = "weight-spectrum-sram"
        public static let cmacLanes = "cmac-lanes"
        public static let rowSpectrum = "row-spectrum-buffer"
        public static let normalizer = "normalizer"
        public static let outputSRAM = "output-sram"
        public static let dram = "dram"
        public static let all = [activationSRAM, butterflies, twiddleROM, workBuffer, inputSpectrum, weightSpectrum, cmacLanes,
                                 rowSpectrum, normalizer, outputSRAM, dram]
    }

    /// Prices one CirCNN run on `node` (`docs/cost-model.md` §6).
    ///
    /// Butterfly units (4 multipliers, 6 16-bit adders, pipeline registers) run phases 1 and 3
    /// and are clock-gated in phase 2; CMAC lanes (4 multipliers, 4 `A`-bit adders, pipeline and
    /// accumulator registers) run phase 2 only. Memories are SRAMs of `inventory`'s sizes (the
    /// twiddle ROM priced as an SRAM with no writes: an upper bound, a ROM is denser). Leakage
    /// runs for the whole latency.
    public static func circnn(result: CirCNNResult, config: CirCNNConfig, node: TechnologyLibrary,
                              inventory: CirCNNInventory = .default) throws -> CostReport {
        do {
            try config.validate()
        } catch let error as CirCNNError {
            throw TechnologyError.invalidInput(field: "config", rule: "\(error)")
        }
        try inventory.validate()
        let stats = result.stats
        let memory = stats.memory
        let k = result.blockSize
        let data = 16
        let word = 2 * data
        let accumulator = 2 * config.format.accumulatorBits

        func fits(_ needed: Int, _ capacity: Int, _ field: String, _ what: String) throws {
            if needed > capacity {
                throw TechnologyError.invalidInput(field: "circnn-inventory.\(field)",
                                                   rule: "\(what) needs \(needed) but the hardware holds \(capacity)")
            }
        }
        let inputs = result.blockColumns * k
        let outputs = result.blockRows * k
        try fits(inputs * data, inventory.activationSRAMKiB * 8192, "activation-sram-kib", "the layer's inputs (bits)")
        try fits(outputs * data, inventory.outputSRAMKiB * 8192, "output-sram-kib", "the layer's outputs (bits)")
        try fits(max(result.blockColumns, result.blockRows) * k * word, inventory.workBufferKiB * 8192, "work-buffer-kib", "the FFT work buffer (bits)")
        try fits(result.blockColumns * max(1, k / 2) * word, inventory.inputSpectrumKiB * 8192, "input-spectrum-kib", "the input spectra (bits)")
        try fits(result.blockRows * max(1, k / 2), inventory.rowSpectrumWords, "row-spectrum-words", "the row spectra (words)")
        try fits(max(1, k / 2), inventory.twiddleEntries, "twiddle-entries", "block size \(k) (twiddles)")

        let butterflyCycles = (result.fftPhase.cycles + result.ifftPhase.cycles) * config.butterflyUnits
        let cmacCycles = result.cmacPhase.cycles * config.cmacLanes
        let units = config.butterflyUnits
        let lanes = config.cmacLanes
        let butterflyOps = stats.fft.butterflies + stats.ifft.butterflies

        let activation = HardwareComponent(
            name: CirCNNComponent.activationSRAM, instances: 1, clockedCycles: 0,
            parts: [.sram(bitsPerBank: inventory.activationSRAMKiB * 8192, widthBits: data, banks: 1, reads: memory.activationReads, writes: 0)],
            events: [EventCount("reads", memory.activationReads)])

        // Per unit: two complex operands and a twiddle in, two complex results out, per pipeline stage.
        let butterflies = HardwareComponent(
            name: CirCNNComponent.butterflies, instances: units, clockedCycles: butterflyCycles,
            parts: [.multipliers(count: CirCNNConfig.multipliersPerUnit, operations: stats.fft.realMultiplies + stats.ifft.realMultiplies),
                    .adders(count: 6, bits: data, operations: stats.fft.realAdds + stats.ifft.realAdds),
                    .registers(bits: config.butterflyDepth * (3 * word + 2 * word) / 2)],
            events: [EventCount("butterflies", butterflyOps), EventCount("real-multiplies", stats.fft.realMultiplies + stats.ifft.realMultiplies),
                     EventCount("real-adds", stats.fft.realAdds + stats.ifft.realAdds)])

        let twiddle = HardwareComponent(
            name: CirCNNComponent.twiddleROM, instances: units, clockedCycles: 0,
            parts: [.sram(bitsPerBank: inventory.twiddleEntries * word, widthBits: word, banks: 1, reads: memory.twiddleReads, writes: 0)],
            events: [EventCount("reads", memory.twiddleReads)])

        let work = HardwareComponent(
            name: CirCNNComponent.workBuffer, instances: 1, clockedCycles: 0,
            parts: [.sram(bitsPerBank: inventory.workBufferKiB * 8192 / units, widthBits: word, banks: units,
                          reads: memory.workBufferReads, writes: memory.workBufferWrites)],
            events: [EventCount("reads", memory.workBufferReads), EventCount("writes", memory.workBufferWrites)])

        let inputSpectrum = HardwareComponent(
            name: CirCNNComponent.inputSpectrum, instances: 1, clockedCycles: 0,
            parts: [.sram(bitsPerBank: inventory.inputSpectrumKiB * 8192 / units, widthBits: word, banks: units,
                          reads: memory.inputSpectrumReads, writes: memory.inputSpectrumWrites)],
            events: [EventCount("reads", memory.inputSpectrumReads), EventCount("writes", memory.inputSpectrumWrites)])

        let weights = HardwareComponent(
            name: CirCNNComponent.weightSpectrum, instances: 1, clockedCycles: 0,
            parts: [.sram(bitsPerBank: inventory.weightSpectrumKiB * 8192 / lanes, widthBits: word, banks: lanes,
                          reads: memory.spectrumReads, writes: 0)],
            events: [EventCount("reads", memory.spectrumReads)])

        // Per lane: operands (two words) and the product per pipeline stage, plus the accumulator.
        let cmac = HardwareComponent(
            name: CirCNNComponent.cmacLanes, instances: lanes, clockedCycles: cmacCycles,
            parts: [.multipliers(count: CirCNNConfig.multipliersPerUnit, operations: stats.cmac.realMultiplies),
                    .adders(count: 4, bits: config.format.accumulatorBits, operations: stats.cmac.realAdds),
                    .registers(bits: config.cmacDepth * (2 * word + accumulator) / 2 + accumulator)],
            events: [EventCount("macs", stats.cmac.macs), EventCount("real-multiplies", stats.cmac.realMultiplies),
                     EventCount("real-adds", stats.cmac.realAdds), EventCount("accumulator-updates", stats.cmac.accumulatorUpdates)])

        let rowSpectrum = HardwareComponent(
            name: CirCNNComponent.rowSpectrum, instances: 1, clockedCycles: 0,
            parts: [.sram(bitsPerBank: inventory.rowSpectrumWords * accumulator / units, widthBits: accumulator, banks: units,
                          reads: memory.rowSpectrumReads, writes: memory.rowSpectrumWrites)],
            events: [EventCount("reads", memory.rowSpectrumReads), EventCount("writes", memory.rowSpectrumWrites)])

        // Running-maximum comparators (one per part) and the operand shifters of the first IFFT stage.
        let normalizer = HardwareComponent(
            name: CirCNNComponent.normalizer, instances: 1, clockedCycles: result.ifftPhase.cycles,
            parts: [.adders(count: 2, bits: config.format.accumulatorBits, operations: 2 * stats.normalizer.maximumUpdates),
                    .multiplexers(inputs: config.format.accumulatorBits - data + 1, bits: 2 * data * units),
                    .registers(bits: 2 * config.format.accumulatorBits)],
            events: [EventCount("maximum-updates", stats.normalizer.maximumUpdates), EventCount("exponents", stats.normalizer.exponents),
                     EventCount("operands", stats.normalizer.operands)])

        let output = HardwareComponent(
            name: CirCNNComponent.outputSRAM, instances: 1, clockedCycles: 0,
            parts: [.sram(bitsPerBank: inventory.outputSRAMKiB * 8192, widthBits: data, banks: 1, reads: 0, writes: memory.outputWrites)],
            events: [EventCount("writes", memory.outputWrites)])

        let streamed = inventory.streamedSpectrumBytes(result)
        let dram = HardwareComponent(
            name: CirCNNComponent.dram, instances: 1, clockedCycles: 0,
            parts: [.dram(bytes: streamed)],
            events: [EventCount("bytes", streamed)])

        return try evaluate(engine: "circnn",
                            components: [activation, butterflies, twiddle, work, inputSpectrum, weights, cmac, rowSpectrum, normalizer, output, dram],
                            cycles: result.cycles, clockGHz: config.clockGHz, library: node)
    }
}

extension CirCNNInventory {
    /// Bytes of stored weight spectra that do not fit `weightSpectrumKiB` and are streamed from
    /// DRAM once: `Mb x Nb x max(1, k/2)` words of two 16-bit halves, beyond the SRAM.
    public func streamedSpectrumBytes(_ result: CirCNNResult) -> Int {
        let spectrumBytes = result.blockRows * result.blockColumns * max(1, result.blockSize / 2) * 4
        return max(0, spectrumBytes - weightSpectrumKiB * 1024)
    }
}
