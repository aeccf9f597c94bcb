import Foundation
import Yams

/// One YAML mapping plus where it sits, for loaders that report every problem as one line
/// `file:line: path.key: rule` (workload files here, the engine's configuration elsewhere).
///
/// We walk `Yams.Node` trees by hand instead of decoding `Codable` structs because decoding
/// errors lose line numbers and cannot name unknown keys, which are the mistakes people make most
/// (`wieght-density: 0.1` silently ignored would be worse than an error). Scalars are read
/// strictly: an integer is a plain `123` (underscores allowed), not `"123"` or `1.0e2`; numbers
/// must be finite; booleans are `true`/`false` (also `yes`/`no`/`on`/`off`, as YAML 1.1 has them).
public struct YAMLMapping {
    /// The mapping node itself.
    public let node: Node
    /// Field path of this mapping, e.g. `layers[0]` (empty for the document root).
    public let path: String
    /// File name used in error locations.
    public let file: String
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    /// Wraps `node`; throws when it is not a mapping or has a key that is not a plain string.
    public init(node: Node, path: String, file: String) throws {
        self.node = node
        self.path = path
        self.file = file
        guard let mapping = node.mapping else {
            throw WorkloadError.invalid(field: path.isEmpty ? "document" : path, rule: "must be a mapping of key: value pairs",
                                        location: Self.location(file: file, line: node.mark?.line))
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard let scalar = key.scalar else {
                throw WorkloadError.invalid(field: path.isEmpty ? "document" : path, rule: "keys must be plain strings",
                                            location: Self.location(file: file, line: key.mark?.line))
            }
            pairs.append((scalar.string, key, value))
        }
        self.pairs = pairs
    }

    /// Keys in document order.
    public var keys: [String] { pairs.map(\.key) }

    /// 1-based line of the mapping's first key.
    public var line: Int? { node.mark?.line }

    /// Whether `key` is present (with any value, even null).
    public func contains(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// The raw value node of `key`.
    public func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    /// 1-based line of `key`, or `nil` when absent.
    public func line(of key: String) -> Int? { pairs.first { $0.key == key }?.keyNode.mark?.line }

    /// `path.key`, or `key` at the root.
    public func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// An error about `key` located at its line (at the mapping's line when the key is absent).
    public func error(_ key: String, _ rule: String) -> WorkloadError {
        .invalid(field: fieldPath(key), rule: rule, location: Self.location(file: file, line: line(of: key) ?? line))
    }

    /// An integer, or `nil` when the key is absent.
    public func int(_ key: String) throws -> Int? {
        guard let value = value(key) else { return nil }
        guard let text = plainText(value), let number = Self.parseInt(text) else {
            throw located(key, value, "must be an integer (got \(Self.shown(value)))")
        }
        return number
    }

    /// An integer that must lie in `range`.
    public func int(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let number = try int(key) else { return nil }
        guard range.contains(number) else {
            throw error(key, "must be an integer in \(range.lowerBound)...\(range.upperBound) (got \(number))")
        }
        return number
    }

    /// A finite number, or `nil` when the key is absent. `.nan` and `.inf` are rejected.
    public func double(_ key: String) throws -> Double? {
        guard let value = value(key) else { return nil }
        guard let text = plainText(value), let number = Self.parseDouble(text), number.isFinite else {
            throw located(key, value, "must be a finite number (got \(Self.shown(value)))")
        }
        return number
    }

    /// A number in `range` (NaN and infinities are out of every range).
    public func double(_ key: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let value = value(key) else { return nil }
        let rule = "must be a number in [\(Self.compact(range.lowerBound)), \(Self.compact(range.upperBound))]"
        guard let text = plainText(value), let number = Self.parseDouble(text), range.contains(number) else {
            throw located(key, value, "\(rule) (got \(Self.shown(value)))")
        }
        return number
    }

    /// A string (any non-null scalar, quoted or not), or `nil` when the key is absent.
    public func string(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard let scalar = value.scalar, !Self.isNull(scalar) else {
            throw located(key, value, "must be a string (got \(Self.shown(value)))")
        }
        return scalar.string
    }

    /// A boolean, or `nil` when the key is absent.
    public func bool(_ key: String) throws -> Bool? {
        guard let value = value(key) else { return nil }
        switch plainText(value)?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw located(key, value, "must be true or false (got \(Self.shown(value)))")
        }
    }

