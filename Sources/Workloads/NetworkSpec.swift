import ConfigSupport
/// A list of layers run in order, each layer's output (after its ReLU) being the next layer's input.
///
/// Only the first layer's activation settings are used; later layers get real, data-dependent
/// activation sparsity from the previous layer (`shared/spec/workloads.md` §3).
public struct NetworkSpec: Sendable, Equatable {
    public var name: String
    public var layers: [LayerSpec]
    public var origin: String

    public init(name: String, layers: [LayerSpec], origin: String) {
        self.name = name
        self.layers = layers
        self.origin = origin
    }

    /// Checks every layer and that each layer's `in` equals the previous layer's `out`.
    public func validate() throws {
        guard !layers.isEmpty else { throw WorkloadError.invalid(field: "layers", rule: "network '\(name)' must have at least one layer") }
        for (index, layer) in layers.enumerated() {
            do {
                try layer.validate()
            } catch let WorkloadError.invalid(field, rule, location) {
                throw WorkloadError.invalid(field: "layers[\(index)].\(field)", rule: rule, location: location)
            }
            if index > 0, layer.inputs != layers[index - 1].outputs {
                throw WorkloadError.invalid(
                    field: "layers[\(index)].in",
                    rule: "must equal the previous layer's out \(layers[index - 1].outputs) (layer '\(layer.name)' has in = \(layer.inputs))")
            }
        }
    }
}
