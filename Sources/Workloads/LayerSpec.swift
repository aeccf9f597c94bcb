import ConfigSupport
import Foundation

/// Whether generated input activations can be negative.
///
/// `nonNegative` models inputs that come after a ReLU; `signed` models inputs after LayerNorm,
/// GELU/SiLU or an embedding (the NeuralTalk and transformer layers).
public enum ActivationSign: String, Codable, Sendable, CaseIterable {
    case nonNegative
    case signed
}

/// The description of one fully connected layer, before any weights exist.
///
/// A spec names the shape and densities; `LayerGenerator` turns it into concrete weights and
/// activations from a seed. Field names in validation errors are the YAML keys (`in`, `out`,
/// `weight-density`, `act-density`, `p`) so that the workload-file loader can point at the line.
public struct LayerSpec: Sendable, Hashable, Codable {
    /// Name shown in reports; also labels the layer's random stream (`SplitMix64.derive`).
    public var name: String
    /// Input columns `n`.
    public var inputs: Int
    /// Output rows `m`.
    public var outputs: Int
    /// Fraction of weights kept; sets the default block size `p = round(1 / density)`.
    public var weightDensity: Double
    /// Fraction of inputs that are non-zero (exactly `round(density * n)` of them when generated).
    public var activationDensity: Double
    /// Block size override; `nil` derives `p` from `weightDensity`.
    public var blockSize: Int?
    /// Whether the drain applies ReLU to this layer's outputs.
    public var relu: Bool
    /// Whether generated activations may be negative.
    public var activationSign: ActivationSign
    /// Where the block permutation values come from.
    public var permutation: PermutationSource
    /// Where the shape and densities come from (paper, model, or "ours" with the assumption).
    public var origin: String

    public init(name: String, inputs: Int, outputs: Int, weightDensity: Double, activationDensity: Double = 1.0,
                blockSize: Int? = nil, relu: Bool = true, activationSign: ActivationSign = .nonNegative,
                permutation: PermutationSource = .stored, origin: String = "") {
        self.name = name
        self.inputs = inputs
        self.outputs = outputs
        self.weightDensity = weightDensity
        self.activationDensity = activationDensity
        self.blockSize = blockSize
        self.relu = relu
        self.activationSign = activationSign
        self.permutation = permutation
        self.origin = origin
    }

    /// The block size `p`: the override, else `max(1, round(1 / weightDensity))` (half away from zero).
    ///
    /// Total for any field values (an invalid density yields 1 or a huge `p` that `validate()`
    /// then rejects), so callers can show it before validating.
    public func resolvedBlockSize() -> Int {
        if let blockSize { return blockSize }
        guard weightDensity > 0 else { return weightDensity.isNaN ? 1 : Int(Int32.max) }
        let inverse = (1 / weightDensity).rounded()
        guard inverse < Double(Int32.max) else { return Int(Int32.max) }
        return max(1, Int(inverse))
    }

    /// Checks every field; throws `WorkloadError.invalid` naming the field (its YAML key) and the rule.
    public func validate() throws {
        try checkNameAndInputs()
        guard outputs >= 1 else { throw WorkloadError.invalid(field: "out", rule: "must be at least 1 (got \(outputs))") }
        guard weightDensity > 0, weightDensity <= 1 else {
            throw WorkloadError.invalid(field: "weight-density", rule: "must be a number in (0, 1] (got \(weightDensity))")
        }
        try checkActivationDensity()
        let larger = max(inputs, outputs)
        let p = resolvedBlockSize()
        if let blockSize {
            guard blockSize >= 1 else { throw WorkloadError.invalid(field: "p", rule: "must be at least 1 (got \(blockSize))") }
            guard blockSize <= larger else {
                throw WorkloadError.invalid(field: "p", rule: "must not exceed the layer's larger dimension \(larger) (got \(blockSize))")
            }
        } else if p > larger {
            let exact = (1 / weightDensity).rounded()
            let shown = exact < 1e15 ? String(Int(exact)) : String(format: "%.3g", exact)
            throw WorkloadError.invalid(
                field: "weight-density",
                rule: "gives p = round(1/\(weightDensity)) = \(shown), but p must not exceed the layer's larger dimension \(larger); set p or a larger density")
        }
        guard p <= Int(Int32.max) else {
            throw WorkloadError.invalid(field: blockSize == nil ? "weight-density" : "p", rule: "gives p = \(p); p must be at most \(Int32.max) (permutation values are 32-bit)")
        }
        guard LayerGenerator.estimatedBytes(self) < Int.max else {
            throw WorkloadError.invalid(field: "in", rule: "layer \(outputs) x \(inputs) is too large to represent")
        }
    }

    /// Checks only the fields the generated input vector depends on: `name`, `in`, `act-density`
    /// (`validate()` checks them too, with the others).
    public func validateInputSide() throws {
        try checkNameAndInputs()
        try checkActivationDensity()
    }

    private func checkNameAndInputs() throws {
        guard !name.isEmpty else { throw WorkloadError.invalid(field: "name", rule: "must not be empty") }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw WorkloadError.invalid(field: "name", rule: "must not contain control characters such as a newline or tab (got \(name.debugDescription))")
        }
        guard inputs >= 1 else { throw WorkloadError.invalid(field: "in", rule: "must be at least 1 (got \(inputs))") }
    }

    private func checkActivationDensity() throws {
        guard activationDensity >= 0, activationDensity <= 1 else {
            throw WorkloadError.invalid(field: "act-density", rule: "must be a number in [0, 1] (got \(activationDensity))")
        }
    }
}
