/// Every event the CirCNN engine counted, grouped by the block that did it.
public struct CirCNNStats: Sendable, Equatable, Codable {
    /// Butterfly units in phase 1 (FFT of the input blocks).
    public var fft = ButterflyUnits.Stats()
    /// Complex-MAC lanes in phase 2.
    public var cmac = ComplexMACLanes.Stats()
    /// Butterfly units in phase 3 (IFFT of the block-rows).
    public var ifft = ButterflyUnits.Stats()
    public var normalizer = SpectrumNormalizer.Stats()
    public var output = CirCNNOutputStage.Stats()
    public var memory = CirCNNMemoryStats()

    public init() {}

    /// Real 16x16 multiplies over all phases.
    public var realMultiplies: Int { fft.realMultiplies + cmac.realMultiplies + ifft.realMultiplies }
    /// Real adds over all phases (butterflies and MACs; rounding constants are folded in).
    public var realAdds: Int { fft.realAdds + cmac.realAdds + ifft.realAdds }
}

/// The result of running one layer on the CirCNN engine.
public struct CirCNNResult: Sendable, Equatable {
    /// The layer's outputs (`m` values, padding rows dropped).
    public var outputs: [Int16]
    /// Phase 1: FFT of every input block.
    public var fftPhase: CirCNNPhaseTiming
    /// Phase 2: element-wise complex MACs into the block-row spectra.
    public var cmacPhase: CirCNNPhaseTiming
    /// Phase 3: IFFT of every block-row (with the normaliser in front and the output stage behind).
    public var ifftPhase: CirCNNPhaseTiming
    public var stats: CirCNNStats
    /// Block floating-point exponent `s_i` of every block-row (for the error bound).
    public var rowShifts: [Int]
    /// The layer's input exponent `a` (inputs enter the FFT shifted left by `a`).
    public var inputShift: Int
    /// Circulant block size `k`, block-rows `Mb`, block-columns `Nb`.
    public var blockSize: Int
    public var blockRows: Int
    public var blockColumns: Int
    /// Zero rows and columns the layer was padded with.
    public var paddedRows: Int
    public var paddedColumns: Int
    /// The engine's clock, to turn cycles into time.
    public var clockGHz: Double
    /// Real multipliers of the design (the budget), for utilisation.
    public var multiplierBudget: Int

    /// Total cycles: the three phases back to back.
    public var cycles: Int { fftPhase.cycles + cmacPhase.cycles + ifftPhase.cycles }
    /// Latency in microseconds at `clockGHz`.
    public var latencyMicroseconds: Double { Double(cycles) / (clockGHz * 1000) }
    /// Real multiplies over the multiplier budget's capacity for the whole run.
    /// Mean issue slots per unit over the busiest unit's, over the three phases: each phase's
    /// used slots divided by its units, over its issue cycles (unit 0 issues in every issue
    /// cycle: the schedule fills units from the lowest), summed over phases.
    public var loadBalance: Double {
        let phases = [fftPhase, cmacPhase, ifftPhase]
        let busiest = phases.reduce(0) { $0 + $1.issueCycles }
        guard busiest > 0 else { return 1 }
        let mean = phases.reduce(0.0) { $0 + ($1.units > 0 ? Double($1.usedSlots) / Double($1.units) : 0) }
        return mean / Double(busiest)
    }

    public var multiplierUtilization: Double {
        cycles == 0 ? 0 : Double(stats.realMultiplies) / Double(cycles * multiplierBudget)
    }
}
