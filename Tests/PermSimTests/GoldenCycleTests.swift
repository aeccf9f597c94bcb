import Foundation
import PEModel
import PermDNNModel
import PermSim
import Testing
import Workloads

/// Exact cycle and event counts, committed in `Goldens/cycle-goldens.json`: any change to the
/// timing model, the mapping or the generators shows up here. Re-record only with
/// `PERMSIM_RECORD_GOLDENS=1 swift test --filter GoldenCycleTests` and review the diff in the commit.
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

    static let goldenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens/cycle-goldens.json")

    static func entry(_ name: String, _ result: EngineResult) -> Entry {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in result.outputs {
            for byte in [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)] {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        return Entry(name: name, cycles: result.cycles, analyticCycles: result.analyticCycles,
                     computeCycles: result.computeCycles, dramStallCycles: result.dramStallCycles,
                     bubbleCycles: result.bubbleCycles, tiles: result.tiles.count, nonZeroInputs: result.nonZeroInputs,
                     outputChecksum: String(hash, radix: 16), engine: result.engine, allPEs: result.pe,
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
        let entries = try Self.computeEntries()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        if ProcessInfo.processInfo.environment["PERMSIM_RECORD_GOLDENS"] == "1" {
            try encoder.encode(entries).write(to: Self.goldenPath)
            Issue.record("goldens re-recorded at \(Self.goldenPath.path): review the diff, then run again without PERMSIM_RECORD_GOLDENS")
            return
        }
        let data = try Data(contentsOf: Self.goldenPath)
        let goldens = try JSONDecoder().decode([Entry].self, from: data)
        #expect(goldens.map(\.name) == entries.map(\.name))
        for (golden, entry) in zip(goldens, entries) where golden != entry {
            Issue.record("\(entry.name): cycles \(golden.cycles) -> \(entry.cycles), analytic \(golden.analyticCycles) -> \(entry.analyticCycles), outputs \(golden.outputChecksum) -> \(entry.outputChecksum) (events may differ too)")
        }
    }
}