    /// One of `allowed` (exact spelling), or `nil` when the key is absent.
    public func choice(_ key: String, from allowed: [String]) throws -> String? {
        guard let text = try string(key) else { return nil }
        guard allowed.contains(text) else {
            throw located(key, value(key), "must be one of \(allowed.joined(separator: ", ")) (got '\(text)')")
        }
        return text
    }

    /// A nested mapping whose path is `path.key`, or `nil` when the key is absent.
    public func mapping(_ key: String) throws -> YAMLMapping? {
        guard let value = value(key) else { return nil }
        guard value.mapping != nil else { throw located(key, value, "must be a mapping of key: value pairs") }
        return try YAMLMapping(node: value, path: fieldPath(key), file: file)
    }

    /// A sequence's items, or `nil` when the key is absent.
    public func sequence(_ key: String) throws -> [Node]? {
        guard let value = value(key) else { return nil }
        guard let sequence = value.sequence else { throw located(key, value, "must be a list") }
        return Array(sequence)
    }

    /// A list of mappings, each with path `path.key[i]`, or `nil` when the key is absent.
    public func mappings(_ key: String) throws -> [YAMLMapping]? {
        guard let items = try sequence(key) else { return nil }
        return try items.enumerated().map { index, item in
            try YAMLMapping(node: item, path: "\(fieldPath(key))[\(index)]", file: file)
        }
    }

    /// Throws at the first key not in `allowed`, suggesting the nearest allowed key.
    public func rejectUnknownKeys(_ allowed: [String]) throws {
        for pair in pairs where !allowed.contains(pair.key) {
            let hint = NameSuggestion.nearest(to: pair.key, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
            throw error(pair.key, "unknown key\(hint) (allowed: \(allowed.joined(separator: ", ")))")
        }
    }

    /// Parses one YAML document; malformed YAML becomes a one-line `WorkloadError` with its line.
    public static func parseDocument(_ yaml: String, file: String) throws -> Node {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw converted(error, file: file, yaml: yaml)
        } catch {
            throw WorkloadError.invalid(field: "YAML", rule: oneLine(String(describing: error)), location: file)
        }
        guard let node else { throw WorkloadError.invalid(field: "document", rule: "is empty", location: file) }
        return node
    }

    /// `file:line`, or `file` when the line is unknown.
    public static func location(file: String, line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }

    // MARK: - Scalars

    private func located(_ key: String, _ value: Node?, _ rule: String) -> WorkloadError {
        .invalid(field: fieldPath(key), rule: rule, location: Self.location(file: file, line: value?.mark?.line ?? line(of: key) ?? line))
    }

    /// The text of an unquoted scalar (quoted scalars are strings, never numbers or booleans).
    private func plainText(_ value: Node) -> String? {
        guard let scalar = value.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
        return scalar.string
    }

    public static func parseInt(_ text: String) -> Int? {
        var body = Substring(text)
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCII, first.isNumber,
              body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }) else { return nil }
        return Int((negative ? "-" : "") + body.filter { $0 != "_" })
    }

    public static func parseDouble(_ text: String) -> Double? {
        switch text.lowercased() {
        case ".nan": return .nan
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        default: break
        }
        guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "+-._eE".unicodeScalars.contains($0) }),
              text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return nil }
        return Double(text.filter { $0 != "_" })
    }

    private static func isNull(_ scalar: Node.Scalar) -> Bool {
        (scalar.style == .plain || scalar.style == .any) && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a value is quoted back in messages: scalars as written, containers by kind.
    private static func shown(_ value: Node) -> String {
        switch value {
        case let .scalar(scalar):
            if isNull(scalar) { return "null" }
            return scalar.style == .plain || scalar.style == .any ? oneLine(scalar.string) : "\"\(oneLine(scalar.string))\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private static func compact(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    // MARK: - Parser errors

    private static func converted(_ error: YamlError, file: String, yaml: String) -> WorkloadError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let during = context.map { " (\(oneLine($0.text)) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return .invalid(field: "YAML", rule: "\(oneLine(problem)) at column \(mark.column)\(during)",
                            location: location(file: file, line: mark.line))
        case let .reader(problem, offset, _, yaml):
            let line = offset.map { offset in 1 + yaml.prefix(offset).filter { $0 == "\n" }.count }
            return .invalid(field: "YAML", rule: oneLine(problem), location: location(file: file, line: line))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return .invalid(field: "YAML", rule: "duplicate key \(keys) in one mapping (its first occurrence is here)",
                            location: location(file: file, line: context.mark.line))
        default:
            return .invalid(field: "YAML", rule: oneLine(error.description), location: file)
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
