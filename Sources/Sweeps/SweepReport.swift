import ConfigSupport
import Foundation

/// `permsim sweep report`: the Pareto front over throughput, energy efficiency and area, per
/// workload and over the workloads' geometric mean, as Markdown and SVG scatter plots, and how
/// much each axis moves each metric.
public struct SweepReport: Sendable {
    /// One design point in one scope (a workload, or the geometric mean over all of them).
    public struct Entry: Sendable, Equatable {
        public var pointID: Int
        public var engine: String
        public var settings: String
        /// Dense-equivalent GOPS (higher is better).
        public var throughput: Double
        /// GOPS/W (higher is better).
        public var efficiency: Double
        /// mm^2 (lower is better).
        public var area: Double
        public var onFront = false
    }

    /// The points of one scope and which are on its front.
    public struct Scope: Sendable {
        public var name: String
        public var entries: [Entry]
        public var front: [Entry] { entries.filter(\.onFront) }
    }

    /// How much an axis moves a metric: the geometric mean of the metric over the points with
    /// each value of the axis, and the largest over the smallest of those means.
    public struct Sensitivity: Sendable, Equatable {
        public var axis: String
        public var metric: String
        public var means: [(value: String, mean: Double)]
        public var spread: Double
        public static func == (a: Sensitivity, b: Sensitivity) -> Bool {
            a.axis == b.axis && a.metric == b.metric && a.spread == b.spread && a.means.map(\.value) == b.means.map(\.value)
                && a.means.map(\.mean) == b.means.map(\.mean)
        }
    }

    public var scopes: [Scope]
    public var sensitivities: [Sensitivity]
    public var points: Int
    public var statuses: [(String, Int)]
    public var sweepFile: String

    /// The name of the scope over every workload.
    public static let suiteScope = "geometric mean over the workloads"

    /// Reads `store` and builds the report (points that are not `done` are left out and counted).
    public static func build(store: SweepStore) throws -> SweepReport {
        let (_, text) = try store.storedSweep()
        let axes = try store.table("SELECT value FROM sweep WHERE key = 'axes'").rows.first?.first?.description
            .split(separator: "\n").map(String.init) ?? []
        let pointRows = try store.table("SELECT point_id, engine, settings, area_mm2, status" + axes.map { ", " + SweepStore.quoted($0) }.joined()
                                        + " FROM points ORDER BY point_id").rows
        let resultRows = try store.table("SELECT point_id, workload, dense_gops, gops_per_w FROM results ORDER BY point_id, layer_index").rows
        var byPoint: [Int: [(String, Double, Double)]] = [:]
        for row in resultRows {
            guard case let .integer(id) = row[0] else { continue }
            byPoint[Int(id), default: []].append((row[1].description, number(row[2]), number(row[3])))
        }
        var statusCounts: [String: Int] = [:]
        var workloads: [String] = []
        var perWorkload: [String: [Entry]] = [:]
        var suite: [Entry] = []
        var axisValues: [Int: [String: String]] = [:]
        for row in pointRows {
            guard case let .integer(rawID) = row[0] else { continue }
            let id = Int(rawID)
            let status = row[4].description
            statusCounts[status, default: 0] += 1
            guard status == PointOutcome.Status.done.rawValue, let results = byPoint[id], !results.isEmpty else { continue }
            var values: [String: String] = [:]
            for (index, axis) in axes.enumerated() where row[5 + index] != .null { values[axis] = row[5 + index].description }
            axisValues[id] = values
            let area = number(row[3])
            for (workload, throughput, efficiency) in results {
                if perWorkload[workload] == nil { workloads.append(workload) }
                perWorkload[workload, default: []].append(Entry(pointID: id, engine: row[1].description, settings: row[2].description,
                                                                throughput: throughput, efficiency: efficiency, area: area))
            }
            suite.append(Entry(pointID: id, engine: row[1].description, settings: row[2].description,
                               throughput: geometricMean(results.map(\.1)), efficiency: geometricMean(results.map(\.2)), area: area))
        }
        var scopes = [Scope(name: suiteScope, entries: markFront(suite))]
        for workload in workloads { scopes.append(Scope(name: workload, entries: markFront(perWorkload[workload] ?? []))) }

        var sensitivities: [Sensitivity] = []
        for axis in axes {
            for (metric, value) in [("throughput (GOPS)", { (e: Entry) in e.throughput }), ("energy efficiency (GOPS/W)", { $0.efficiency }),
                                    ("area (mm^2)", { $0.area })] {
                var groups: [(String, [Double])] = []
                for entry in suite {
                    guard let axisValue = axisValues[entry.pointID]?[axis] else { continue }
                    if let index = groups.firstIndex(where: { $0.0 == axisValue }) {
                        groups[index].1.append(value(entry))
                    } else {
                        groups.append((axisValue, [value(entry)]))
                    }
                }
                guard groups.count >= 2 else { continue }
                groups.sort { (Double($0.0) ?? 0, $0.0) < (Double($1.0) ?? 0, $1.0) }
                let means = groups.map { (value: $0.0, mean: geometricMean($0.1)) }
                let largest = means.map(\.mean).max() ?? 0, smallest = means.map(\.mean).min() ?? 0
                sensitivities.append(Sensitivity(axis: axis, metric: metric, means: means, spread: smallest > 0 ? largest / smallest : 0))
            }
        }
        let order = PointOutcome.Status.allCases.map(\.rawValue)
        return SweepReport(scopes: scopes, sensitivities: sensitivities, points: pointRows.count,
                           statuses: order.compactMap { status in statusCounts[status].map { (status, $0) } }, sweepFile: text)
    }

