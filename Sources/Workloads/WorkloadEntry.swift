import ConfigSupport
import FixedPoint

/// One layer of a workload file: its spec plus the files its data comes from.
///
/// Paths are already resolved against the YAML file's directory (absolute paths are kept).
public struct WorkloadEntry: Sendable, Equatable {
    /// Shape, densities and options; `in`/`out`/`p` are filled from the weight files when given.
    public var spec: LayerSpec
    /// Dense `out x in` weights to project, or `(Mb, Nb, p)` permuted-diagonal weights with `k`.
    public var weightsPath: String?
    /// The tensor of a `.safetensors` weights file (`nil` for `.npy`).
    public var weightsTensor: String?
    /// `(Mb, Nb)` permutation values for a direct import.
    public var permutationPath: String?
    /// The input vector (`n` values); generated from the seed when absent.
    public var activationsPath: String?

    public init(spec: LayerSpec, weightsPath: String? = nil, weightsTensor: String? = nil, permutationPath: String? = nil,
                activationsPath: String? = nil) {
        self.spec = spec
        self.weightsPath = weightsPath
        self.weightsTensor = weightsTensor
        self.permutationPath = permutationPath
        self.activationsPath = activationsPath
    }

    /// The dense weights of `weights:` (and `tensor:`), for the engines that project them.
    public func denseWeights() throws -> NpyArray? {
        try weightsPath.map { try WeightFile.read(path: $0, tensor: weightsTensor) }
    }

    /// The concrete layer: generated from the seed, or imported from the entry's files.
    ///
    /// Without `weights:` the weights are `LayerGenerator.generateWeights`. With dense weights they
    /// are projected with `p = spec.resolvedBlockSize()` and the report attached; with `k:` they are
    /// imported directly (with a report of the quantisation for `fixed8` and `codebook4`). Weights
    /// are coded in `weightFormat` (PermDNN's `pe.weight-format`). Inputs are `inputActivations`,
    /// whatever the weights' source.
    public func materialize(format: FixedPointFormat, seed: UInt64, weightFormat: WeightFormat = .fixed16) throws -> Layer {
        let weights: PermutedDiagonalMatrix
        var projection: ProjectionReport?
        if let weightsPath {
            let array = try WeightFile.read(path: weightsPath, tensor: weightsTensor)
            if let permutationPath {
                (weights, projection) = try WeightImport.direct(weights: array, permutation: NpyArray.read(path: permutationPath), rows: spec.outputs,
                                                                columns: spec.inputs, format: format, name: weightsPath,
                                                                permutationSource: spec.permutation, weightFormat: weightFormat)
            } else {
                guard array.shape == [spec.outputs, spec.inputs] else {
                    throw WorkloadError.invalid(field: "weights", rule: "shape \(NpyHeader.pythonShape(array.shape)) changed since the workload was loaded (expected (\(spec.outputs), \(spec.inputs)))", location: weightsPath)
                }
                (weights, projection) = try WeightImport.project(dense: array, blockSize: spec.resolvedBlockSize(), format: format,
                                                                 permutation: spec.permutation, name: weightsPath, weightFormat: weightFormat)
            }
        } else {
            weights = try LayerGenerator.generateWeights(spec, format: format, seed: seed, weightFormat: weightFormat)
        }
        let inputs = try inputActivations(format: format, seed: seed)
        return try Layer(name: spec.name, weights: weights, activations: inputs, relu: spec.relu, projection: projection)
    }

    /// The layer's input vector: the `activations:` file when given, else the generator's
    /// (`LayerGenerator.activations`: the vector a generated layer of this spec gets, which does
    /// not depend on `p` or the weights). Every engine takes its inputs from here.
    public func inputActivations(format: FixedPointFormat, seed: UInt64) throws -> [Int16] {
        if let activationsPath {
            return try WeightImport.activations(NpyArray.read(path: activationsPath), expected: spec.inputs, format: format)
        }
        return try LayerGenerator.activations(spec, format: format, seed: seed)
    }
}
