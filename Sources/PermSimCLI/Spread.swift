import ArgumentParser
import ConfigSupport
import Foundation
import PermSim
import Workloads

extension PermSimCommand {
    struct Spread: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure how real pruned weights spread over rows and columns, and fit the generator to them.",
            discussion: """
            Prunes real weights by magnitude at each density (the EIE suite's by default) and \
            measures the kept weights: per-row and per-column counts over their mean (CV and \
            5th/95th percentiles), zero runs within an EIE PE's slice of a column, EIE padding \
            per weight, and EIE's balance (mean over max entries per PE, all inputs non-zero). \
            Beside them, the same shapes generated with the fitted spread and with uniform \
            positions, measured the same way. --fit FILE writes the spread fitted to these \
            weights (configs/workloads/positions.yaml is made by \
            `permsim spread --network minilm-l6 --fit configs/workloads/positions.yaml`).
            """)

        @Option(name: .long, help: ArgumentHelp("A real-weight network (default minilm-l6 when no --weights is given).", valueName: "NAME"))
        var network: String?

        @Option(name: .long, help: ArgumentHelp("Real weights: a .npy matrix, or a .safetensors file (every 2-D tensor unless --tensor).", valueName: "FILE"))
        var weights: String?

        @Option(name: .long, help: ArgumentHelp("One tensor of a .safetensors --weights file.", valueName: "NAME"))
        var tensor: String?

        @Option(name: .long, help: ArgumentHelp("Comma-separated densities (default: the EIE suite's, 0.04,0.09,0.1,0.11,0.23,0.25).", valueName: "LIST"))
        var densities: String?

        @Option(name: .long, help: "EIE PEs whose slices the zero runs and balance are measured on.")
        var pes = 64

        @Option(name: .long, help: "Seed of the generated comparison layers.")
        var seed: UInt64 = 1

        @Option(name: .long, help: ArgumentHelp("Write the spread fitted to these weights to FILE (YAML).", valueName: "FILE"))
        var fit: String?

        @Option(name: .long, help: ArgumentHelp("table, json or csv (the summary; json also has every matrix).", valueName: "FORMAT"))
        var format: ReportFormat = .table

        func run() throws {
            let matrices = try loadMatrices()
            let densityList = try parseDensities()
            let command = "permsim spread " + CommandLine.arguments.dropFirst(2).joined(separator: " ")
            let source = fit.map { _ in
                SpreadSurvey.sourceDescription(weights: weights.map { URL(fileURLWithPath: $0).lastPathComponent } ?? (network ?? "minilm-l6"),
                                               matrices: matrices.count, densities: densityList)
            }
            let survey = try SpreadSurvey.run(matrices: matrices, densities: densityList, pes: pes, seed: seed,
                                              spread: fit == nil ? try PositionSpread.standard() : nil, fitting: source)
            if let fit {
                try OutputFile.write(Data(survey.spread.yaml(measuredWith: command).utf8), to: fit, field: "--fit")
            }
            try OutputFile.standardOutput(render(survey))
        }

        func loadMatrices() throws -> [(name: String, array: NpyArray)] {
            if weights != nil, network != nil {
                throw ConfigError.invalid(field: "--weights", rule: "and --network both name the weights: give one")
            }
            if tensor != nil, weights == nil { throw ConfigError.invalid(field: "--tensor", rule: "names a tensor of the --weights file; give --weights too") }
            if let weights {
                if SafeTensorsFile.isSafeTensors(weights), tensor == nil {
                    let file = try SafeTensorsFile.open(path: weights)
                    let names = file.entries.filter { $0.shape.count == 2 && $0.dtype.isImportable }.map(\.name)
                    return try names.map { ($0, try file.tensor(named: $0)) }
                }
                return [(tensor ?? URL(fileURLWithPath: weights).lastPathComponent, try WeightFile.read(path: weights, tensor: tensor))]
            }
            let name = network ?? "minilm-l6"
            guard let real = RealNetwork.named(name) else {
                throw ConfigError.invalid(field: "--network", rule: "'\(name)' has no real weights (real-weight networks: \(RealNetwork.all.map(\.name).joined(separator: ", ")))")
            }
            let path: String
            do { path = try real.checkedPath() } catch let WorkloadError.invalid(_, rule, _) { throw ConfigError.invalid(field: "--network", rule: rule) }
            let file = try SafeTensorsFile.open(path: path)
            return try real.tensors.map { ($0.layer, try file.tensor(named: $0.tensor)) }
        }

        func parseDensities() throws -> [Double] {
            guard let densities else { return Array(Set(WorkloadCatalog.eieSuite.map(\.weightDensity))).sorted() }
            var values: [Double] = []
            for item in densities.split(separator: ",", omittingEmptySubsequences: false) {
                let text = item.trimmingCharacters(in: .whitespaces)
                guard let value = YAMLMapping.parseDouble(text), value > 0, value <= 1 else {
                    throw ConfigError.invalid(field: "--densities", rule: "'\(text)' is not a number in (0, 1]")
                }
                guard !values.contains(value) else { throw ConfigError.invalid(field: "--densities", rule: "\(value) is given twice") }
                values.append(value)
            }
            return values.sorted()
        }

        func render(_ survey: SpreadSurvey) throws -> String {
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                struct Document: Encodable {
                    var summaries: [SpreadSurvey.Summary]
                    var matrices: [SpreadSurvey.Row]
                    var points: [[String: Double]]
                }
                let points = survey.spread.points.map { ["density": $0.density, "row_sigma": $0.rowSigma, "column_sigma": $0.columnSigma] }
                let data = try encoder.encode(Document(summaries: survey.summaries, matrices: survey.rows, points: points))
                return String(decoding: data, as: UTF8.self) + "\n"
            case .csv:
                let header = "source,density,matrices,row_cv,column_cv,row_p5,row_p95,column_p5,column_p95,run_mean,run_p90,padding_per_weight,eie_balance"
                let lines = survey.summaries.map { s in
                    [s.source, "\(s.density)", "\(s.matrices)", "\(s.rowCV)", "\(s.columnCV)", "\(s.rowP5)", "\(s.rowP95)", "\(s.columnP5)",
                     "\(s.columnP95)", "\(s.runMean)", "\(s.runP90)", "\(s.paddingPerWeight)", "\(s.eieBalance)"].joined(separator: ",")
                }
                return ([header] + lines).joined(separator: "\n") + "\n"
            case .table:
                let f = { (x: Double) in String(format: "%.3f", x) }
                var rows = [["density", "source", "row CV", "col CV", "row p5", "row p95", "col p5", "col p95", "run mean", "run p90", "pad/weight", "EIE balance"]]
                for s in survey.summaries {
                    rows.append([String(s.density), s.source, f(s.rowCV), f(s.columnCV), f(s.rowP5), f(s.rowP95), f(s.columnP5), f(s.columnP95),
                                 String(format: "%.2f", s.runMean), String(format: "%.0f", s.runP90), f(s.paddingPerWeight), f(s.eieBalance)])
                }
                let sigmas = survey.spread.points.map { "density \($0.density): row \($0.rowSigma), column \($0.columnSigma)" }
                return "Medians over \(Set(survey.rows.map(\.tensor)).count) matrices; EIE slices of \(pes) PEs\n"
                    + TextTable.render(rows, leftAligned: 2, ruleUnderHeader: true)
                    + "fitted sigmas: " + sigmas.joined(separator: "; ") + "\n"
            }
        }
    }
}