    static func number(_ value: SQLiteConnection.Value) -> Double {
        switch value {
        case let .integer(number): return Double(number)
        case let .real(number): return number
        default: return 0
        }
    }

    static func geometricMean(_ values: [Double]) -> Double {
        let positive = values.filter { $0 > 0 }
        guard positive.count == values.count, !values.isEmpty else { return 0 }
        return Foundation.exp(positive.reduce(0) { $0 + Foundation.log($1) } / Double(positive.count))
    }

    /// Whether `a` dominates `b`: no worse in all three metrics and better in one.
    static func dominates(_ a: Entry, _ b: Entry) -> Bool {
        let noWorse = a.throughput >= b.throughput && a.efficiency >= b.efficiency && a.area <= b.area
        let better = a.throughput > b.throughput || a.efficiency > b.efficiency || a.area < b.area
        return noWorse && better
    }

    /// Marks the entries no other entry dominates.
    static func markFront(_ entries: [Entry]) -> [Entry] {
        entries.map { entry in
            var marked = entry
            marked.onFront = !entries.contains { dominates($0, entry) }
            return marked
        }
    }

    /// File names of a scope's charts.
    static func slug(_ scope: String) -> String {
        scope == suiteScope ? "suite" : String(scope.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    }

    /// The Markdown report and the SVG charts, by file name.
    public func files() -> [(name: String, text: String)] {
        var files: [(String, String)] = [("sweep-report.md", markdown())]
        for scope in scopes {
            files.append(("pareto-\(Self.slug(scope.name))-efficiency.svg",
                          ScatterChart(title: "\(scope.name): throughput vs energy efficiency", xLabel: "throughput (dense GOPS)",
                                       yLabel: "energy efficiency (GOPS/W)",
                                       points: scope.entries.map { ($0.throughput, $0.efficiency, $0.onFront) }).render()))
            files.append(("pareto-\(Self.slug(scope.name))-area.svg",
                          ScatterChart(title: "\(scope.name): throughput vs area", xLabel: "throughput (dense GOPS)", yLabel: "area (mm^2)",
                                       points: scope.entries.map { ($0.throughput, $0.area, $0.onFront) }).render()))
        }
        return files
    }

    func markdown() -> String {
        func f(_ x: Double) -> String { String(format: x >= 100 ? "%.1f" : "%.3g", x) }
        var out = ["# Sweep report", ""]
        out.append("Generated by `permsim sweep report`. \(points) design points: "
                   + statuses.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + ". Only `done` points enter the fronts.")
        out.append("")
        out.append("A point is on the Pareto front when no other point has at least its throughput (dense-equivalent GOPS) and energy efficiency (GOPS/W) and at most its area, and is better in one of them. The charts draw the front in full colour and fade the dominated points.")
        out.append("")
        out.append("## Sweep file")
        out.append("")
        out.append("```yaml")
        out.append(sweepFile.trimmingCharacters(in: .newlines))
        out.append("```")
        for scope in scopes {
            out.append("")
            out.append("## \(scope.name == Self.suiteScope ? "All workloads (geometric mean)" : "Workload `\(scope.name)`")")
            out.append("")
            out.append("\(scope.front.count) of \(scope.entries.count) points on the front. Charts: `pareto-\(Self.slug(scope.name))-efficiency.svg`, `pareto-\(Self.slug(scope.name))-area.svg`.")
            out.append("")
            out.append("| point | engine | settings | throughput (GOPS) | GOPS/W | area (mm^2) |")
            out.append("|---:|---|---|---:|---:|---:|")
            for entry in scope.front.sorted(by: { ($0.throughput, -$0.pointID) > ($1.throughput, -$1.pointID) }) {
                out.append("| \(entry.pointID) | \(entry.engine) | `\(entry.settings)` | \(f(entry.throughput)) | \(f(entry.efficiency)) | \(f(entry.area)) |")
            }
        }
        out.append("")
        out.append("## Sensitivity")
        out.append("")
        out.append("For each axis, the geometric mean of each metric (over the workloads' geometric mean) over the points with each value of the axis; the spread is the largest of those means over the smallest.")
        out.append("")
        out.append("| axis | metric | spread | mean per value |")
        out.append("|---|---|---:|---|")
        for s in sensitivities {
            out.append("| `\(s.axis)` | \(s.metric) | \(String(format: "%.2fx", s.spread)) | " + s.means.map { "\($0.value): \(f($0.mean))" }.joined(separator: "; ") + " |")
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// A hand-written SVG scatter plot: the front in full colour, dominated points faded; log axes
/// when the values span more than a factor of 20.
struct ScatterChart {
    var title: String
    var xLabel: String
    var yLabel: String
    var points: [(x: Double, y: Double, front: Bool)]

    func render() -> String {
        let width = 640.0, height = 440.0, left = 80.0, right = 20.0, top = 40.0, bottom = 60.0
        let xs = points.map(\.x).filter { $0 > 0 }, ys = points.map(\.y).filter { $0 > 0 }
        let (xMin, xMax) = (xs.min() ?? 1, xs.max() ?? 1), (yMin, yMax) = (ys.min() ?? 1, ys.max() ?? 1)
        let xLog = xMax / max(xMin, 1e-300) > 20, yLog = yMax / max(yMin, 1e-300) > 20
        func scale(_ v: Double, _ low: Double, _ high: Double, _ log: Bool) -> Double {
            if high <= low { return 0.5 }
            if log { return (Foundation.log(v) - Foundation.log(low)) / (Foundation.log(high) - Foundation.log(low)) }
            return (v - low) / (high - low)
        }
        let pad = 0.05
        func px(_ x: Double) -> Double { left + (pad + (1 - 2 * pad) * scale(x, xMin, xMax, xLog)) * (width - left - right) }
        func py(_ y: Double) -> Double { height - bottom - (pad + (1 - 2 * pad) * scale(y, yMin, yMax, yLog)) * (height - top - bottom) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        func label(_ v: Double) -> String { String(format: v >= 100 ? "%.0f" : "%.3g", v) }
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">"]
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>")
        svg.append("<text x=\"\(f(width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">\(escape(title))</text>")
        svg.append("<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" y2=\"\(f(height - bottom))\" stroke=\"black\"/>")
        svg.append("<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(height - bottom))\" stroke=\"black\"/>")
        for (value, anchor) in [(xMin, "start"), (xMax, "end")] where !xs.isEmpty {
            svg.append("<text x=\"\(f(px(value)))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"\(anchor)\">\(label(value))</text>")
        }
        for value in [yMin, yMax] where !ys.isEmpty {
            svg.append("<text x=\"\(f(left - 6))\" y=\"\(f(py(value) + 4))\" text-anchor=\"end\">\(label(value))</text>")
        }
        svg.append("<text x=\"\(f((left + width - right) / 2))\" y=\"\(f(height - 18))\" text-anchor=\"middle\">\(escape(xLabel))\(xLog ? " (log)" : "")</text>")
        svg.append("<text x=\"18\" y=\"\(f((top + height - bottom) / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(f((top + height - bottom) / 2)))\">\(escape(yLabel))\(yLog ? " (log)" : "")</text>")
        for point in points where !point.front && point.x > 0 && point.y > 0 {
            svg.append("<circle cx=\"\(f(px(point.x)))\" cy=\"\(f(py(point.y)))\" r=\"3\" fill=\"#4477aa\" fill-opacity=\"0.2\"/>")
        }
        for point in points where point.front && point.x > 0 && point.y > 0 {
            svg.append("<circle cx=\"\(f(px(point.x)))\" cy=\"\(f(py(point.y)))\" r=\"4.5\" fill=\"#cc3311\" stroke=\"black\" stroke-width=\"0.5\"/>")
        }
        svg.append("<text x=\"\(f(width - right))\" y=\"\(f(top - 4))\" text-anchor=\"end\" fill=\"#cc3311\">&#9679; Pareto front</text>")
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }
}
