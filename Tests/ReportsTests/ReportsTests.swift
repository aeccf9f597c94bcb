import CostModel
import Foundation
import PermSim
import PermSimTestSupport
import Testing
import Workloads
@testable import Reports

private let root = RepositoryPaths.root

@Suite struct ReportsTests {
    /// The committed `reports/` is exactly what `permsim compare` writes from the committed code
    /// (written to a temporary directory by the same `ReportFiles.write`, then compared byte for
    /// byte; re-recorded into `reports/` only with `PERMSIM_RECORD_GOLDENS=1`).
    @Test func committedReportsAreRegenerated() async throws {
        let comparison = Comparison(selection: WorkloadSelection(), technologyDirectory: root.appendingPathComponent("configs/tech").path)
        let report = try await comparison.run()
        let temporary = try TemporaryDirectory(prefix: "permsim-reports")
        defer { temporary.remove() }
        let written = try ReportFiles.write(report, to: temporary.path)
        let files = try written.map { path in (path, try Data(contentsOf: URL(fileURLWithPath: temporary.path).appendingPathComponent(path))) }
        let goldens = GoldenFiles(directory: root.appendingPathComponent("reports"), exhaustive: true,
                                  testFilter: "committedReportsAreRegenerated", excludedFolders: [SchemeComparison.reportFolder])
        try goldens.check(files)
    }

    /// A layer whose column slices overflow EIE's 16-bit pointers at 64 PEs is listed as not run
    /// for the 64-PE designs (n/a ratios, left out of the means) and still runs at 256 PEs.
    @Test func eieLayerThatCannotBeEncodedIsNotRun() async throws {
        let comparison = Comparison(selection: WorkloadSelection(workloads: ["llm7b-gate"]),
                                    technologyDirectory: root.appendingPathComponent("configs/tech").path)
        let report = try await comparison.run()
        #expect(report.notRun.map(\.design) == ["eie-45nm, eie-28nm"])
        #expect(report.notRun.first?.reason.contains("16-bit column pointers") == true)
        #expect(!report.metrics.contains { $0.design == "eie-45nm" || $0.design == "eie-28nm" })
        #expect(report.metrics.contains { $0.design == "eie-iso" })
        #expect(report.geometricMeans.first { $0.baseline == "eie-45nm" }?.layers == 0)
        #expect(report.geometricMeans.first { $0.baseline == "eie-iso" }?.layers == 1)
    }

    /// The per-component breakdown of every design adds up: on-chip areas to the design's area,
    /// energies (DRAM included) to the design's energy summed over the layers it ran; the
    /// Markdown lists every row, and PermDNN's rows are the cost model's components in order.
    @Test func componentBreakdownAddsUpPerDesign() async throws {
        let comparison = Comparison(selection: WorkloadSelection(workloads: ["vgg16-fc8", "neuraltalk-wd"]),
                                    technologyDirectory: root.appendingPathComponent("configs/tech").path)
        let report = try await comparison.run()
        let markdown = MarkdownReport(report: report).render()
        for design in report.designs {
            let rows = report.components.filter { $0.view == design.view && $0.design == design.design }
            #expect(rows.count >= 5, "\(design.view)/\(design.design): \(rows.count) components")
            let area = rows.filter(\.onChip).reduce(0) { $0 + $1.areaMM2 }
            #expect(abs(area - design.areaMM2) <= 1e-3 * design.areaMM2, "\(design.view)/\(design.design): components \(area) mm^2, design \(design.areaMM2)")
            let metrics = report.metrics.filter { $0.view == design.view && $0.design == design.design }
            #expect(metrics.count == 2)
            let energy = metrics.reduce(0) { $0 + $1.energyUJ }
            let components = rows.reduce(0) { $0 + $1.energyUJ }
            #expect(abs(components - energy) <= 1e-3 * energy, "\(design.view)/\(design.design): components \(components) uJ, layers \(energy)")
            for row in rows {
                #expect(markdown.contains("| \(row.design) | \(row.component)\(row.onChip ? "" : " (off chip)") | \(ReportNumber.text(row.areaMM2)) | \(ReportNumber.text(row.energyUJ)) |"))
            }
        }
        let permdnn = report.components.filter { $0.view == Comparison.asPublished && $0.design == "permdnn" }.map(\.component)
        #expect(permdnn == CostModel.PermDNNComponent.all + [CostModel.fillerName])
        #expect(report.components.filter { !$0.onChip }.allSatisfy { $0.component == "dram" && $0.areaMM2 == 0 })
    }

    /// Groups run in parallel; the report is the same whatever the number of workers.
    @Test func reportDoesNotDependOnParallelism() async throws {
        var comparison = Comparison(selection: WorkloadSelection(workloads: ["neuraltalk-lstm", "alexnet-fc8"], networks: ["vit-b16-mlp"]),
                                    technologyDirectory: root.appendingPathComponent("configs/tech").path)
        comparison.parallelism = 1
        let serial = try await comparison.run()
        comparison.parallelism = 3
        let parallel = try await comparison.run()
        #expect(serial == parallel)
        #expect(serial.workloads == ["neuraltalk-lstm", "alexnet-fc8", "vit-b16-mlp/vit-b16-fc1", "vit-b16-mlp/vit-b16-fc2"])
        #expect(serial.metrics.filter { $0.design == "permdnn" && $0.view == Comparison.asPublished }.map(\.workload) == serial.workloads)
    }

