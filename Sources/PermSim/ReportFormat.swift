import Foundation

/// How reports are written: a readable table, or JSON / CSV for tools.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, json, csv

    /// Renders `rows` in this format (ends with a newline).
    public func render(_ rows: [LayerReport]) throws -> String {
        switch self {
        case .table: return ReportTable.render(rows)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
        case .csv: return ReportCSV.render(rows)
        }
    }
}

/// The CSV view: one header line, one line per row; flat fields only (events are in JSON).
enum ReportCSV {
    static let columns: [(String, @Sendable (LayerReport) -> String)] = [
        ("engine", { $0.engine }), ("model", { $0.model }), ("workload", { $0.workload }),
        ("network", { $0.network ?? "" }), ("inputs", { "\($0.inputs)" }), ("outputs", { "\($0.outputs)" }),
        ("p", { optional($0.blockSize) }), ("padded_rows", { optional($0.paddedRows) }), ("padded_columns", { optional($0.paddedColumns) }),
        ("permutation", { optional($0.permutation) }), ("pes", { optional($0.pes) }), ("multipliers", { optional($0.multipliers) }), ("total_multipliers", { "\($0.totalMultipliers)" }),
        ("clock_ghz", { "\($0.clockGHz)" }), ("nonzero_inputs", { "\($0.nonZeroInputs)" }),
        ("activation_density", { "\($0.activationDensity)" }), ("macs", { "\($0.macs)" }),
        ("cycles", { optional($0.cycles) }), ("analytic_cycles", { optional($0.analyticCycles) }),
        ("bubble_cycles", { optional($0.bubbleCycles) }), ("dram_stall_cycles", { optional($0.dramStallCycles) }),
        ("latency_us", { optional($0.latencyMicroseconds) }), ("compressed_gops", { optional($0.compressedGOPS) }),
        ("dense_equivalent_gops", { optional($0.denseEquivalentGOPS) }), ("lane_utilization", { optional($0.laneUtilization) }),
        ("nzd_bubble_cycles", { optional($0.nzdBubbleCycles) }), ("queue_stall_cycles", { optional($0.queueStallCycles) }),
        ("fits_on_chip", { optional($0.fitsOnChip) }), ("tiles", { optional($0.tiles) }), ("dram_bytes", { optional($0.dramBytes) }),
        ("matches_reference", { optional($0.matchesReference) }), ("projection_error", { optional($0.projectionError) }),
        ("saturated_weights", { optional($0.saturatedWeights) }),
    ]

    static func optional<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "" }

    static func render(_ rows: [LayerReport]) -> String {
        var text = columns.map(\.0).joined(separator: ",") + "\n"
        for row in rows {
            text += columns.map { quote($0.1(row)) }.joined(separator: ",") + "\n"
        }
        return text
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The readable view: aligned columns, numbers right-aligned, one line per layer.
enum ReportTable {
    static func render(_ rows: [LayerReport]) -> String {
        let timed = rows.contains { $0.cycles != nil }
        var header = ["engine", "workload", "in x out", "p", "pad r/c", "nz in", "MACs"]
        if timed {
            header += ["cycles", "analytic", "bubbles", "dram wait", "time us", "GOPS", "dense GOPS",
                       "lane util", "NZD bubb", "q stalls", "on chip", "ref"]
        }
        // Real weights: what projecting them onto the engine's structure lost.
        let projected = rows.contains { $0.projectionError != nil }
        if projected { header += ["proj err", "w clipped"] }
        var lines = [header]
        for row in rows {
            var line = [row.engine, row.network.map { "\($0)/\(row.workload)" } ?? row.workload,
                        "\(row.inputs) x \(row.outputs)", text(row.blockSize),
                        row.paddedRows.map { "\($0)/\(row.paddedColumns ?? 0)" } ?? "-",
                        String(format: "%d (%.1f%%)", row.nonZeroInputs, row.activationDensity * 100), "\(row.macs)"]
            if timed {
                line += [text(row.cycles), text(row.analyticCycles), text(row.bubbleCycles), text(row.dramStallCycles),
                         fixed(row.latencyMicroseconds, 2), fixed(row.compressedGOPS, 1), fixed(row.denseEquivalentGOPS, 1),
                         row.laneUtilization.map { String(format: "%.1f%%", $0 * 100) } ?? "-",
                         text(row.nzdBubbleCycles), text(row.queueStallCycles),
                         row.fitsOnChip.map { $0 ? "yes" : "no, \(row.tiles ?? 0) tiles" } ?? "-",
                         row.matchesReference.map { $0 ? "match" : "MISMATCH" } ?? "-"]
            }
            if projected {
                line += [row.projectionError.map { String(format: "%.2f%%", $0 * 100) } ?? "-", text(row.saturatedWeights)]
            }
            lines.append(line)
        }
        return TextTable.render(lines, leftAligned: 2, ruleUnderHeader: true)
    }

    static func text(_ value: Int?) -> String { value.map { "\($0)" } ?? "-" }
    static func fixed(_ value: Double?, _ digits: Int) -> String {
        value.map { String(format: "%.\(digits)f", $0) } ?? "-"
    }
}

/// Rows of cells as aligned text, the first row a header: the first `leftAligned` columns
/// padded on the right (names), the others on the left (numbers), two spaces between columns,
/// optionally a dashed rule under the header; every line ends with a newline.
public enum TextTable {
    public static func render(_ lines: [[String]], leftAligned: Int, ruleUnderHeader: Bool = false) -> String {
        let widths = (lines.first ?? []).indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var output = ""
        for (index, line) in lines.enumerated() {
            let cells = line.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < leftAligned ? cell + padding : padding + cell
            }
            output += cells.joined(separator: "  ") + "\n"
            if index == 0 && ruleUnderHeader { output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return output
    }
}
