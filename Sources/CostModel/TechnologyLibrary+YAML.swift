import ConfigSupport
import Foundation
import Workloads
import Yams

extension TechnologyLibrary {
    /// Loads and validates `path`; every problem is one `TechnologyError` line naming the file and
    /// the field (`configs/tech/28nm.yaml: sram.read-energy-pj: missing`).
    public static func load(path: String) throws -> TechnologyLibrary {
        try parse(yaml: TechnologyError.readText(path: path), file: path)
    }

    /// Parses and validates one technology file's text; `file` names it in errors.
    public static func parse(yaml: String, file: String) throws -> TechnologyLibrary {
        let library: TechnologyLibrary
        do {
            let root = try YAMLMapping(node: try YAMLMapping.parseDocument(yaml, file: file), path: "", file: file)
            try root.rejectUnknownKeys(["node", "scaled-from", "clock-ghz"] + groups)
            guard let node = try root.string("node") else { throw TechnologyError.invalid(location: file, field: "node", rule: "missing") }
            var parsed = TechnologyLibrary(node: node, scaledFrom: try root.string("scaled-from"))
            var groupMappings: [String: YAMLMapping] = [:]
            for group in groups {
                guard let mapping = try root.mapping(group) else { throw TechnologyError.invalid(location: file, field: group, rule: "missing") }
                try mapping.rejectUnknownKeys(fields.filter { $0.group == group }.map(\.key))
                groupMappings[group] = mapping
            }
            for field in fields {
                let parent = field.group.flatMap { groupMappings[$0] } ?? root
                parsed[keyPath: field.keyPath] = try entry(field, in: parent, file: file)
            }
            library = parsed
        } catch let error as WorkloadError {
            throw TechnologyError.from(error)
        }
        try library.validate(location: file)
        return library
    }

    /// One `{value, source}` row.
    private static func entry(_ field: Field, in parent: YAMLMapping, file: String) throws -> TechValue {
        guard let row = try parent.mapping(field.key) else {
            throw TechnologyError.invalid(location: file, field: field.path, rule: "missing")
        }
        try row.rejectUnknownKeys(["value", "source"])
        guard let value = try row.double("value") else {
            throw TechnologyError.invalid(location: file, field: "\(field.path).value", rule: "missing")
        }
        guard let source = try row.string("source") else {
            throw TechnologyError.invalid(location: file, field: "\(field.path).source", rule: "missing")
        }
        return TechValue(value, source: source)
    }

    /// The library as a technology file, in the layout `parse` reads: `parse(yaml: yaml(...))`
    /// gives back an equal library. `header` lines become comments at the top.
    public func yaml(header: [String] = []) -> String {
        var lines = header.map { "# \($0)" }
        lines.append("node: \(node)")
        if let scaledFrom { lines.append("scaled-from: \(scaledFrom)") }
        var group: String? = nil
        for field in Self.fields {
            if field.group != group, let name = field.group {
                lines.append("\(name):")
                group = name
            }
            let indent = field.group == nil ? "" : "  "
            let entry = self[keyPath: field.keyPath]
            lines.append("\(indent)\(field.key):")
            lines.append("\(indent)  value: \(Self.format(entry.value))")
            lines.append("\(indent)  source: \(Self.quoted(entry.source))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A double-quoted YAML string.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