    @Test func unknownWorkloadSuggestsName() {
        do {
            _ = try WorkloadSelection(workloads: ["alexnet-fc9"]).jobs()
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("did you mean 'alexnet-fc8'"))
            #expect(!"\(error)".contains("\n"))
        }
    }

    /// `compare --workload-file` with a real dense matrix: every engine imports it as
    /// `permsim run --engine X --workload-file` does (same cycles), and the rows carry the
    /// entry's name.
    @Test func workloadFileWithRealWeights() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-compare-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var rng = SplitMix64(seed: 77)
        let (rows, columns) = (96, 128)
        let values = (0..<rows * columns).map { _ in Double(rng.uniformInt(below: 2001)) / 1000 - 1 }
        try Data(NpyWriter.write(shape: [rows, columns], dtype: .float32, values: values))
            .write(to: directory.appendingPathComponent("w.npy"))
        let file = directory.appendingPathComponent("real.yaml")
        try "layers:\n  - {name: real-fc, weights: w.npy, p: 8, act-density: 0.5}\n".write(to: file, atomically: true, encoding: .utf8)
        let tech = root.appendingPathComponent("configs/tech").path
        let report = try await Comparison(selection: WorkloadSelection(workloadFile: file.path), technologyDirectory: tech).run()
        #expect(report.workloads == ["real-fc"] && report.notRun.isEmpty)
        let entries = try WorkloadFile.load(path: file.path).entries
        for (engine, design) in [("permdnn", "permdnn"), ("eie", "eie-45nm"), ("circnn", "circnn")] {
            let simulation = Simulation(accelerator: try EngineTable.standard.accelerator(named: engine, options: EngineOptions()))
            let run = try await simulation.run([Job(layers: entries.map { .file($0) })])
            #expect(run.allSatisfy { $0.matchesReference == true })
            let cycles = report.metrics.filter { $0.view == Comparison.asPublished && $0.design == design }.map(\.cycles)
            #expect(cycles == run.map { $0.cycles ?? -1 }, "\(design): compare \(cycles), run \(run.map(\.cycles))")
        }
        // A bad file is the workload file's own one-line error (file, line, field).
        try "layers:\n  - {name: x, weights: missing.npy, p: 4}\n".write(to: file, atomically: true, encoding: .utf8)
        await #expect(throws: (any Error).self) { try await Comparison(selection: WorkloadSelection(workloadFile: file.path), technologyDirectory: tech).run() }
    }

    @Test func selectionOrderAndDefaults() throws {
        let suite = try WorkloadSelection().jobs()
        #expect(suite.count == 9 && suite.allSatisfy { $0.network == nil && $0.layers.count == 1 })
        let groups = try WorkloadSelection(workloads: ["vgg16-fc8", "vgg16-fc8"], networks: ["alexnet-classifier", "alexnet-classifier"]).jobs()
        #expect(groups.map(\.network) == [nil, "alexnet-classifier"])
        #expect(groups.flatMap(\.labels) == ["vgg16-fc8", "alexnet-classifier/alexnet-fc6", "alexnet-classifier/alexnet-fc7",
                                              "alexnet-classifier/alexnet-fc8"])
    }

    /// `compare --network` chains each engine's layers as `permsim run --network` does: the same
    /// cycles as `Simulation` on each engine, and the second layer's input is the engine's own
    /// first-layer output (so it differs from the layer run on its generated input).
    @Test func networksAreChainedPerEngine() async throws {
        let tech = root.appendingPathComponent("configs/tech").path
        let network = try WorkloadCatalog.network(named: "vit-b16-mlp")
        let chained = try await Comparison(selection: WorkloadSelection(networks: [network.name]), technologyDirectory: tech).run()
        #expect(chained.workloads == network.layers.map { "\(network.name)/\($0.name)" })
        #expect(chained.notRun.isEmpty)
        #expect(chained.chainedNetworks == [network.name])
        #expect(MarkdownReport(report: chained).render().contains("Networks `vit-b16-mlp` are chained on each engine"))
        #expect(try await Comparison(selection: WorkloadSelection(workloads: ["vgg16-fc8"]), technologyDirectory: tech).run().chainedNetworks == nil)
        for (engine, design) in [("permdnn", "permdnn"), ("eie", "eie-45nm"), ("circnn", "circnn")] {
            let simulation = Simulation(accelerator: try EngineTable.standard.accelerator(named: engine, options: EngineOptions()))
            let rows = try await simulation.run([Job(layers: network.layers.map { .generated($0) }, network: network.name)])
            #expect(rows.allSatisfy { $0.matchesReference == true })
            let cycles = chained.metrics.filter { $0.view == Comparison.asPublished && $0.design == design }.map(\.cycles)
            #expect(cycles == rows.map { $0.cycles ?? -1 }, "\(design): compare \(cycles), run --network \(rows.map(\.cycles))")
        }
        let second = network.layers[1].name
        let alone = try await Comparison(selection: WorkloadSelection(workloads: [second]), technologyDirectory: tech).run()
        for design in ["permdnn", "eie-45nm"] {
            let own = try #require(alone.metrics.first { $0.view == Comparison.asPublished && $0.design == design })
            let fed = try #require(chained.metrics.first { $0.view == Comparison.asPublished && $0.design == design && $0.workload == "\(network.name)/\(second)" })
            #expect(own.cycles != fed.cycles, "\(design): \(second) on its generated input and fed by the first layer take the same cycles")
        }
    }

    @Test func logAxisOnlyForWideRanges() {
        let narrow = SVGChart(title: "t", axisLabel: "a", groups: ["x", "y"], series: ["s"], values: [[1, 19]])
        let wide = SVGChart(title: "t", axisLabel: "a", groups: ["x", "y"], series: ["s"], values: [[1, 21]])
        #expect(!narrow.isLog)
        #expect(wide.isLog)
        #expect(wide.render().contains("(log scale)"))
    }

    @Test func geometricMean() {
        #expect(abs(ReportNumber.geometricMean([2, 8]) - 4) < 1e-12)
    }
}
