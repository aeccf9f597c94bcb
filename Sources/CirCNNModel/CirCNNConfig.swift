import ConfigSupport
import FixedPoint

/// The CirCNN baseline engine being simulated: multiplier budget and its organisation, clock,
/// block size, pipeline depths and fixed-point formats.
///
/// The budget is the PermDNN design point's (32 PEs x 8 = 256 real 16-bit multipliers,
/// `architecture.md` §1.2) so that the two engines are compared at equal multiplier count and
/// equal clock. It is spent on two kinds of unit, each built around one complex multiplier
/// (4 real multipliers; a complex product is 4 real multiplies + 2 real adds):
/// - **butterfly units** (`butterflyUnits`): one radix-2 butterfly per cycle each; they run the
///   FFT of the inputs (phase 1) and the IFFT of the block-row spectra (phase 3);
/// - **complex-MAC lanes** (`cmacLanes`): one complex multiply-accumulate per cycle each; they
///   run the element-wise spectrum products (phase 2).
///
/// Default split [ours]: 8 butterfly units + 56 CMAC lanes (32 + 224 multipliers). Phase 2 is
/// most of the work on every EIE-suite layer (`Mb*Nb*k/2` complex MACs against
/// `(Nb+Mb)*log2(k)*k/2` butterflies) and the phases run one after another, so the split that
/// minimises total cycles gives the butterflies few units; 8/56 minimises both the summed and
/// the geometric-mean EIE-suite cycles over the splits scanned (`docs/circnn-model.md` lists
/// the scan). Both counts are configurable.
public struct CirCNNConfig: Sendable, Equatable, Codable {
    /// Preset name, shown in reports.
    public var name = "circnn-256"
    /// `circnn.multiplier-budget`: real 16-bit multipliers available (the PermDNN design's 256).
    public var multiplierBudget = 256
    /// `circnn.butterfly-units`: radix-2 butterfly units (4 real multipliers each).
    public var butterflyUnits = 8
    /// `circnn.cmac-lanes`: complex multiply-accumulate lanes (4 real multipliers each).
    public var cmacLanes = 56
    /// `circnn.clock-ghz`: clock, used only to turn cycles into time (PermDNN's 1.2 GHz).
    public var clockGHz = 1.2
    /// `circnn.block-size`: circulant block size `k` for generated layers; `nil` derives it
    /// from the weight density (`defaultBlockSize(weightDensity:)`).
    public var blockSize: Int? = nil
    /// `circnn.butterfly-depth`: cycles from a butterfly's issue until a dependent butterfly
    /// may issue (operand + twiddle read, complex multiply, add/round/saturate, write back).
    public var butterflyDepth = 4
    /// `circnn.cmac-depth`: cycles from a complex MAC's issue until its accumulator holds the
    /// result (spectrum reads, complex multiply, product add, accumulate).
    public var cmacDepth = 4
    /// `circnn.normalize-depth`: extra cycles in front of the first IFFT stage (the block
    /// floating-point shifter that turns accumulators into 16-bit spectra).
    public var normalizeDepth = 1
    /// `circnn.output-depth`: extra cycles after the last IFFT stage (ReLU, output shift,
    /// saturation, output-SRAM write).
    public var outputDepth = 1
    /// `circnn.fraction-bits` (`F`) and `circnn.accumulator-bits` (`A`): 16-bit data with `F`
    /// fraction bits (activations, weights, outputs, FFT data); phase-2 accumulators of `A`
    /// bits per real/imaginary part, saturating on every add.
    ///
    /// `A` defaults to 40, not PermDNN's 32: stored spectra and (shifted) inputs both use the
    /// full 16-bit range, so one complex product alone can reach 2^31; the EIE suite's
    /// accumulators peak at 35 bits including sign (measured), leaving 5 bits of headroom.
    public var format = FixedPointFormat(fractionBits: 8, accumulatorBits: 40)
    /// `circnn.twiddle-fraction-bits` (`T`): twiddle ROM entries are 16-bit with `T` fraction
    /// bits; 14 keeps +1.0 and -1.0 exact (Q1.14).
    public var twiddleFractionBits = 14

    public init() {}

    /// The default design point.
    public static let `default` = CirCNNConfig()

