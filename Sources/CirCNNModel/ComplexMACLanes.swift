import FixedPoint

/// The complex multiply-accumulate lanes of phase 2: `y_i[f] = sum_j W_ij[f] * X_j[f]`.
///
/// Mapping [ours]: an *accumulator task* is one (block-row `i`, spectrum word `w`) pair, task
/// index `i * (k/2) + w`; there are `Mb * k/2` of them and each needs `Nb` MACs, one per
/// block-column in increasing `j`. Tasks are dealt to the `C` lanes in *waves* of `C`
/// consecutive tasks; in a wave all lanes step through `j = 0 ..< Nb` in lockstep, one MAC per
/// lane per cycle, each into its own accumulator register (so there are no conflicts and,
/// with the accumulate bypass, no hazards). A wave therefore takes exactly `Nb` issue cycles
/// and the phase `waves * Nb`. At the end of a wave every lane writes its accumulator pair to
/// the row-spectrum buffer and the normaliser's running maximum for its block-row.
///
/// Per cycle a lane reads one stored-spectrum word (weight SRAM) and one input-spectrum word;
/// lanes on the same word index share that read (a broadcast), so a wave reads
/// `min(active lanes, k/2)` input words per cycle.
public struct ComplexMACLanes: Sendable {
    /// What the lanes did.
    public struct Stats: Sendable, Equatable, Codable {
        /// Complex MACs issued (`Mb * Nb * k/2`).
        public var macs = 0
        /// Waves of tasks (`ceil(Mb * k/2 / C)`).
        public var waves = 0
        /// Real multiplies: 4 per complex word, 2 for the packed DC/Nyquist word, 1 when `k = 1`.
        public var realMultiplies = 0
        /// Real adds: product combining plus accumulation (4, 2 and 1 per MAC as above).
        public var realAdds = 0
        /// Accumulator register read-add-writes (one per MAC).
        public var accumulatorUpdates = 0
        /// Accumulator adds clipped to `A` bits.
        public var saturations = 0
        public init() {}
    }

    let lanes: Int
    let format: FixedPointFormat
    public private(set) var stats = Stats()

    init(lanes: Int, format: FixedPointFormat) {
        self.lanes = lanes
        self.format = format
    }

    /// Runs every wave. `inputReal/Imag[j * slots + w]` is input word `w` of block-column `j`;
    /// results go to `rowReal/Imag[task]`. Returns the input-spectrum word reads (shared reads
    /// counted once) and calls `finish(blockRow, real, imag)` as each task's result is written.
    mutating func run(layer: CirCNNLayer, inputReal: [Int32], inputImag: [Int32],
                      rowReal: inout [Int64], rowImag: inout [Int64],
                      finish: (_ blockRow: Int, _ real: Int64, _ imag: Int64) -> Void) -> Int {
        let k = layer.blockSize, slots = layer.slotsPerBlock, nb = layer.blockColumns
        let tasks = layer.blockRows * slots
        let waves = (tasks + lanes - 1) / lanes
        let minimum = format.accumulatorMin, maximum = format.accumulatorMax
        var accReal = [Int64](repeating: 0, count: lanes), accImag = [Int64](repeating: 0, count: lanes)
        var wordBase = [Int](repeating: 0, count: lanes), laneSlot = [Int](repeating: 0, count: lanes)
        var saturations = 0, multiplies = 0, adds = 0, inputReads = 0, macs = 0
        layer.spectrumReal.withUnsafeBufferPointer { sReal in
            layer.spectrumImag.withUnsafeBufferPointer { sImag in
                inputReal.withUnsafeBufferPointer { xReal in
                    inputImag.withUnsafeBufferPointer { xImag in
                        for wave in 0..<waves {
                            let active = min(lanes, tasks - wave * lanes)
                            for lane in 0..<active {
                                let task = wave * lanes + lane
                                laneSlot[lane] = task % slots
                                wordBase[lane] = (task / slots) * nb * slots + laneSlot[lane]
                                accReal[lane] = 0
                                accImag[lane] = 0
                                let kind = SpectralArithmetic.SlotKind.of(slot: laneSlot[lane], blockSize: k)
                                multiplies += kind.multiplies * nb
                                adds += kind.adds * nb
                            }
                            for j in 0..<nb {
                                let inputBase = j * slots, weightOffset = j * slots
                                for lane in 0..<active {
                                    let slot = laneSlot[lane]
                                    let word = wordBase[lane] + weightOffset
                                    SpectralArithmetic.multiplyAccumulate(
                                        accReal: &accReal[lane], accImag: &accImag[lane],
                                        sr: Int32(sReal[word]), si: Int32(sImag[word]),
                                        xr: xReal[inputBase + slot], xi: xImag[inputBase + slot],
                                        kind: SpectralArithmetic.SlotKind.of(slot: slot, blockSize: k),
                                        min: minimum, max: maximum, saturations: &saturations)
                                }
                            }
                            for lane in 0..<active {
                                let task = wave * lanes + lane
                                rowReal[task] = accReal[lane]
                                rowImag[task] = accImag[lane]
                                finish(task / slots, accReal[lane], accImag[lane])
                            }
                            inputReads += nb * min(active, slots)
                            macs += active * nb
                        }
                    }
                }
            }
        }
        stats.macs += macs
        stats.waves += waves
        stats.realMultiplies += multiplies
        stats.realAdds += adds
        stats.accumulatorUpdates += macs
        stats.saturations += saturations
        return inputReads
    }
}
