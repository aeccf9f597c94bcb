/// The closed-form cycle estimate printed beside the simulated count.
///
/// With `nnz` non-zero inputs, `W = ceil(n / S)` activation words, the critical PE's
/// `S_0 = ceil(B_0 / N_MUL)` slots per column and `D = ceil(B_0 * p / N_MUL)` drain cycles:
/// - `nnz > 0`: `2 (fill: first word read, first broadcast) + nnz * S_0 (issue)
///   + 3 (tail: WRD, MUL, ACC of the last slot; 4 with the DEC stage of `fixed8` and
///   `codebook4`: WRD, DEC, MUL, ACC) + D`;
/// - `nnz = 0`: `W + D` (the NZD reads every word, then the drain).
/// It assumes the critical PE never starves. The simulated count exceeds it by exactly the
/// critical PE's idle cycles beyond those 5 (6 with a DEC stage; NZD word reads it could not hide, trailing
/// all-zero words), counted as `TileResult.bubbleCycles`. Source: `architecture.md` §1.2
/// ("total cycles = fill + sum over non-zero columns + bubbles + drain").
public enum AnalyticModel {
    public static let fillCycles = 2
    public static let pipelineTailCycles = 3

    /// The tail after the last issue: WRD, MUL, ACC, and DEC when the weight format has it.
    public static func tailCycles(decodeStage: Bool) -> Int { pipelineTailCycles + (decodeStage ? 1 : 0) }

    public static func tileCycles(nonZeroInputs nnz: Int, words: Int, slotsPerColumn: Int, drainCycles: Int,
                                  decodeStage: Bool = false) -> Int {
        guard nnz > 0 else { return words + drainCycles }
        return fillCycles + nnz * slotsPerColumn + tailCycles(decodeStage: decodeStage) + drainCycles
    }

    /// The double-buffered DRAM schedule: tile `t`'s transfer starts when the previous transfer
    /// is done and its buffer is free (tile `t-2` finished); tile `t` computes once its weights
    /// are in and tile `t-1` is done. Returns the end of the last tile's compute.
    /// With one on-chip tile there is no transfer (weights are resident).
    public static func schedule(computeCycles: [Int], transferCycles: [Int]) -> Int {
        var transferEnd = 0
        var computeEnds: [Int] = []
        for t in computeCycles.indices {
            let bufferFree = t >= 2 ? computeEnds[t - 2] : 0
            transferEnd = max(transferEnd, bufferFree) + transferCycles[t]
            let start = max(t >= 1 ? computeEnds[t - 1] : 0, transferEnd)
            computeEnds.append(start + computeCycles[t])
        }
        return computeEnds.last ?? 0
    }
}