    /// Real multipliers in one butterfly unit or one CMAC lane (one complex multiplier).
    public static let multipliersPerUnit = 4
    /// Largest circulant block size accepted (sizes the twiddle ROM: `k/2` entries).
    public static let maxBlockSize = 4096

    /// Real multipliers the two kinds of unit use: `4 x (butterflyUnits + cmacLanes)`.
    public var usedMultipliers: Int { Self.multipliersPerUnit * (butterflyUnits + cmacLanes) }

    /// Checks every field against its rule; the error names the field and the rule: the keys'
    /// ranges first (`CirCNNConfig.keys`), then the rules across fields and the fields that are
    /// not keys (pipeline depths, accumulator width).
    public func validate() throws {
        func check(_ ok: Bool, _ field: String, _ rule: @autoclosure () -> String) throws {
            if !ok { throw CirCNNError.invalid(field: field, rule: rule()) }
        }
        if let (field, rule) = Self.keys.firstViolation(in: self) { throw CirCNNError.invalid(field: field, rule: rule) }
        try check(usedMultipliers <= multiplierBudget, "circnn.cmac-lanes",
                  "butterfly units and CMAC lanes need 4 real multipliers each: 4 x (\(butterflyUnits) + \(cmacLanes)) = \(usedMultipliers) exceeds circnn.multiplier-budget \(multiplierBudget)")
        if let blockSize { try Self.checkBlockSize(blockSize, field: "circnn.block-size") }
        try check(butterflyDepth >= 1 && butterflyDepth <= 64, "circnn.butterfly-depth", "must be in 1...64 (got \(butterflyDepth))")
        try check(cmacDepth >= 1 && cmacDepth <= 64, "circnn.cmac-depth", "must be in 1...64 (got \(cmacDepth))")
        try check(normalizeDepth >= 0 && normalizeDepth <= 64, "circnn.normalize-depth", "must be in 0...64 (got \(normalizeDepth))")
        try check(outputDepth >= 0 && outputDepth <= 64, "circnn.output-depth", "must be in 0...64 (got \(outputDepth))")
        try check(FixedPointFormat.accumulatorBitsRange.contains(format.accumulatorBits), "circnn.accumulator-bits", "must be in 16...48 (got \(format.accumulatorBits))")
    }

    /// Throws unless `k` is a power of two in `1...maxBlockSize`; `field` names the source.
    public static func checkBlockSize(_ k: Int, field: String) throws {
        guard k >= 1, k & (k - 1) == 0 else {
            throw CirCNNError.invalid(field: field, rule: "must be a power of two (got \(k))")
        }
        guard k <= maxBlockSize else {
            throw CirCNNError.invalid(field: field, rule: "must be at most \(maxBlockSize) (got \(k))")
        }
    }

    /// The block size for a layer of this weight density: the override if set, else the power of
    /// two nearest to `1 / weightDensity` (`workloads.md` §1).
    public func resolvedBlockSize(weightDensity: Double) throws -> Int {
        if let blockSize {
            try Self.checkBlockSize(blockSize, field: "circnn.block-size")
            return blockSize
        }
        return try Self.defaultBlockSize(weightDensity: weightDensity)
    }

    /// The power of two nearest to `1 / weightDensity` (linear distance; a tie goes to the
    /// smaller `k`, which never stores fewer weights than the density asks for).
    ///
    /// alexnet-fc6 (9%): 1/0.09 = 11.1 -> 8; vgg16-fc6 (4%): 25 -> 32; alexnet-fc8 (25%): 4.
    public static func defaultBlockSize(weightDensity: Double) throws -> Int {
        guard weightDensity.isFinite, weightDensity > 0, weightDensity <= 1 else {
            throw CirCNNError.invalid(field: "weight-density", rule: "must be a number in (0, 1] to derive the CirCNN block size (got \(weightDensity))")
        }
        let inverse = 1 / weightDensity
        guard inverse <= Double(maxBlockSize) * 1.5 else {
            throw CirCNNError.invalid(field: "weight-density",
                                      rule: "gives a CirCNN block size above \(maxBlockSize) (1/\(weightDensity) = \(inverse)); set --p")
        }
        var lower = 1
        while Double(lower * 2) <= inverse { lower *= 2 }
        if lower >= maxBlockSize { return maxBlockSize }
        let upper = lower * 2
        return inverse - Double(lower) <= Double(upper) - inverse ? lower : upper
    }
}
