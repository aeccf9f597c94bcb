import Workloads

/// Which layers a comparison runs: a suite, catalogue layers and catalogue networks.
///
/// With no workload and no network, the suite (default: the EIE suite). A network's layers run
/// as independent layers with their generated inputs (not chained), so every engine sees the
/// same input for the same layer.
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

    public init(suite: Suite? = nil, workloads: [String] = [], networks: [String] = []) {
        self.suite = suite
        self.workloads = workloads
        self.networks = networks
    }

    /// Parses a `--suite` value; throws naming the known suites.
    public static func suite(named name: String) throws -> Suite {
        guard let suite = Suite(rawValue: name) else {
            throw ReportError.invalidSelection(field: "--suite", rule: "unknown suite '\(name)' (suites: \(Suite.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return suite
    }

    /// The layers in order (suite, then workloads, then networks' layers), each once.
    public func layers() throws -> [LayerSpec] {
        var specs: [LayerSpec] = []
        let explicit = !workloads.isEmpty || !networks.isEmpty
        if let suite {
            specs += suite.layers
        } else if !explicit {
            specs += Suite.eie.layers
        }
        for name in workloads { specs.append(try Self.catalogue("--workload") { try WorkloadCatalog.layer(named: name) }) }
        for name in networks { specs += try Self.catalogue("--network") { try WorkloadCatalog.network(named: name).layers } }
        var seen = Set<String>()
        return specs.filter { seen.insert($0.name).inserted }
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
        return parts.isEmpty ? Suite.eie.title : parts.joined(separator: "; ")
    }
}
