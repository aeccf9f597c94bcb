import CirCNNModel
import DiagonalModel
import EIEModel
import Foundation
import NMModel
import PermSimTestSupport
import Testing
import Workloads

/// Exact cycle counts of the baselines on the EIE suite, committed in
/// `BaselineGoldens/baseline-goldens.json`: EIE at its published design point with uniform positions
/// and with the fitted spread of real pruned weights (`PositionSpread`), CirCNN at PermDNN's
/// budget; in `BaselineGoldens/nm-goldens.json` the N:M engine (2:4, PermDNN's budget) and in
/// `diagonal-goldens.json` the DynaDiag diagonal engine (its default design point), each on every
/// catalogue layer (the EIE suite and the modern layers). Re-record with `PERMSIM_RECORD_GOLDENS=1 swift test --filter BaselineGoldenTests`
/// and review the diff in the commit.
@Suite struct BaselineGoldenTests {
    struct Entry: Codable, Equatable {
        var name: String
        var cycles: Int
        var computeCycles: Int
        var storedWeights: Int
        /// Mean over max work per PE (EIE: issue slots; CirCNN: issue slots per unit).
        var balance: Double
        /// FNV-1a-64 of the outputs (little-endian bytes), as hex.
        var outputChecksum: String
        /// EIE's counted events (nil for CirCNN).
        var events: EIEEventTotals?
    }

    static let goldens = GoldenFiles(directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BaselineGoldens"),
                                     exhaustive: true, testFilter: "BaselineGoldenTests")
    static let fileName = "baseline-goldens.json"

    static func computeEntries() throws -> [Entry] {
        var entries: [Entry] = []
        let eie = try EIEEngine(config: .default)
        let fitted = try PositionSpread.load(path: RepositoryPaths.root.appendingPathComponent("configs/workloads/positions.yaml").path)
        for (positions, spread) in [("uniform", nil), ("fitted", fitted)] {
            for spec in WorkloadCatalog.eieSuite {
                let layer = try EIELayer.generate(spec: spec, format: EIEConfig.default.format, seed: 1, encoding: EIEConfig.default.encoding,
                                                  spread: spread)
                let result = try eie.run(layer)
                entries.append(Entry(name: "eie/\(spec.name)/\(positions)", cycles: result.cycles, computeCycles: result.computeCycles,
                                     storedWeights: layer.storedWeights, balance: result.loadBalance,
                                     outputChecksum: GoldenFiles.outputChecksum(result.outputs), events: result.events))
            }
        }
        let circnn = try CirCNNEngine(config: .default)
        for spec in WorkloadCatalog.eieSuite {
            let layer = try CirCNNLayer.generate(spec: spec, format: CirCNNConfig.default.format, seed: 1)
            let result = try circnn.run(layer)
            entries.append(Entry(name: "circnn/\(spec.name)", cycles: result.cycles, computeCycles: result.cycles,
                                 storedWeights: layer.weights.count, balance: result.loadBalance,
                                 outputChecksum: GoldenFiles.outputChecksum(result.outputs), events: nil))
        }
        return entries
    }

    /// One N:M layer's golden numbers: timing, traffic and the outputs' checksum.
    struct NMEntry: Codable, Equatable {
        var name: String
        var cycles: Int
        var computeCycles: Int
        var passes: Int
        var resident: Bool
        var dramBytes: Int
        var storedWeights: Int
        var groupsSkipped: Int
        var multiplies: Int
        var balance: Double
        var outputChecksum: String
    }

    static let nmFileName = "nm-goldens.json"

    /// The N:M engine at its defaults (2:4) on every catalogue layer, seed 1.
    static func computeNMEntries() throws -> [NMEntry] {
        let config = NMConfig.default
        let engine = try NMEngine(config: config)
        return try (WorkloadCatalog.eieSuite + WorkloadCatalog.modern).map { spec in
            let layer = try NMLayer.generate(spec: spec, kept: config.kept, format: config.format, seed: 1)
            let result = try engine.run(layer)
            return NMEntry(name: "nm/\(spec.name)", cycles: result.cycles, computeCycles: result.computeCycles, passes: result.passes.count,
                           resident: result.plan.resident, dramBytes: result.stats.dramBytes, storedWeights: layer.storedWeights,
                           groupsSkipped: result.stats.groupsSkipped, multiplies: result.stats.multiplies, balance: result.loadBalance,
                           outputChecksum: GoldenFiles.outputChecksum(result.outputs))
        }
    }

