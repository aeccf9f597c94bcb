import ConfigSupport
/// The built-in workloads, chosen by name (`permsim list` shows them).
///
/// One table in one file: the EIE benchmark suite (the comparison workloads), modern transformer
/// layers, and the multi-layer networks built from them. Sources: `shared/spec/workloads.md`.
public enum WorkloadCatalog {
    private static let eieOrigin = "EIE benchmark table (Han et al., ISCA 2016)"

    /// The nine layers of the EIE benchmark table, shapes and densities as published.
    /// AlexNet/VGG-16 inputs follow a ReLU (non-negative); NeuralTalk inputs are dense and signed.
    public static let eieSuite: [LayerSpec] = [
        eie("alexnet-fc6", 9216, 4096, 0.09, 0.351, .nonNegative, "AlexNet FC6"),
        eie("alexnet-fc7", 4096, 4096, 0.09, 0.353, .nonNegative, "AlexNet FC7"),
        eie("alexnet-fc8", 4096, 1000, 0.25, 0.375, .nonNegative, "AlexNet FC8"),
        eie("vgg16-fc6", 25088, 4096, 0.04, 0.183, .nonNegative, "VGG-16 FC6"),
        eie("vgg16-fc7", 4096, 4096, 0.04, 0.375, .nonNegative, "VGG-16 FC7"),
        eie("vgg16-fc8", 4096, 1000, 0.23, 0.411, .nonNegative, "VGG-16 FC8"),
        eie("neuraltalk-we", 4096, 600, 0.10, 1.0, .signed, "NeuralTalk word embedding"),
        eie("neuraltalk-wd", 600, 8791, 0.11, 1.0, .signed, "NeuralTalk word decoder"),
        eie("neuraltalk-lstm", 1201, 2400, 0.10, 1.0, .signed, "NeuralTalk LSTM"),
    ]

    /// Transformer linear layers beyond the papers (`workloads.md` §2).
    ///
    /// ViT-B/16 at p = 10 (90% diagonal-structured sparsity, as studied by DynaDiag, ICML 2025);
    /// inputs after LayerNorm are dense and signed. fc1 is followed by GELU, which the engine does
    /// not model: it applies ReLU instead (a ReLU-fied MLP), the other layers have no activation.
    /// The 7B decoder MLP's p = 8 is our assumption, as is the 10% density of the ReLU-fied `down`.
    public static let modern: [LayerSpec] = [
        vit("vit-b16-qkv", 768, 2304, relu: false, "ViT-B/16 attention qkv"),
        vit("vit-b16-proj", 768, 768, relu: false, "ViT-B/16 attention proj"),
        vit("vit-b16-fc1", 768, 3072, relu: true, "ViT-B/16 mlp.fc1; GELU replaced by ReLU [ours]"),
        vit("vit-b16-fc2", 3072, 768, relu: false, "ViT-B/16 mlp.fc2; input after GELU taken as dense [ours]"),
        llm("llm7b-gate", 4096, 11008, 1.0, .signed, "7B decoder MLP gate_proj (SiLU not modelled)"),
        llm("llm7b-up", 4096, 11008, 1.0, .signed, "7B decoder MLP up_proj"),
        llm("llm7b-down", 11008, 4096, 1.0, .signed, "7B decoder MLP down_proj"),
        llm("llm7b-down-relufied", 11008, 4096, 0.1, .nonNegative,
            "7B decoder MLP down_proj of a ReLU-fied model; 10% input density is our assumption"),
    ]

    /// Multi-layer networks whose later activations come from the data.
    public static let networks: [NetworkSpec] = [
        NetworkSpec(name: "alexnet-classifier", layers: layers("alexnet-fc6", "alexnet-fc7", "alexnet-fc8"),
                    origin: "AlexNet classifier FC6 -> FC7 -> FC8 (EIE suite shapes)"),
        NetworkSpec(name: "vgg16-classifier", layers: layers("vgg16-fc6", "vgg16-fc7", "vgg16-fc8"),
                    origin: "VGG-16 classifier FC6 -> FC7 -> FC8 (EIE suite shapes)"),
        NetworkSpec(name: "vit-b16-mlp", layers: layers("vit-b16-fc1", "vit-b16-fc2"),
                    origin: "ViT-B/16 MLP fc1 -> fc2, ReLU-fied (ReLU after fc1 instead of GELU) [ours]"),
    ]

    /// The catalogue layer called `name`; throws with the nearest known name when there is none.
    public static func layer(named name: String) throws -> LayerSpec {
        if let spec = (eieSuite + modern).first(where: { $0.name == name }) { return spec }
        if networks.contains(where: { $0.name == name }) {
            throw WorkloadError.invalid(field: "workload", rule: "'\(name)' is a network, not a layer (see permsim list)")
        }
        throw unknown(name, candidates: (eieSuite + modern).map(\.name))
    }

    /// The catalogue network called `name`; throws with the nearest known name when there is none.
    public static func network(named name: String) throws -> NetworkSpec {
        if let network = networks.first(where: { $0.name == name }) { return network }
        if (eieSuite + modern).contains(where: { $0.name == name }) {
            throw WorkloadError.invalid(field: "workload", rule: "'\(name)' is a layer, not a network (see permsim list)")
        }
        throw unknown(name, candidates: networks.map(\.name) + RealNetwork.all.map(\.name))
    }

    private static func unknown(_ name: String, candidates: [String]) -> WorkloadError {
        if let suggestion = NameSuggestion.nearest(to: name, in: candidates) {
            return .invalid(field: "workload", rule: "unknown name '\(name)'; did you mean '\(suggestion)'? (see permsim list)")
        }
        return .invalid(field: "workload", rule: "unknown name '\(name)' (see permsim list)")
    }

    private static func eie(_ name: String, _ inputs: Int, _ outputs: Int, _ weightDensity: Double, _ activationDensity: Double,
                            _ sign: ActivationSign, _ model: String) -> LayerSpec {
        LayerSpec(name: name, inputs: inputs, outputs: outputs, weightDensity: weightDensity, activationDensity: activationDensity,
                  relu: true, activationSign: sign, origin: "\(eieOrigin): \(model)")
    }

    private static func vit(_ name: String, _ inputs: Int, _ outputs: Int, relu: Bool, _ model: String) -> LayerSpec {
        LayerSpec(name: name, inputs: inputs, outputs: outputs, weightDensity: 0.1, activationDensity: 1.0, blockSize: 10,
                  relu: relu, activationSign: .signed, origin: "\(model); p = 10 after DynaDiag (ICML 2025)")
    }

    private static func llm(_ name: String, _ inputs: Int, _ outputs: Int, _ activationDensity: Double,
                            _ sign: ActivationSign, _ model: String) -> LayerSpec {
        LayerSpec(name: name, inputs: inputs, outputs: outputs, weightDensity: 0.125, activationDensity: activationDensity,
                  blockSize: 8, relu: false, activationSign: sign, origin: "\(model); p = 8 (12.5% weights) is our assumption")
    }

    /// Catalogue layers by name, for the network table (names are checked by the catalogue tests).
    private static func layers(_ names: String...) -> [LayerSpec] {
        names.compactMap { name in (eieSuite + modern).first { $0.name == name } }
    }
}
