/// Accesses to the engine's memories, counted for the cost model (`architecture.md` §4).
///
/// Units: one access moves one element of the memory's word: a 16-bit activation or output, a
/// 32-bit spectrum word (two 16-bit parts), a 16-bit complex-pair twiddle entry, a `2 x A`-bit
/// accumulator pair. Sizes (for the cost model): activation SRAM `n` x 16 bits; weight
/// spectrum SRAM `Mb * Nb * k/2` x 32 bits; twiddle ROM `k/2` x 32 bits; work buffer
/// `max(Nb, Mb) * k` x 32 bits; input-spectrum buffer `Nb * k/2` x 32 bits; row-spectrum
/// buffer `Mb * k/2` x `2A` bits; output SRAM `m` x 16 bits.
public struct CirCNNMemoryStats: Sendable, Equatable, Codable {
    /// Activation SRAM reads: each input once (phase 1), or once per lane-wave cycle when
    /// `k = 1` (phase 2 then reads the inputs directly).
    public var activationReads = 0
    /// Stored weight-spectrum SRAM reads: one word per complex MAC.
    public var spectrumReads = 0
    /// Twiddle ROM reads: one per butterfly (phases 1 and 3).
    public var twiddleReads = 0
    /// FFT work-buffer reads and writes: stages between the first and the last.
    public var workBufferReads = 0
    public var workBufferWrites = 0
    /// Input-spectrum buffer: written by phase 1 (`k/2` words per block), read by phase 2.
    public var inputSpectrumWrites = 0
    public var inputSpectrumReads = 0
    /// Row-spectrum buffer: written at the end of each phase-2 task, read by phase 3's
    /// first stage (one read per operand, so a word and its Hermitian mirror read twice).
    public var rowSpectrumWrites = 0
    public var rowSpectrumReads = 0
    /// Output SRAM writes (`m`).
    public var outputWrites = 0
    public init() {}
}
