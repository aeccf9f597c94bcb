import ConfigSupport

/// One fully connected layer, ready to simulate: `y = act(W x)` at batch 1.
public struct Layer: Sendable, Equatable {
    /// Name shown in reports (a catalogue name, a file entry's name, or `custom`).
    public var name: String
    /// The block permuted-diagonal weights in fixed point.
    public var weights: PermutedDiagonalMatrix
    /// The input vector `x` (`n` values) in the same fixed-point format.
    public var activations: [Int16]
    /// Whether the drain applies ReLU before requantisation.
    public var relu: Bool
    /// When the weights came from a dense matrix: how much the projection lost.
    public var projection: ProjectionReport?

    public init(name: String, weights: PermutedDiagonalMatrix, activations: [Int16], relu: Bool,
                projection: ProjectionReport? = nil) throws {
        guard activations.count == weights.columns else {
            throw WorkloadError.invalid(field: "activations", rule: "needs \(weights.columns) values (the layer's inputs), got \(activations.count)")
        }
        self.name = name
        self.weights = weights
        self.activations = activations
        self.relu = relu
        self.projection = projection
    }

    /// Fraction of inputs that are non-zero.
    public var activationDensity: Double {
        Double(activations.lazy.filter { $0 != 0 }.count) / Double(activations.count)
    }
}

/// What projecting a dense matrix onto the permuted-diagonal structure lost.
public struct ProjectionReport: Sendable, Equatable, Codable {
    /// `||W - P(W)||_F / ||W||_F`, in real numbers before quantisation (0 when `W` is 0).
    public var relativeError: Double
    /// Fraction of `||W||_F^2` kept by the chosen diagonals.
    public var retainedEnergy: Double
    /// `||P(W) - Q(P(W))||_F / ||W||_F`: what quantisation of the kept weights to the weight
    /// format lost (`WeightQuantizer`: 16-bit codes, 8-bit codes with a shift, or a 16-entry codebook).
    public var quantizationError: Double
    /// Kept weights that were clipped to the format's range by quantisation (16 bits; `fixed8`:
    /// 8-bit codes at the largest shift).
    public var saturatedWeights: Int

    public init(relativeError: Double, retainedEnergy: Double, quantizationError: Double, saturatedWeights: Int) {
        self.relativeError = relativeError
        self.retainedEnergy = retainedEnergy
        self.quantizationError = quantizationError
        self.saturatedWeights = saturatedWeights
    }
}
