/// The CirCNN baseline engine, cycle-level at the granularity of butterfly and complex-MAC
/// issue slots. **[paper: CirCNN]** for the math, **[ours]** for the engine
/// (`architecture.md` §3, timing in `docs/circnn-model.md`).
///
/// Three phases run back to back on every layer, each with its own pipeline fill:
/// 1. FFT of every input block `x_j`: `log2 k` stages of `k/2` butterflies per block on the
///    butterfly units (`StageSchedule`), results packed into the input-spectrum buffer;
/// 2. element-wise complex MACs of every block pair `(i, j)` over the `k/2 + 1` bins (as `k/2`
///    words) on the CMAC lanes, in waves of accumulator tasks (`ComplexMACLanes`);
/// 3. IFFT of every block-row spectrum on the butterfly units, through the block
///    floating-point normaliser in front and the output stage behind.
/// Input sparsity is not exploited: the FFT of a sparse block is dense, so every block of
/// every phase is processed whatever the inputs are.
///
/// Timing is computed per block and stage (phases 1, 3) and per wave (phase 2), where every
/// cycle of a stretch is identical, so no per-cycle state is allocated; the data path moves the
/// data in the same order and its outputs equal `CirCNNReference.fixedPoint` bit for bit.
public struct CirCNNEngine: Sendable {
    public let config: CirCNNConfig

    public init(config: CirCNNConfig) throws {
        try config.validate()
        self.config = config
    }

    /// Throws unless `layer` can run on an engine configured with `config`.
    static func checkCompatible(_ layer: CirCNNLayer, config: CirCNNConfig) throws {
        guard layer.format.fractionBits == config.format.fractionBits else {
            throw CirCNNError.invalid(field: "circnn.fraction-bits",
                                      rule: "the layer was built with \(layer.format.fractionBits) fraction bits, the engine is configured for \(config.format.fractionBits)")
        }
        if let k = config.blockSize, k != layer.blockSize {
            throw CirCNNError.invalid(field: "circnn.block-size", rule: "the layer was built with k = \(layer.blockSize), the engine is configured for k = \(k)")
        }
        guard layer.activations.count == layer.columns else {
            throw CirCNNError.invalid(field: "activations", rule: "needs \(layer.columns) values (the layer's inputs), got \(layer.activations.count)")
        }
    }

