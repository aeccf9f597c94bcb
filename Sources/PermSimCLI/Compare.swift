import ArgumentParser
import CommandLineSupport
import ConfigSupport
import CostModel
import Foundation
import PermSim
import Reports
import Workloads

extension PermSimCommand {
    /// `permsim compare`: PermDNN against EIE and CirCNN, written as a report directory.
    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run PermDNN, EIE and CirCNN on the same layers and write the comparison reports.",
            discussion: """
            Workloads (default: the 9-layer EIE suite):
              --suite eie|modern   a built-in suite
              --suite schemes      instead of the comparison, the sparsity-
                                   schemes report: 6 schemes x 4 sparsities on
                                   their engines (ViT-B/16 and minilm-l6, or
                                   the layers given; docs/schemes.md)
              --workload NAME      a catalogue layer (`permsim list`), repeatable
              --network NAME       a catalogue network, repeatable: its layers are
                                   chained on each engine (layer i+1's input is
                                   that engine's output of layer i)
              --in N --out M       a custom layer (with --weight-density or --p)
              --weights F          real weights (.npy, or .safetensors with
                                   --tensor NAME), projected by each engine
              --workload-file F    a YAML workload file (as for permsim run):
                                   generated layers, or real .npy weights that
                                   each engine takes as `run --engine` does
                                   (PermDNN projection, EIE magnitude pruning +
                                   codebook, CirCNN circulant projection); a
                                   file declaring a network is chained

            Writes DIR/comparison.md (tables, geometric means, constants with
            sources), comparison.json, comparison-metrics.csv,
            comparison-ratios.csv and charts/*.svg, in two views: as published
            (each design at its own node and clock, EIE also projected to
            28 nm) and iso-technology (28 nm, 1.2 GHz, 256 multipliers).
            The "Published claims" section checks the PermDNN paper's five
            claims against our ratios under each weight format (fixed16,
            fixed8, codebook4), weight SRAM per PE (160 KiB, or enough for
            every layer) and EIE node, with comparison-claims.csv,
            claims-sensitivity.csv and charts/claims-*.svg (ratio against
            64-512 KiB of SRAM); --no-claims leaves it out.
            Run from the repository root (technology libraries: configs/tech).
            Details: docs/reports.md.
            """)

        @Option(name: .long, help: ArgumentHelp("Directory to write the reports into (the committed ones: --output-dir reports).", valueName: "DIR"))
        var outputDir: String = "permsim-compare"

        @Option(name: .long, help: ArgumentHelp("Built-in suite: eie, modern, or schemes (the sparsity-schemes report instead of the comparison).", valueName: "eie|modern|schemes"))
        var suite: CompareSuite?

        @OptionGroup var workload: WorkloadOptions

        @Option(name: .long, help: ArgumentHelp("Directory of the technology libraries.", valueName: "DIR"))
        var techDir: String = TechnologyCatalog.defaultDirectory

        @Flag(name: .long, help: "Leave out the \"Published claims\" section (PermDNN re-run under 3 weight formats x 16 SRAM sizes).")
        var noClaims = false

        func run() async throws {
            try OutputFile.checkDirectory(outputDir, field: "--output-dir")
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: techDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ConfigError.invalid(field: "--tech-dir", rule: "'\(techDir)' is not a directory of technology libraries (configs/tech)")
            }
            if suite == .schemes { return try await runSchemes() }
            // The designs are fixed; --p shapes only the layer the options describe.
            let realNetwork = workload.catalogue.networks.contains { RealNetwork.named($0) != nil }
            if workload.layer.blockSize != nil, workload.layer.inputs == nil, workload.weights == nil, !realNetwork {
                throw ConfigError.invalid(field: "--p", rule: "applies in compare only to a --in/--out or --weights layer (each design keeps its own structure for catalogue layers)")
            }
            let selection = workload.selection(suite: suite?.workloadSuite)
            var comparison = Comparison(selection: selection, technologyDirectory: techDir)
            comparison.seed = workload.layer.seed
            comparison.positions = workload.positions ?? .fitted
            comparison.checksClaims = !noClaims
            let progress = ProgressLine(total: try comparison.plannedWork())
            let report = try await progress.around { try await comparison.run(progress: progress) }
            let paths = try ReportFiles.write(report, to: outputDir)
            let summary = report.geometricMeans.map {
                "\($0.view) vs \($0.baseline): throughput \(String(format: "%.2f", $0.throughput))x, GOPS/W \(String(format: "%.2f", $0.energyEfficiency))x, GOPS/mm^2 \(String(format: "%.2f", $0.areaEfficiency))x"
            }
            print((["wrote \(paths.count) files to \(outputDir)"] + summary).joined(separator: "\n"))
        }

        /// `--suite schemes`: every sparsity scheme at 50/75/87.5/90% sparsity on its engine, on
        /// ViT-B/16's layers and MiniLM's real weights, or on the layers the options select.
        func runSchemes() async throws {
            for (given, flag) in [(workload.layer.weightDensity != nil, "--weight-density"), (workload.layer.blockSize != nil, "--p"), (noClaims, "--no-claims")] where given {
                throw ConfigError.invalid(field: flag, rule: "does not apply with --suite schemes (every scheme runs at \(SchemeComparison.sparsityText) sparsity)")
            }
            var options = workload
            // The report sets every layer's density; a --weights layer needs one to be read.
            if options.weights != nil { options.layer.weightDensity = 0.5 }
            var selection = options.selection()
            let explicit = !selection.workloads.isEmpty || !selection.networks.isEmpty || selection.workloadFile != nil
                || options.weights != nil || options.layer.inputs != nil || options.activations != nil
            if !explicit {
                selection.workloads = SchemeComparison.vitLayers
                selection.networks = ["minilm-l6"]
            }
            var comparison = SchemeComparison(selection: selection, technologyDirectory: techDir)
            comparison.seed = workload.layer.seed
            let progress = ProgressLine(total: try comparison.plannedWork())
            let report = try await progress.around { try await comparison.run(progress: progress) }
            let paths = try SchemeReportFiles.write(report, to: outputDir)
            print("wrote \(paths.count) files to \(outputDir)")
        }
    }
}

/// `compare --suite`: a workload suite for the comparison, or the schemes report.
enum CompareSuite: String, ExpressibleByArgument, CaseIterable, Sendable {
    case eie, modern, schemes

    /// The workload suite the comparison runs (nil for the schemes report).
    var workloadSuite: WorkloadSelection.Suite? {
        switch self {
        case .eie: return .eie
        case .modern: return .modern
        case .schemes: return nil
        }
    }
}
