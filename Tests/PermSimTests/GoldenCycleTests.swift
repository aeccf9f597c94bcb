import Foundation
import PEModel
import PermDNNModel
import PermSim
import PermSimTestSupport
import Testing
import Workloads

/// Exact cycle and event counts, committed in `Goldens/cycle-goldens.json`: any change to the
/// timing model, the mapping or the generators shows up here. Re-record only with
/// `PERMSIM_RECORD_GOLDENS=1 swift test --filter GoldenCycleTests` (`GoldenFiles`) and review the
/// diff in the commit.
@Suite struct GoldenCycleTests {
    struct Entry: Codable, Equatable {
        var name: String
        var cycles: Int
        var analyticCycles: Int
        var computeCycles: Int
        var dramStallCycles: Int
        var bubbleCycles: Int
        var tiles: Int
        var nonZeroInputs: Int
        /// FNV-1a-64 of the outputs (little-endian bytes), as hex.
        var outputChecksum: String
        var engine: EngineStats
        var allPEs: PEStats
        var criticalPE: PEStats
    }

    static let goldens = GoldenFiles(directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens"),
                                     exhaustive: true, testFilter: "GoldenCycleTests")
    static let fileName = "cycle-goldens.json"

    static func entry(_ name: String, _ result: EngineResult) -> Entry {
        Entry(name: name, cycles: result.cycles, analyticCycles: result.analyticCycles,
                     computeCycles: result.computeCycles, dramStallCycles: result.dramStallCycles,
                     bubbleCycles: result.bubbleCycles, tiles: result.tiles.count, nonZeroInputs: result.nonZeroInputs,
                     outputChecksum: GoldenFiles.outputChecksum(result.outputs), engine: result.engine, allPEs: result.pe,
                     criticalPE: result.criticalPE)
    }

    /// The EIE suite at the default design point, then a grid of small configurations.
    static func computeEntries() throws -> [Entry] {
        var entries: [Entry] = []
        let engine = try PermDNNEngine(config: .default)
        for spec in WorkloadCatalog.eieSuite {
            let layer = try LayerGenerator.generate(spec, format: .default, seed: 1)
            entries.append(entry("eie/\(spec.name)/32pe", try engine.run(layer)))
        }
        for pes in [1, 3, 8] {
            for multipliers in [1, 4, 8] {
                for (p, density) in [(3, 0.3), (7, 1.0), (16, 0.05)] {
                    var config = ArchitectureConfig()
                    config.pes = pes
                    config.multipliers = multipliers
                    config.weightSRAMKiB = 4
                    let spec = LayerSpec(name: "grid", inputs: 200, outputs: 150, weightDensity: 1 / Double(p),
                                         activationDensity: density, blockSize: p)
                    let layer = try LayerGenerator.generate(spec, format: .default, seed: 7)
                    let name = "grid/pes\(pes)-mul\(multipliers)-p\(p)-act\(density)"
                    entries.append(entry(name, try PermDNNEngine(config: config).run(layer)))
                }
            }
        }
        return entries
    }

    @Test func cycleCountsMatchGoldens() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try Self.goldens.check([(Self.fileName, try encoder.encode(Self.computeEntries()))], explain: Self.changedEntries)
    }

    /// The entries whose counts moved, one line each (for a failure message).
    static func changedEntries(_ path: String, committed: Data, new: Data) -> String? {
        guard let old = try? JSONDecoder().decode([Entry].self, from: committed),
              let now = try? JSONDecoder().decode([Entry].self, from: new) else { return nil }
        if old.map(\.name) != now.map(\.name) { return "entries: \(old.count) committed, \(now.count) new, names differ" }
        return zip(old, now).filter { $0 != $1 }.map { golden, entry in
            "\(entry.name): cycles \(golden.cycles) -> \(entry.cycles), analytic \(golden.analyticCycles) -> \(entry.analyticCycles), outputs \(golden.outputChecksum) -> \(entry.outputChecksum) (events may differ too)"
        }.joined(separator: "\n")
    }
}
