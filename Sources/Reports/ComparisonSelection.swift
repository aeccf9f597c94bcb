import ConfigSupport
import Foundation
import PermSim
import Workloads

/// Which layers a comparison runs: a suite, catalogue layers and catalogue networks.
///
/// With no workload and no network, the suite (default: the EIE suite). Suite and catalogue
/// layers run independently, each on its generated input (the same vector for every engine). A
/// network's layers are chained on each engine (`NetworkChain`, as `permsim run --network`): its
/// first layer takes the generated input, and layer `i+1` takes the engine's own output of layer
/// `i`, so later inputs, and their sparsity, come from each engine's data.
public struct ComparisonSelection: Sendable, Equatable {
    /// The named suites `--suite` takes.
    public enum Suite: String, Sendable, CaseIterable {
        case eie
        case modern

        var layers: [LayerSpec] {
            switch self {
            case .eie: return WorkloadCatalog.eieSuite
            case .modern: return WorkloadCatalog.modern
            }
        }

        var title: String {
            switch self {
            case .eie: return "the EIE benchmark suite (Han et al., ISCA 2016)"
            case .modern: return "the modern transformer suite (workloads.md section 2)"
            }
        }
    }

    public var suite: Suite?
    public var workloads: [String]
    public var networks: [String]
    /// A YAML workload file (`--workload-file`): generated layers or real `.npy` weights; a
    /// file that declares a network is chained like a catalogue network.
    public var workloadFile: String?

    public init(suite: Suite? = nil, workloads: [String] = [], networks: [String] = [], workloadFile: String? = nil) {
        self.suite = suite
        self.workloads = workloads
        self.networks = networks
        self.workloadFile = workloadFile
    }

    /// Parses a `--suite` value; throws naming the known suites.
    public static func suite(named name: String) throws -> Suite {
        guard let suite = Suite(rawValue: name) else {
            throw ReportError.invalidSelection(field: "--suite", rule: "unknown suite '\(name)' (suites: \(Suite.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return suite
    }

    /// What the comparison runs as one unit: an independent layer, or a network's chained layers.
    public struct Group: Sendable, Equatable {
        /// The network's name; `nil` for an independent layer.
        public var network: String?
        /// Catalogue layers (`.generated`) or workload-file entries (`.file`, maybe real data).
        public var layers: [LayerSource]

        /// The layer's name in the report: `network/layer` for a network's layers (their inputs
        /// differ from the same layer run on its own).
        public func label(_ source: LayerSource) -> String {
            network.map { "\($0)/\(source.spec.name)" } ?? source.spec.name
        }

        /// Every layer's report name, in order.
        public var labels: [String] { layers.map(label) }
    }

    /// The groups in order: suite layers, then workloads (each layer once), then networks (each once).
    public func groups() throws -> [Group] {
        var specs: [LayerSpec] = []
        let explicit = !workloads.isEmpty || !networks.isEmpty || workloadFile != nil
        if let suite {
            specs += suite.layers
        } else if !explicit {
            specs += Suite.eie.layers
        }
        for name in workloads { specs.append(try Self.catalogue("--workload") { try WorkloadCatalog.layer(named: name) }) }
        var seen = Set<String>()
        var groups = specs.filter { seen.insert($0.name).inserted }.map { Group(network: nil, layers: [.generated($0)]) }
        if let workloadFile {
            // The file's own errors name the file, the line and the field.
            let file = try WorkloadFile.load(path: workloadFile)
            let sources = file.entries.map { LayerSource.file($0) }
            if file.isNetwork {
                groups.append(Group(network: file.networkName ?? "network", layers: sources))
            } else {
                for source in sources where seen.insert(source.spec.name).inserted { groups.append(Group(network: nil, layers: [source])) }
            }
        }
        var seenNetworks = Set<String>()
        for name in networks where seenNetworks.insert(name).inserted {
            let network = try Self.catalogue("--network") { () throws -> NetworkSpec in
                let network = try WorkloadCatalog.network(named: name)
                try network.validate()
                return network
            }
            groups.append(Group(network: network.name, layers: network.layers.map { .generated($0) }))
        }
        return groups
    }

    /// The catalogue's answer, its error restated for the option `field`.
    private static func catalogue<T>(_ field: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let WorkloadError.invalid(_, rule, _) {
            throw ReportError.invalidSelection(field: field, rule: rule)
        } catch {
            throw ReportError.invalidSelection(field: field, rule: "\(error)")
        }
    }

    /// One line naming what was selected, for the report's heading.
    public var title: String {
        var parts: [String] = []
        if let suite { parts.append(suite.title) }
        if !workloads.isEmpty { parts.append("layers " + workloads.joined(separator: ", ")) }
        if !networks.isEmpty { parts.append("networks " + networks.joined(separator: ", ")) }
        if let workloadFile { parts.append("workload file " + URL(fileURLWithPath: workloadFile).lastPathComponent) }
        return parts.isEmpty ? Suite.eie.title : parts.joined(separator: "; ")
    }
}
