import Foundation
import PermSimTestSupport
import Testing

/// `docs/architecture.md` matches the code: every target of `Package.swift` has a row, every
/// row names a target that exists, and each target's sources import only the modules its row
/// lists (besides the standard library, Foundation, Dispatch and Synchronization).
@Suite struct ArchitectureDocTests {
    static let ignored: Set<String> = ["Foundation", "Dispatch", "Synchronization", "Glibc", "Darwin"]

    /// Target -> the modules its row allows, from the doc's target table.
    static func documented() throws -> [String: Set<String>] {
        let text = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var rows: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") {
            guard let match = line.firstMatch(of: /^\| `(\w+)`[^|]* \| .* \| ([^|]*) \|$/) else { continue }
            let modules = String(match.2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "(none)" }
            rows[String(match.1)] = Set(modules)
        }
        return rows
    }

    /// The module names a directory's Swift files import.
    static func imports(under directory: URL) throws -> Set<String> {
        var modules = Set<String>()
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                if let match = line.firstMatch(of: /^(?:@testable )?import (\w+)/) { modules.insert(String(match.1)) }
            }
        }
        return modules.subtracting(ignored)
    }

    @Test func everyTargetImportsOnlyWhatTheDocSays() throws {
        let rows = try Self.documented()
        let manifest = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let targets = manifest.matches(of: /\.(?:target|executableTarget)\(\s*name: "(\w+)"/).map { String($0.1) }
        #expect(!targets.isEmpty)
        for target in targets {
            let allowed = try #require(rows[target], "docs/architecture.md has no row for target \(target)")
            let directory = target == "PermSimTestSupport" ? "Tests/TestSupport" : "Sources/\(target)"
            let used = try Self.imports(under: RepositoryPaths.root.appendingPathComponent(directory))
            #expect(used.subtracting(allowed).isEmpty, "\(target) imports \(used.subtracting(allowed).sorted()) that docs/architecture.md does not list")
            #expect(allowed.subtracting(used).isEmpty, "docs/architecture.md lists \(allowed.subtracting(used).sorted()) for \(target), which it does not import")
        }
        for documentedTarget in rows.keys {
            #expect(targets.contains(documentedTarget), "docs/architecture.md names \(documentedTarget), which Package.swift does not declare")
        }
    }

    /// No engine model imports another engine model or the library that drives them.
    @Test func enginesDoNotImportEachOther() throws {
        let rows = try Self.documented()
        let engines: Set<String> = ["PermDNNModel", "EIEModel", "CirCNNModel", "PEModel", "NMModel", "DiagonalModel"]
        for engine in ["PermDNNModel", "EIEModel", "CirCNNModel", "NMModel", "DiagonalModel"] {
            let others = engines.subtracting([engine, engine == "PermDNNModel" ? "PEModel" : engine])
            #expect(try #require(rows[engine]).isDisjoint(with: others.union(["PermSim", "Reports", "CostModel"])), "\(engine)")
        }
    }
}
