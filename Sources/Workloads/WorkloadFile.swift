import ConfigSupport
import FixedPoint
import Foundation
import Yams

/// A YAML workload file: independent layers (`layers:`) or one network (`network:`).
///
/// ```yaml
/// layers:
///   - name: my-fc          # required, unique
///     in: 1024             # required unless weights: is given
///     out: 512
///     weight-density: 0.1  # or p: 10 (one of them unless weights+k give p)
///     act-density: 0.3     # default 1.0
///     relu: true           # default true
///     activation-sign: non-negative   # or signed
///     permutation: stored  # or formula
///     weights: w.npy       # dense out x in (projected), or (Mb, Nb, p) with k:
///     k: k.npy
///     activations: x.npy
/// ```
/// Every problem is reported as one line `file:line: path.key: rule`. Weight and activation
/// files are checked (header only) at load time so shape mistakes point at the YAML line.
public struct WorkloadFile: Sendable, Equatable {
    public var entries: [WorkloadEntry]
    public var isNetwork: Bool
    /// The network's name when `isNetwork`.
    public var networkName: String?
    /// The file name used in messages and in each spec's `origin`.
    public var fileName: String

    static let entryKeys = ["name", "in", "out", "weight-density", "p", "act-density", "relu", "activation-sign", "permutation",
                            "weights", "tensor", "k", "activations"]
    /// Keys that describe a layer's input, which in a network only the first layer has.
    static let inputKeys = ["act-density", "activation-sign", "activations"]

    /// Reads and parses the file at `path`; relative data paths resolve against its directory.
    public static func load(path: String) throws -> WorkloadFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkloadError.invalid(field: "file", rule: "cannot be read (missing or not a file)", location: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw WorkloadError.invalid(field: "file", rule: "is not UTF-8 text", location: path)
        }
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        return try parse(yaml: text, name: path, baseDirectory: path.hasPrefix("/") && directory.isEmpty ? "/" : directory)
    }

    /// Parses workload YAML; `name` labels errors, `baseDirectory` anchors relative data paths
    /// (empty or `.` keeps them relative to the working directory).
    public static func parse(yaml: String, name: String, baseDirectory: String) throws -> WorkloadFile {
        let root = try YAMLMapping(node: YAMLMapping.parseDocument(yaml, file: name), path: "", file: name)
        try root.rejectUnknownKeys(["layers", "network"])
        let context = Context(file: name, baseDirectory: baseDirectory)
        switch (root.contains("layers"), root.contains("network")) {
        case (true, false):
            let items = try root.mappings("layers") ?? []
            guard !items.isEmpty else { throw root.error("layers", "must list at least one layer") }
            let entries = try context.entries(items, inNetwork: false)
            return WorkloadFile(entries: entries, isNetwork: false, networkName: nil, fileName: name)
        case (false, true):
            guard let network = try root.mapping("network") else { throw root.error("network", "must be a mapping") }
            try network.rejectUnknownKeys(["name", "layers"])
            guard let networkName = try network.string("name"), !networkName.isEmpty else {
                throw network.error("name", "is required (the network's name)")
            }
            guard let items = try network.mappings("layers"), !items.isEmpty else {
                throw network.error("layers", "must list at least one layer")
            }
            let entries = try context.entries(items, inNetwork: true)
            for index in entries.indices.dropFirst() where entries[index].spec.inputs != entries[index - 1].spec.outputs {
                throw items[index].error("in", "must equal the previous layer's out \(entries[index - 1].spec.outputs) (got \(entries[index].spec.inputs))")
            }
            return WorkloadFile(entries: entries, isNetwork: true, networkName: networkName, fileName: name)
        default:
            throw WorkloadError.invalid(field: "document", rule: "must have exactly one of layers: (independent layers) or network: (layers feeding each other)",
                                        location: YAMLMapping.location(file: name, line: root.line))
        }
    }

    /// The concrete layer of `entry` (see `WorkloadEntry.materialize`).
    public func materialize(_ entry: WorkloadEntry, format: FixedPointFormat, seed: UInt64) throws -> Layer {
        try entry.materialize(format: format, seed: seed)
    }

    /// The network this file describes, when `isNetwork`.
    public var network: NetworkSpec? {
        guard isNetwork, let networkName else { return nil }
        return NetworkSpec(name: networkName, layers: entries.map(\.spec), origin: "workload file \(fileName)")
    }
}

/// Parsing state shared by the entries of one file.
private struct Context {
    let file: String
    let baseDirectory: String

    func entries(_ items: [YAMLMapping], inNetwork: Bool) throws -> [WorkloadEntry] {
        var entries: [WorkloadEntry] = []
        var firstUse: [String: String] = [:]
        for (index, item) in items.enumerated() {
            let entry = try self.entry(item, laterInNetwork: inNetwork && index > 0)
            if let previous = firstUse[entry.spec.name] {
                throw item.error("name", "'\(entry.spec.name)' is already used by \(previous); names must be unique")
            }
            firstUse[entry.spec.name] = item.path
            entries.append(entry)
        }
        return entries
    }

