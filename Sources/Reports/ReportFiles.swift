import ConfigSupport
import Foundation

/// The files of a comparison, by path relative to the output directory, all made from the same
/// `ComparisonReport` rows: Markdown, JSON, CSV (metrics and ratios) and SVG charts.
public enum ReportFiles {
    public static let markdown = "comparison.md"
    public static let json = "comparison.json"
    public static let metricsCSV = "comparison-metrics.csv"
    public static let componentsCSV = "comparison-components.csv"
    public static let ratiosCSV = "comparison-ratios.csv"
    public static let claimsCSV = "comparison-claims.csv"
    public static let sensitivityCSV = "claims-sensitivity.csv"
    public static let chartDirectory = "charts"

    /// The charts: (file, title, axis label, metric), one per view and metric.
    static let chartMetrics: [(key: String, title: String, axis: String, value: @Sendable (MetricRow) -> Double)] = [
        ("latency", "Latency per layer", "latency (us)", { $0.latencyUs }),
        ("energy-efficiency", "Energy efficiency per layer", "dense GOPS/W", { $0.gopsPerW }),
        ("area-efficiency", "Area efficiency per layer", "dense GOPS/mm^2", { $0.gopsPerMM2 }),
    ]

    static func chartPath(view: String, metric: String) -> String { "\(chartDirectory)/\(view)-\(metric).svg" }

    /// The sensitivity chart of one claim.
    static func claimChartPath(_ claim: PublishedClaim) -> String { "\(chartDirectory)/claims-\(claim.id).svg" }

    /// One claim's sensitivity chart: our geometric mean against weight SRAM per PE, a line per
    /// weight format (and per EIE node: solid projected to 28 nm, dashed as built at 45 nm), the
    /// claimed range as the band.
    static func claimChart(_ claim: PublishedClaim, rows: [SensitivityRow]) -> SVGLineChart {
        let sizes = ClaimsCheck.chartKiB
        var series: [SVGLineChart.Series] = []
        for baseline in claim.baselines.reversed() {
            for (index, format) in ClaimsCheck.formats.enumerated() {
                let values = sizes.map { kib in
                    rows.first { $0.claim == claim.id && $0.baseline == baseline && $0.weightFormat == format.rawValue && $0.weightSRAMKiB == kib }?.geometricMean ?? 0
                }
                series.append(SVGLineChart.Series(name: "\(format.rawValue) vs \(baseline)", color: index, dashed: baseline == "eie-45nm", values: values))
            }
        }
        return SVGLineChart(title: "PermDNN's claim: \(claim.text)", xLabel: "PermDNN weight SRAM per PE (KiB)",
                            yLabel: "\(claim.metric.rawValue) ratio, geometric mean", x: sizes.map(Double.init), series: series,
                            band: (claim.low, claim.high, "claimed \(claim.rangeText)"))
    }

    /// Every file's contents, by relative path (sorted by path).
    public static func contents(of report: ComparisonReport) throws -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        files.append((markdown, MarkdownReport(report: report).render()))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        files.append((json, String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"))
        files.append((metricsCSV, CSV.render(report.metrics)))
        files.append((ratiosCSV, CSV.render(report.ratios)))
        files.append((componentsCSV, CSV.render(report.components)))
        if !report.claims.isEmpty {
            files.append((claimsCSV, CSV.render(report.claims)))
            files.append((sensitivityCSV, CSV.render(report.sensitivity)))
            for claim in PublishedClaim.all {
                files.append((claimChartPath(claim), claimChart(claim, rows: report.sensitivity).render()))
            }
        }
        for view in [Comparison.asPublished, Comparison.isoTechnology] {
            let designs = report.designs.filter { $0.view == view }.map(\.design)
            for metric in chartMetrics {
                let values = designs.map { design in
                    report.workloads.map { workload in
                        report.metrics.first { $0.view == view && $0.design == design && $0.workload == workload }.map(metric.value) ?? 0
                    }
                }
                let chart = SVGChart(title: "\(metric.title), \(view)", axisLabel: metric.axis, groups: report.workloads,
                                     series: designs, values: values)
                files.append((chartPath(view: view, metric: metric.key), chart.render()))
            }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Writes every file under `directory` (created if needed); returns the relative paths.
    @discardableResult
    public static func write(_ report: ComparisonReport, to directory: String) throws -> [String] {
        try write(try contents(of: report), to: directory)
    }

    /// Writes `files` (relative path, text) under `directory`, creating folders as needed, each
    /// through `OutputFile` (checked, then renamed into place); returns the relative paths.
    static func write(_ files: [(path: String, text: String)], to directory: String) throws -> [String] {
        try OutputFile.directory(directory, field: "--output-dir")
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try OutputFile.directory(url.deletingLastPathComponent().path, field: "--output-dir")
            try OutputFile.write(Data(text.utf8), to: url.path, field: "--output-dir")
        }
        return files.map(\.path)
    }
}

/// CSV from rows of named fields: the header is the fields' names in declaration order.
enum CSV {
    static func render<Row>(_ rows: [Row]) -> String {
        guard let first = rows.first else { return "" }
        let header = Mirror(reflecting: first).children.compactMap(\.label)
        var lines = [header.joined(separator: ",")]
        for row in rows {
            lines.append(Mirror(reflecting: row).children.map { field($0.value) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func field(_ value: Any) -> String {
        let text: String
        switch value {
        case let number as Double: text = "\(number)"
        case let number as Int: text = "\(number)"
        case let string as String: text = string
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                return mirror.children.first.map { field($0.value) } ?? ""
            }
            text = "\(value)"
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
