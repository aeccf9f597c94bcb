import ConfigSupport
import Foundation
import Workloads

/// A bad technology file, scaling file or cost-model input: one line naming the file, the field
/// and the rule it broke, e.g. `configs/tech/28nm.yaml: sram.read-energy-pj: must be >= 0 (got -1)`.
public enum TechnologyError: Error, Equatable, CustomStringConvertible {
    /// `field` of the file at `location` (`file` or `file:line`) broke `rule`.
    case invalid(location: String, field: String, rule: String)
    /// No rule in the scaling file takes `from` to `to`.
    case noScalingRule(location: String, from: String, to: String, known: [String])
    /// No technology file for `node` in the directory, and no scaling rule that derives it.
    case unknownNode(directory: String, node: String, known: [String])
    /// A cost-model input outside its rule (an engine configuration or inventory value).
    case invalidInput(field: String, rule: String)

    public var description: String {
        switch self {
        case let .invalid(location, field, rule):
            return "\(location): \(field): \(rule)"
        case let .noScalingRule(location, from, to, known):
            let rules = known.isEmpty ? "none" : known.joined(separator: ", ")
            return "\(location): rules: no scaling rule from \(from) to \(to) (rules: \(rules))"
        case let .unknownNode(directory, node, known):
            let nodes = known.isEmpty ? "none" : known.joined(separator: ", ")
            return "\(directory): no technology file \(node).yaml and no scaling rule to \(node) (nodes: \(nodes))"
        case let .invalidInput(field, rule):
            return "\(field): \(rule)"
        }
    }

    /// The same problem as a `TechnologyError` (the YAML helpers of `Workloads` throw `WorkloadError`).
    static func from(_ error: WorkloadError) -> TechnologyError {
        switch error {
        case let .invalid(field, rule, location):
            return .invalid(location: location ?? "", field: field, rule: rule)
        }
    }
}

extension TechnologyError {
    /// The text of a technology or scaling file, or a one-line error naming it.
    static func readText(path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw TechnologyError.invalid(location: path, field: "file", rule: "cannot be read (\(error.localizedDescription))")
        }
    }
}
