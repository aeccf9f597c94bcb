import ConfigSupport
import Foundation
import Workloads

/// Which layers a run (or a comparison, or a sweep) uses, turned into jobs one way for all.
///
/// Order: the suite's layers, then catalogue layers, then the workload file's entries, then
/// catalogue networks, then the custom layer; a layer or network named twice runs once. With
/// nothing selected, the EIE suite. Independent layers are one job each; a network's layers
/// are one job, chained on each engine (`NetworkChain`).
public struct WorkloadSelection: Sendable, Equatable {
    /// The named suites `--suite` takes.
    public enum Suite: String, Sendable, CaseIterable {
        case eie
        case modern

        public var layers: [LayerSpec] {
            switch self {
            case .eie: return WorkloadCatalog.eieSuite
            case .modern: return WorkloadCatalog.modern
            }
        }

        public var title: String {
            switch self {
            case .eie: return "the EIE benchmark suite (Han et al., ISCA 2016)"
            case .modern: return "the modern transformer suite (workloads.md section 2)"
            }
        }
    }

    /// A layer described by options: a shape and densities (`--in --out --weight-density
    /// --act-density --p`), and/or real data (`--weights`, `--activations` `.npy` files).
    public struct CustomLayer: Sendable, Equatable {
        public var inputs: Int?
        public var outputs: Int?
        public var weightDensity: Double?
        public var activationDensity: Double?
        public var blockSize: Int?
        public var weights: String?
        /// The tensor of a `.safetensors` weights file.
        public var tensor: String?
        public var activations: String?

        public init(inputs: Int? = nil, outputs: Int? = nil, weightDensity: Double? = nil, activationDensity: Double? = nil,
                    blockSize: Int? = nil, weights: String? = nil, tensor: String? = nil, activations: String? = nil) {
            self.inputs = inputs
            self.outputs = outputs
            self.weightDensity = weightDensity
            self.activationDensity = activationDensity
            self.blockSize = blockSize
            self.weights = weights
            self.tensor = tensor
            self.activations = activations
        }

        /// Whether only the structure's density (`--weight-density` or `--p`) is given: with a
        /// real network selected, it is that network's density, not a layer of its own.
        public var setsOnlyStructure: Bool {
            inputs == nil && outputs == nil && activationDensity == nil && weights == nil && tensor == nil && activations == nil
                && (weightDensity != nil || blockSize != nil)
        }

        /// The generated `custom` layer of the shape options, or nil when none was given. Its
        /// spec is validated when a run starts, under the engine's rules.
        public func generatedSpec() throws -> LayerSpec? {
            if weightDensity != nil, blockSize != nil {
                throw ConfigError.invalid(field: "--weight-density", rule: "and --p both set the structure's density (p = 1/density): give one, so every engine runs the same layer")
            }
            guard inputs != nil || outputs != nil || weightDensity != nil || activationDensity != nil else { return nil }
            guard let inputs else { throw ConfigError.invalid(field: "--in", rule: "is required for a custom layer (with --out)") }
            guard let outputs else { throw ConfigError.invalid(field: "--out", rule: "is required for a custom layer (with --in)") }
            guard weightDensity != nil || blockSize != nil else {
                throw ConfigError.invalid(field: "--weight-density", rule: "or --p is required for a custom layer")
            }
            return LayerSpec(name: "custom", inputs: inputs, outputs: outputs, weightDensity: weightDensity ?? 1.0 / Double(blockSize ?? 1),
                             activationDensity: activationDensity ?? 1.0, blockSize: blockSize)
        }

        /// The layer these options describe, if any: real data read from `.npy` (each engine
        /// projects a dense matrix onto its structure), or a generated layer.
        public func source() throws -> LayerSource? {
            if tensor != nil, weights == nil { throw ConfigError.invalid(field: "--tensor", rule: "names a tensor of the --weights file; give --weights too") }
            guard weights != nil || activations != nil else { return try generatedSpec().map { .generated($0) } }
            if activations != nil, activationDensity != nil {
                throw ConfigError.invalid(field: "--act-density", rule: "does not apply with --activations (the input vector is given)")
            }
            if weightDensity != nil, blockSize != nil {
                throw ConfigError.invalid(field: "--weight-density", rule: "and --p both set the structure's density (p = 1/density): give one, so every engine runs the same layer")
            }
            guard let weights else {
                guard var spec = try generatedSpec() else {
                    throw ConfigError.invalid(field: "--activations", rule: "needs --weights or a custom layer (--in, --out)")
                }
                spec.name = "custom"
                return .file(WorkloadEntry(spec: spec, activationsPath: activations))
            }
            // The file's own checks: 2-D, both sizes at least 1, finite values, named by path.
            let label = tensor.map { "\(weights)[\($0)]" } ?? weights
            let (rows, columns) = try WeightFile.checkedMatrix(path: weights, tensor: tensor, label: label)
            if let inputs, inputs != columns { throw ConfigError.invalid(field: "--in", rule: "is \(inputs) but \(weights) has \(columns) columns") }
            if let outputs, outputs != rows { throw ConfigError.invalid(field: "--out", rule: "is \(outputs) but \(weights) has \(rows) rows") }
            guard weightDensity != nil || blockSize != nil else {
                throw ConfigError.invalid(field: "--weight-density", rule: "or --p is required with --weights (the structure's density)")
            }
            let name = tensor ?? URL(fileURLWithPath: weights).deletingPathExtension().lastPathComponent
            let spec = LayerSpec(name: name, inputs: columns, outputs: rows, weightDensity: weightDensity ?? 1.0 / Double(blockSize ?? 1),
                                 activationDensity: activationDensity ?? 1.0, blockSize: blockSize, activationSign: .signed)
            try spec.validate()
            return .file(WorkloadEntry(spec: spec, weightsPath: weights, weightsTensor: tensor, activationsPath: activations))
        }
    }