    /// Runs `layer` through the three phases.
    public func run(_ layer: CirCNNLayer) throws -> CirCNNResult {
        try Self.checkCompatible(layer, config: config)
        let k = layer.blockSize, stages = layer.stages, slots = layer.slotsPerBlock
        let mb = layer.blockRows, nb = layer.blockColumns, m = layer.rows, n = layer.columns
        let butterfliesPerBlock = k / 2
        let fft = FixedPointFFT(size: k, twiddleBits: config.twiddleFractionBits)
        var memory = CirCNNMemoryStats()
        let inputShift = SpectralArithmetic.inputShift(largestMagnitude: layer.activations.reduce(0) { max($0, Int($1.magnitude)) })

        // Phase 1: FFT of every input block into the input-spectrum buffer.
        var fftUnits = ButterflyUnits(fft: fft)
        var inputReal = [Int32](repeating: 0, count: nb * slots), inputImag = [Int32](repeating: 0, count: nb * slots)
        let fftPhase: CirCNNPhaseTiming
        if stages > 0 {
            var workReal = [Int32](repeating: 0, count: nb * k), workImag = [Int32](repeating: 0, count: nb * k)
            let activations = layer.activations
            fftUnits.run(blocks: nb, inverse: false, real: &workReal, imag: &workImag) { block, position in
                let column = block * k + fft.bitReversed[position]
                return (column < n ? Int32(activations[column]) << inputShift : 0, 0)
            }
            for j in 0..<nb {
                // Word 0 packs the two real bins; bins above k/2 are not stored.
                inputReal[j * slots] = workReal[j * k]
                inputImag[j * slots] = workReal[j * k + k / 2]
                for f in 1..<slots {
                    inputReal[j * slots + f] = workReal[j * k + f]
                    inputImag[j * slots + f] = workImag[j * k + f]
                }
            }
            memory.activationReads += n
            memory.workBufferReads += nb * butterfliesPerBlock * 2 * (stages - 1)
            memory.workBufferWrites += nb * butterfliesPerBlock * 2 * (stages - 1)
            memory.inputSpectrumWrites += nb * slots
            let depth = config.butterflyDepth
            fftPhase = StageSchedule.butterflyPhase(blocks: nb, stages: stages, butterfliesPerBlock: butterfliesPerBlock,
                                                    units: config.butterflyUnits) { _ in depth }
        } else {
            // k = 1: the 1-point FFT is the identity; phase 2 reads the activation SRAM directly.
            for j in 0..<nb { inputReal[j] = Int32(layer.activations[j]) << inputShift }
            fftPhase = CirCNNPhaseTiming(issueCycles: 0, stallCycles: 0, fillCycles: 0, units: config.butterflyUnits, usedSlots: 0)
        }

        // Phase 2: complex MACs in waves of accumulator tasks.
        var lanes = ComplexMACLanes(lanes: config.cmacLanes, format: config.format)
        var normalizer = SpectrumNormalizer(blockRows: mb)
        var rowReal = [Int64](repeating: 0, count: mb * slots), rowImag = [Int64](repeating: 0, count: mb * slots)
        let inputReads = lanes.run(layer: layer, inputReal: inputReal, inputImag: inputImag,
                                   rowReal: &rowReal, rowImag: &rowImag) { row, real, imag in
            normalizer.observe(blockRow: row, real: real, imag: imag)
        }
        if stages > 0 { memory.inputSpectrumReads += inputReads } else { memory.activationReads += inputReads }
        memory.spectrumReads += lanes.stats.macs
        memory.rowSpectrumWrites += mb * slots
        let cmacPhase = CirCNNPhaseTiming(issueCycles: lanes.stats.waves * nb, stallCycles: 0, fillCycles: config.cmacDepth - 1,
                                          units: config.cmacLanes, usedSlots: lanes.stats.macs)

        // Phase 3: normaliser, IFFT of every block-row, output stage.
        let shifts = normalizer.exponents()
        var ifftUnits = ButterflyUnits(fft: fft)
        var outputStage = CirCNNOutputStage(relu: layer.relu)
        var outputs = [Int16](repeating: 0, count: m)
        let ifftPhase: CirCNNPhaseTiming
        if stages > 0 {
            var workReal = [Int32](repeating: 0, count: mb * k), workImag = [Int32](repeating: 0, count: mb * k)
            ifftUnits.run(blocks: mb, inverse: true, real: &workReal, imag: &workImag) { row, position in
                // The Hermitian spectrum, read from the row's k/2 accumulator words. A mirror bin
                // negates the *normalised* imaginary part (round-half-up is not odd-symmetric, so
                // negating before the shifter would break the 16-bit spectrum's symmetry).
                let f = fft.bitReversed[position], base = row * slots
                if f == 0 { return (normalizer.shift(real: rowReal[base], imag: 0, by: shifts[row]).0, 0) }
                if f == k / 2 { return (normalizer.shift(real: rowImag[base], imag: 0, by: shifts[row]).0, 0) }
                if f < k / 2 { return normalizer.shift(real: rowReal[base + f], imag: rowImag[base + f], by: shifts[row]) }
                let (real, imag) = normalizer.shift(real: rowReal[base + k - f], imag: rowImag[base + k - f], by: shifts[row])
                return (real, -imag)
            }
            for i in 0..<mb {
                let exponent = stages + shifts[i] - layer.spectrumFractionBits - inputShift
                for t in 0..<min(k, m - i * k) { outputs[i * k + t] = outputStage.emit(workReal[i * k + t], exponent: exponent) }
            }
            memory.rowSpectrumReads += mb * butterfliesPerBlock * 2
            memory.workBufferReads += mb * butterfliesPerBlock * 2 * (stages - 1)
            memory.workBufferWrites += mb * butterfliesPerBlock * 2 * (stages - 1)
            let (butterflyDepth, front, back) = (config.butterflyDepth, config.normalizeDepth, config.outputDepth)
            ifftPhase = StageSchedule.butterflyPhase(blocks: mb, stages: stages, butterfliesPerBlock: butterfliesPerBlock,
                                                     units: config.butterflyUnits) { stage in
                butterflyDepth + (stage == 0 ? front : 0) + (stage == stages - 1 ? back : 0)
            }
        } else {
            // k = 1: each block-row is one value; it passes the normaliser and the output stage,
            // two values per butterfly unit per cycle (the units' two operand ports).
            for i in 0..<mb {
                let (z, _) = normalizer.shift(real: rowReal[i], imag: 0, by: shifts[i])
                outputs[i] = outputStage.emit(z, exponent: shifts[i] - layer.spectrumFractionBits - inputShift)
            }
            memory.rowSpectrumReads += mb
            let width = 2 * config.butterflyUnits
            ifftPhase = CirCNNPhaseTiming(issueCycles: StageSchedule.ceilDiv(mb, width), stallCycles: 0,
                                          fillCycles: max(1, config.normalizeDepth + config.outputDepth) - 1,
                                          units: width, usedSlots: mb)
        }
        memory.outputWrites += outputStage.stats.outputs
        memory.twiddleReads += fftUnits.stats.twiddleReads + ifftUnits.stats.twiddleReads

        var stats = CirCNNStats()
        stats.fft = fftUnits.stats
        stats.cmac = lanes.stats
        stats.ifft = ifftUnits.stats
        stats.normalizer = normalizer.stats
        stats.output = outputStage.stats
        stats.memory = memory
        return CirCNNResult(outputs: outputs, fftPhase: fftPhase, cmacPhase: cmacPhase, ifftPhase: ifftPhase, stats: stats,
                            rowShifts: shifts, inputShift: inputShift, blockSize: k, blockRows: mb, blockColumns: nb,
                            paddedRows: layer.paddedRows, paddedColumns: layer.paddedColumns,
                            clockGHz: config.clockGHz, multiplierBudget: config.multiplierBudget)
    }
}
