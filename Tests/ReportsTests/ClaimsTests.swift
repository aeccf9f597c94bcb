import CostModel
import FixedPoint
import Foundation
import PermDNNModel
import PermSim
import PermSimTestSupport
import Testing
import Workloads
@testable import Reports

private let tech = RepositoryPaths.root.appendingPathComponent("configs/tech").path

/// The "Published claims" section: the claims' verdict rule, the shared-result shortcut of
/// `ClaimsCheck` against separate runs, and the rows against the comparison they sit in.
@Suite struct ClaimsTests {
    @Test func verdictNamesTheSideAndTheFactor() throws {
        let throughput = try #require(PublishedClaim.all.first { $0.id == "eie-throughput" })
        #expect(throughput.verdict(1.88) == ("below", ReportNumber.rounded(1.88 / 3.3)))
        #expect(throughput.verdict(3.3) == ("inside", 1))
        #expect(throughput.verdict(4.8) == ("inside", 1))
        #expect(throughput.verdict(5.35) == ("above", ReportNumber.rounded(5.35 / 4.8)))
        let point = try #require(PublishedClaim.all.first { $0.id == "circnn-throughput" })
        #expect(point.verdict(11.51) == ("inside", 1))
        #expect(point.verdict(11.5).verdict == "below")
        #expect(PublishedClaim.all.map(\.rangeText) == ["3.3x-4.8x", "5.9x-8.5x", "2.8x-4.0x", "11.51x", "3.89x"])
    }

    /// Pricing one on-chip simulation at every size that holds the layer, and simulating each
    /// size that streams, gives exactly what separate runs through the comparison's path give.
    @Test(arguments: [WeightFormat.fixed16, .codebook4])
    func sharedResultsEqualSeparateRuns(format: WeightFormat) throws {
        let catalog = TechnologyCatalog(directory: tech)
        let node = try catalog.library(node: "28nm")
        let gates = try catalog.permDNNLogicGates()
        let jobs = try WorkloadSelection(workloads: ["alexnet-fc8"], networks: ["vit-b16-mlp"]).jobs()
        let check = ClaimsCheck(groups: jobs, config: .default, seed: 3)
        // alexnet-fc8 needs 64 KiB per PE in fixed16 (streams at 8 and 24) and 16 KiB in
        // codebook4 (streams at 8).
        let sizes = try [8, 24, 64, 160].map { try check.accelerator(.init(format: format, sramKiB: $0), logicGates: gates) }
        var streamed = 0
        for job in jobs {
            let shared = try ClaimsCheck.runGroup(job, sizes: sizes, node: node)
            for (index, accelerator) in sizes.enumerated() {
                let runs = Comparison.EngineRuns(accelerators: [accelerator], designs: [
                    Comparison.Design(view: ClaimsCheck.view, name: accelerator.design.name, engine: "permdnn", run: 0, node: node,
                                      clockGHz: accelerator.clockGHz, pes: 32, multipliersPerPE: 8, multipliers: 256, note: ""),
                ])
                let separate = try Comparison.runGroup(job, runs: runs).compactMap { event -> MetricRow? in
                    if case let .priced(run) = event { return run.metricRow }
                    return nil
                }
                #expect(shared.map { $0.1[index].1.metric } == separate, "\(job.name) at \(accelerator.config.weightSRAMKiB) KiB")
                streamed += separate.filter { $0.dramBytes > 0 }.count
            }
        }
        #expect(streamed > 0, "some size must stream, or the test checks only the shortcut")
    }

    /// The default rows reproduce the comparison's own geometric means (the same runs priced the
    /// same way), "enough" SRAM streams nothing, and the chart's points agree with the rows.
    @Test func rowsAgreeWithTheComparison() async throws {
        let report = try await Comparison(selection: WorkloadSelection(workloads: ["alexnet-fc6", "vgg16-fc8"]), technologyDirectory: tech).run()
        // EIE claims: 3 claims x 2 nodes x 3 formats x 2 sizes; CirCNN claims: 2 x 3 x 2.
        let expectedRows = 36 + 12
        #expect(report.claims.count == expectedRows)
        for row in report.claims where row.isDefault {
            let mean = try #require(report.geometricMeans.first { $0.view == Comparison.asPublished && $0.baseline == row.baseline })
            let expected = switch row.metric {
            case "throughput": mean.throughput
            case "energy-efficiency": mean.energyEfficiency
            default: mean.areaEfficiency
            }
            #expect(row.geometricMean == expected, "\(row.claim) vs \(row.baseline)")
            #expect(row.weightSRAMKiB == ArchitectureConfig.default.weightSRAMKiB && row.weightFormat == "fixed16")
        }
        // alexnet-fc6 streams in fixed16 at 160 KiB (604,434 cycles against about 6,500 on chip).
        let streaming = report.claims.filter { $0.isDefault }
        #expect(streaming.allSatisfy { $0.streamingLayers == "alexnet-fc6" && $0.streamingCycles > 500_000 && $0.dramEnergyShare > 0.5 })
        for row in report.claims where row.sram == "enough" {
            #expect(row.streamingLayers.isEmpty && row.streamingCycles == 0 && row.dramEnergyShare == 0)
            #expect(row.weightSRAMKiB % ClaimsCheck.roundingKiB == 0)
        }
        for row in report.claims where ClaimsCheck.chartKiB.contains(row.weightSRAMKiB) {
            let point = try #require(report.sensitivity.first {
                $0.claim == row.claim && $0.baseline == row.baseline && $0.weightFormat == row.weightFormat && $0.weightSRAMKiB == row.weightSRAMKiB
            })
            #expect(point.geometricMean == row.geometricMean && point.minimum == row.minimum && point.maximum == row.maximum)
        }
        let files = Dictionary(uniqueKeysWithValues: try ReportFiles.contents(of: report).map { ($0.path, $0.text) })
        for claim in PublishedClaim.all {
            let svg = try #require(files[ReportFiles.claimChartPath(claim)])
            #expect(svg.components(separatedBy: "<polyline").count - 1 == claim.baselines.count * ClaimsCheck.formats.count)
            #expect(svg.contains("claimed \(claim.rangeText)"))
        }
        #expect(files[ReportFiles.claimsCSV]?.split(separator: "\n").count == report.claims.count + 1)
        let markdown = try #require(files[ReportFiles.markdown])
        #expect(markdown.contains("## Published claims") && markdown.contains("**CirCNN as published.**"))
    }

    @Test func noClaimsLeavesTheSectionOut() async throws {
        var comparison = Comparison(selection: WorkloadSelection(workloads: ["vgg16-fc8"]), technologyDirectory: tech)
        comparison.checksClaims = false
        let report = try await comparison.run()
        #expect(report.claims.isEmpty && report.sensitivity.isEmpty)
        let paths = try ReportFiles.contents(of: report).map(\.path)
        #expect(!paths.contains(ReportFiles.claimsCSV) && !paths.contains { $0.contains("claims-") })
        #expect(!MarkdownReport(report: report).render().contains("Published claims"))
    }
}