    public var suite: Suite?
    public var workloads: [String]
    public var networks: [String]
    /// A YAML workload file: generated layers or real `.npy` weights; a file that declares a
    /// network is chained like a catalogue network.
    public var workloadFile: String?
    public var custom: CustomLayer

    public init(suite: Suite? = nil, workloads: [String] = [], networks: [String] = [], workloadFile: String? = nil,
                custom: CustomLayer = CustomLayer()) {
        self.suite = suite
        self.workloads = workloads
        self.networks = networks
        self.workloadFile = workloadFile
        self.custom = custom
    }

    /// The jobs in order (see the type's summary).
    public func jobs() throws -> [Job] {
        var specs: [LayerSpec] = []
        // `--weight-density` or `--p` alone, with a real network, sets that network's density.
        let realNetworks = networks.contains { RealNetwork.named($0) != nil }
        if realNetworks, custom.setsOnlyStructure, custom.weightDensity != nil, custom.blockSize != nil {
            throw ConfigError.invalid(field: "--weight-density", rule: "and --p both set the structure's density (p = 1/density): give one, so every engine runs the same layer")
        }
        let customSource = realNetworks && custom.setsOnlyStructure ? nil : try custom.source()
        let explicit = !workloads.isEmpty || !networks.isEmpty || workloadFile != nil || customSource != nil
        if let suite {
            specs += suite.layers
        } else if !explicit {
            specs += Suite.eie.layers
        }
        for name in workloads { specs.append(try Self.catalogue("--workload") { try WorkloadCatalog.layer(named: name) }) }
        var seen = Set<String>()
        var jobs = specs.filter { seen.insert($0.name).inserted }.map { Job(layers: [.generated($0)]) }
        if let workloadFile {
            // The file's own errors name the file, the line and the field.
            let file = try WorkloadFile.load(path: workloadFile)
            let sources = file.entries.map { LayerSource.file($0) }
            if file.isNetwork {
                jobs.append(Job(layers: sources, network: file.networkName ?? "network"))
            } else {
                for source in sources where seen.insert(source.spec.name).inserted { jobs.append(Job(layers: [source])) }
            }
        }
        var seenNetworks = Set<String>()
        for name in networks where seenNetworks.insert(name).inserted {
            if let real = RealNetwork.named(name) {
                let entries: [WorkloadEntry]
                do {
                    entries = try real.entries(weightDensity: custom.weightDensity, blockSize: custom.blockSize)
                } catch let WorkloadError.invalid(field, rule, _) {
                    // The density options are the user's; anything else is the network's.
                    let option = ["weight-density": "--weight-density", "p": "--p"][field] ?? "--network"
                    throw ConfigError.invalid(field: option, rule: option == "--network" ? rule : "\(rule) (network \(name))")
                }
                jobs.append(Job(layers: entries.map { .file($0) }, network: real.name, chained: false))
                continue
            }
            let network = try Self.catalogue("--network") { () throws -> NetworkSpec in
                let network = try WorkloadCatalog.network(named: name)
                try network.validate()
                return network
            }
            jobs.append(Job(layers: network.layers.map { .generated($0) }, network: network.name))
        }
        if let customSource { jobs.append(Job(layers: [customSource])) }
        return jobs
    }

    /// The catalogue's answer, its error restated for the option `field`.
    private static func catalogue<T>(_ field: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let WorkloadError.invalid(_, rule, _) {
            throw ConfigError.invalid(field: field, rule: rule)
        }
    }

    /// One line naming what was selected, for a report's heading.
    public var title: String {
        var parts: [String] = []
        if let suite { parts.append(suite.title) }
        if !workloads.isEmpty { parts.append("layers " + workloads.joined(separator: ", ")) }
        if !networks.isEmpty { parts.append("networks " + networks.joined(separator: ", ")) }
        if let workloadFile { parts.append("workload file " + URL(fileURLWithPath: workloadFile).lastPathComponent) }
        return parts.isEmpty ? Suite.eie.title : parts.joined(separator: "; ")
    }
}

extension Job {
    /// The layer's name in a report: `network/layer` for a network's layers (their inputs
    /// differ from the same layer run on its own).
    public func label(_ source: LayerSource) -> String {
        network.map { "\($0)/\(source.spec.name)" } ?? source.spec.name
    }

    /// Every layer's report name, in order.
    public var labels: [String] { layers.map(label) }
}