    private func entry(_ item: YAMLMapping, laterInNetwork: Bool) throws -> WorkloadEntry {
        try item.rejectUnknownKeys(WorkloadFile.entryKeys)
        if laterInNetwork, let key = WorkloadFile.inputKeys.first(where: item.contains) {
            throw item.error(key, "only a network's first layer takes inputs; later layers get the previous layer's output")
        }
        guard let name = try item.string("name"), !name.isEmpty else { throw item.error("name", "is required") }
        var inputs = try item.int("in")
        var outputs = try item.int("out")
        let density = try item.double("weight-density", in: 0...1)
        var blockSize = try item.int("p")
        let activationDensity = try item.double("act-density", in: 0...1) ?? 1.0
        let relu = try item.bool("relu") ?? true
        let sign: ActivationSign = try item.choice("activation-sign", from: ["non-negative", "signed"]) == "signed" ? .signed : .nonNegative
        let permutation: PermutationSource = try item.choice("permutation", from: ["stored", "formula"]) == "formula" ? .formula : .stored
        let weightsPath = try item.string("weights").map(resolve)
        let weightsTensor = try item.string("tensor")
        if weightsTensor != nil, weightsPath == nil { throw item.error("tensor", "names a tensor of the weights: file; give weights: too") }
        let permutationPath = try item.string("k").map(resolve)
        let activationsPath = try item.string("activations").map(resolve)

        if let weightsPath {
            let weights = (shape: try WeightFile.shape(path: weightsPath, tensor: weightsTensor), ())
            if let permutationPath {
                let k = try NpyArray.readHeader(path: permutationPath)
                let shape = try WeightImport.directShape(weights: weights.shape, permutation: k.shape, rows: outputs, columns: inputs,
                                                         weightsName: weightsPath, permutationName: permutationPath)
                if let blockSize, blockSize != shape.blockSize {
                    throw item.error("p", "must equal the weights file's p = \(shape.blockSize) (got \(blockSize))")
                }
                if blockSize == nil, let density, LayerSpec(name: name, inputs: 1, outputs: 1, weightDensity: density).resolvedBlockSize() != shape.blockSize {
                    throw item.error("weight-density", "gives a different p than the weights file's p = \(shape.blockSize); remove it or set p")
                }
                (inputs, outputs, blockSize) = (shape.columns, shape.rows, shape.blockSize)
            } else {
                guard weights.shape.count == 2 else {
                    throw item.error("weights", "\(weightsPath) has shape \(NpyHeader.pythonShape(weights.shape)); a dense matrix must be 2-D out x in (give k: for (Mb, Nb, p) weights)")
                }
                for (key, size, value) in [("out", weights.shape[0], outputs), ("in", weights.shape[1], inputs)] {
                    if let value, value != size {
                        throw item.error(key, "must equal the weights file's \(key == "out" ? "rows" : "columns") \(size) (got \(value))")
                    }
                }
                (outputs, inputs) = (weights.shape[0], weights.shape[1])
            }
        } else if permutationPath != nil {
            throw item.error("k", "needs weights: (the (Mb, Nb, p) weights these permutation values belong to)")
        }
        guard let inputs else { throw item.error("in", "is required (or give weights:)") }
        guard let outputs else { throw item.error("out", "is required (or give weights:)") }
        guard blockSize != nil || density != nil else {
            throw WorkloadError.invalid(field: item.path, rule: "needs weight-density: or p: (the block size p = round(1 / weight-density))",
                                        location: YAMLMapping.location(file: file, line: item.line))
        }
        let spec = LayerSpec(name: name, inputs: inputs, outputs: outputs,
                             weightDensity: density ?? 1 / Double(max(1, blockSize ?? 1)),
                             activationDensity: activationDensity, blockSize: blockSize, relu: relu, activationSign: sign,
                             permutation: permutation, origin: YAMLMapping.location(file: file, line: item.line))
        do {
            try spec.validate()
        } catch let WorkloadError.invalid(field, rule, _) {
            throw item.error(field, rule)
        }
        if let activationsPath {
            let header = try NpyArray.readHeader(path: activationsPath)
            guard [[inputs], [1, inputs], [inputs, 1]].contains(header.shape) else {
                throw item.error("activations", "\(activationsPath) has shape \(NpyHeader.pythonShape(header.shape)); needs (\(inputs),), (1, \(inputs)) or (\(inputs), 1) for in = \(inputs)")
            }
        }
        return WorkloadEntry(spec: spec, weightsPath: weightsPath, weightsTensor: weightsTensor, permutationPath: permutationPath,
                             activationsPath: activationsPath)
    }

    private func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || baseDirectory.isEmpty || baseDirectory == "." { return path }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }
}