    @Test func cycleCountsMatchGoldens() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // The sets are independent: compute them side by side.
        async let nm = Task.detached { try Self.computeNMEntries() }.value
        async let diagonal = Task.detached { try Self.diagonalEntries() }.value
        let baselines = try Self.computeEntries()
        try Self.goldens.check([(Self.fileName, try encoder.encode(baselines)),
                                (Self.nmFileName, try encoder.encode(try await nm)),
                                (Self.diagonalFileName, try encoder.encode(try await diagonal))]) { path, committed, new in
            switch path {
            case Self.nmFileName: Self.changedNMEntries(committed: committed, new: new)
            case Self.fileName: Self.changedEntries(path, committed: committed, new: new)
            default: nil
            }
        }
    }

    /// The N:M entries whose numbers moved, one line each.
    static func changedNMEntries(committed: Data, new: Data) -> String? {
        guard let old = try? JSONDecoder().decode([NMEntry].self, from: committed),
              let now = try? JSONDecoder().decode([NMEntry].self, from: new) else { return nil }
        if old.map(\.name) != now.map(\.name) { return "entries: \(old.count) committed, \(now.count) new, names differ" }
        return zip(old, now).filter { $0 != $1 }.map { golden, entry in
            "\(entry.name): cycles \(golden.cycles) -> \(entry.cycles), outputs \(golden.outputChecksum) -> \(entry.outputChecksum)"
        }.joined(separator: "\n")
    }

    /// One diagonal-engine layer: cycles, passes and the events that set them.
    struct DiagonalEntry: Codable, Equatable {
        var name: String
        var cycles: Int
        var computeCycles: Int
        var passes: Int
        var dramBytes: Int
        var diagonals: Int
        var storedWeights: Int
        var multiplies: Int
        var issueCycles: Int
        var stallCycles: Int
        var balance: Double
        var outputChecksum: String
    }

    static let diagonalFileName = "diagonal-goldens.json"

    static func diagonalEntries() throws -> [DiagonalEntry] {
        let engine = try DiagonalEngine(config: .default)
        return try (WorkloadCatalog.eieSuite + WorkloadCatalog.modern).map { spec in
            let layer = try DiagonalLayer.generate(spec: spec, format: DiagonalConfig.default.format, seed: 1)
            let result = try engine.run(layer)
            return DiagonalEntry(name: "diagonal/\(spec.name)", cycles: result.cycles, computeCycles: result.computeCycles,
                                 passes: result.passes.count, dramBytes: result.dramBytes, diagonals: layer.diagonals,
                                 storedWeights: layer.storedWeights, multiplies: result.allPEs.multiplies,
                                 issueCycles: result.allPEs.issueCycles, stallCycles: result.nzd.stallCycles,
                                 balance: result.loadBalance, outputChecksum: GoldenFiles.outputChecksum(result.outputs))
        }
    }

    /// The entries whose counts moved, one line each (for a failure message).
    static func changedEntries(_ path: String, committed: Data, new: Data) -> String? {
        guard let old = try? JSONDecoder().decode([Entry].self, from: committed),
              let now = try? JSONDecoder().decode([Entry].self, from: new) else { return nil }
        if old.map(\.name) != now.map(\.name) { return "entries: \(old.count) committed, \(now.count) new, names differ" }
        return zip(old, now).filter { $0 != $1 }.map { golden, entry in
            "\(entry.name): cycles \(golden.cycles) -> \(entry.cycles), balance \(golden.balance) -> \(entry.balance), outputs \(golden.outputChecksum) -> \(entry.outputChecksum)"
        }.joined(separator: "\n")
    }
}
