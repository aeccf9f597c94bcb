import CirCNNModel
import ConfigSupport
import EIEModel
import Workloads

extension Simulation {
    /// The layer a source describes, generated or imported exactly as `run` would build it (the
    /// same overrides, seed, checks and memory limit): for tools that drive engines themselves,
    /// such as the RTL co-simulation.
    public func layer(for source: LayerSource) throws -> Layer {
        try materialize(source)
    }
}

extension Simulation {
    /// The EIE layer of a source, as `run --engine eie` builds it: generated at the spec's
    /// density, or a dense `.npy` matrix pruned by magnitude (an already sparse one kept) with
    /// its 16-entry codebook; the inputs every engine sees.
    public func eieLayer(for source: LayerSource, config: EIEConfig) throws -> EIELayer {
        try materializeEIE(source, config: config)
    }

    /// The CirCNN layer of a source, as `run --engine circnn` builds it: generated, or a dense
    /// `.npy` matrix projected onto circulant blocks of `k` = the power of two nearest
    /// `1 / density` (or `config.blockSize`). `input`, when given (a network's previous output),
    /// replaces the inputs before a projection uses them.
    public func circnnLayer(for source: LayerSource, config circnn: CirCNNConfig, input: [Int16]? = nil) throws -> CirCNNLayer {
        var activations: [Int16]
        let spec: LayerSpec
        var denseWeights: NpyArray? = nil
        switch source {
        case let .generated(generated):
            spec = resolve(generated)
            activations = try LayerGenerator.activations(spec, format: circnn.format, seed: seed)
        case var .file(entry):
            entry.spec = resolve(entry.spec)
            guard entry.permutationPath == nil else {
                throw ConfigError.invalid(field: "k", rule: "layer '\(entry.spec.name)' has permuted-diagonal weights with k values; CirCNN needs a dense weights matrix")
            }
            spec = entry.spec
            activations = try entry.inputActivations(format: circnn.format, seed: seed)
            if let path = entry.weightsPath { denseWeights = try NpyArray.read(path: path) }
        }
        if let input { activations = input }
        if let denseWeights {
            let k = try circnn.resolvedBlockSize(weightDensity: spec.weightDensity)
            return try CirCNNLayer.fromDense(weights: denseWeights, blockSize: k, activations: activations,
                                             relu: spec.relu, format: circnn.format, name: spec.name)
        }
        let layer = try CirCNNLayer.generate(spec: spec, blockSize: circnn.blockSize, format: circnn.format, seed: seed)
        guard layer.activations != activations else { return layer }
        return try CirCNNLayer(name: layer.name, rows: layer.rows, columns: layer.columns, blockSize: layer.blockSize,
                               weights: layer.weights, activations: activations, relu: layer.relu,
                               format: circnn.format, projection: layer.projection)
    }
}
