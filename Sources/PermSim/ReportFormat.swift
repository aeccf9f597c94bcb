import Foundation

/// How reports are written: a readable table, or JSON / CSV for tools. All three use the same
/// field names (`ReportColumns`; JSON adds the counted events of every block).
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, json, csv

    /// Renders `rows` in this format (ends with a newline). The table starts with `heading`
    /// (the design point and seed), which CSV and JSON carry in every row instead.
    public func render(_ rows: [LayerReport], heading: String? = nil) throws -> String {
        switch self {
        case .table: return (heading.map { "# " + $0 + "\n" } ?? "") + ReportTable.render(rows)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
        case .csv: return ReportCSV.render(rows)
        }
    }
}

/// The CSV view: one header line (every column's name), one line per row.
enum ReportCSV {
    static func render(_ rows: [LayerReport]) -> String {
        var text = ReportColumns.all.map(\.name).joined(separator: ",") + "\n"
        for row in rows {
            text += ReportColumns.all.map { quote($0.value(row)) }.joined(separator: ",") + "\n"
        }
        return text
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The readable view: the table's columns (a subset, under the same names), aligned, one line
/// per layer; timing columns only when some row has timing, projection columns only when some
/// layer came from real weights.
enum ReportTable {
    static func render(_ rows: [LayerReport]) -> String {
        let timed = rows.contains { $0.cycles != nil }
        let projected = rows.contains { $0.projectionError != nil }
        let columns = ReportColumns.all.filter { column in
            switch column.table {
            case .never: return false
            case .always: return true
            case .timed: return timed
            case .projected: return projected
            }
        }
        var lines = [columns.map(\.name)]
        for row in rows { lines.append(columns.map { $0.cell(row) }) }
        return TextTable.render(lines, leftAligned: 2, ruleUnderHeader: true)
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
