import ConfigSupport
import Foundation

/// The technology libraries of one directory (`configs/tech/`): `<node>.yaml` files plus the
/// scaling rules of `scaling.yaml`, chosen by node name, and the node-independent gate counts of
/// the PermDNN RTL (`permdnn-logic-gates.yaml`).
public struct TechnologyCatalog: Sendable {
    /// The directory holding the files.
    public var directory: String

    /// The project's libraries: `configs/tech` found as presets are (`ConfigDirectories`), so
    /// `compare` and `synth` work outside the repository root.
    public static var defaultDirectory: String { ConfigDirectories.first("tech") }
    /// The file of the node-scaling rules inside `directory`.
    public static let scalingFileName = "scaling.yaml"

    public init(directory: String = TechnologyCatalog.defaultDirectory) {
        self.directory = directory
    }

    /// Path of `name` inside the directory.
    public func path(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The nodes with a technology file, sorted.
    public func nodes() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && $0 != Self.scalingFileName && $0 != PermDNNLogicGates.fileName }
            .map { String($0.dropLast(5)) }.sorted()
    }

    /// The PermDNN RTL's gate counts (`permdnn-logic-gates.yaml`, written by
    /// `rtl-reference/synth/area.sh --record`): the logic area of `CostModel.permDNN`.
    public func permDNNLogicGates() throws -> PermDNNLogicGates {
        try PermDNNLogicGates.load(path: path(PermDNNLogicGates.fileName))
    }

    /// The scaling rules.
    public func scaling() throws -> NodeScaling {
        try NodeScaling.load(path: path(Self.scalingFileName))
    }

    /// The library of `node`.
    ///
    /// From `<node>.yaml` when it exists; a file that says `scaled-from: X` must have a rule
    /// `X -> node` in `scaling.yaml` (else `TechnologyError.noScalingRule`). A node without a file
    /// is derived from a node that has one through a rule; with neither, `TechnologyError.unknownNode`.
    public func library(node: String) throws -> TechnologyLibrary {
        let file = path("\(node).yaml")
        if FileManager.default.fileExists(atPath: file) {
            let library = try TechnologyLibrary.load(path: file)
            guard library.node == node else {
                throw TechnologyError.invalid(location: file, field: "node", rule: "must be '\(node)', the file's name (got '\(library.node)')")
            }
            if let base = library.scaledFrom { _ = try scaling().rule(from: base, to: node) }
            return library
        }
        let known = nodes()
        let rules = try scaling()
        guard let rule = rules.rules.first(where: { $0.to == node && known.contains($0.from) }) else {
            throw TechnologyError.unknownNode(directory: directory, node: node, known: known)
        }
        return try library(node: rule.from).scaled(by: rule)
    }
}
