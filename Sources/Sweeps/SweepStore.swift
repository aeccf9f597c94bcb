import ConfigSupport
import Foundation

/// A sweep's SQLite database (`docs/sweeps.md` gives the schema): the sweep file and the
/// PermSim version that made it (`sweep`), one row per design point (`points`: every axis value
/// in a column of its own, area, leakage, status), one per point and layer (`results`).
///
/// A point and all its results are written in one transaction, so a sweep killed at any moment
/// leaves only whole points, and a resumed sweep skips exactly those.
public final class SweepStore {
    let database: SQLiteConnection
    public let path: String

    /// This PermSim's version, stored with every sweep.
    public static let version = "0.4.0-dev"

    /// The per-layer metric columns of `results`, in order.
    public static let metricColumns: [(name: String, type: String)] = [
        ("cycles", "INTEGER"), ("latency_us", "REAL"), ("dense_gops", "REAL"), ("performed_gops", "REAL"),
        ("energy_uj", "REAL"), ("power_mw", "REAL"), ("gops_per_w", "REAL"), ("gops_per_mm2", "REAL"),
        ("utilization", "REAL"), ("balance", "REAL"), ("dram_bytes", "INTEGER"), ("fits_on_chip", "INTEGER"),
        ("tiles", "INTEGER"), ("matches_reference", "INTEGER"),
    ]

    /// Opens or creates the store for `spec`; refuses a database made by another sweep file.
    public init(path: String, spec: SweepSpec) throws {
        self.path = path
        database = try SQLiteConnection(path: path)
        try createTables(axes: spec.axes.map(\.key))
        let existing = try database.query("SELECT value FROM sweep WHERE key = 'fingerprint'")
        if let stored = existing.first?.first?.description {
            guard stored == spec.fingerprint else {
                throw ConfigError.invalid(field: "--db", rule: "\(path) holds another sweep (its sweep file differs); give a new --db or the same sweep file")
            }
        } else {
            try database.transaction {
                for (key, value) in [("sweep_file", spec.text), ("fingerprint", spec.fingerprint), ("permsim_version", Self.version),
                                     ("axes", spec.axes.map(\.key).joined(separator: "\n")), ("engines", spec.engines.joined(separator: ",")),
                                     ("node", spec.node)] {
                    try database.query("INSERT INTO sweep (key, value) VALUES (?, ?)", [.text(key), .text(value)])
                }
            }
        }
    }

    /// Opens an existing store read-only (reports, exports, merge sources).
    public init(existing path: String, field: String = "--db") throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ConfigError.invalid(field: field, rule: "\(path) does not exist")
        }
        self.path = path
        database = try SQLiteConnection(path: path, readOnly: true, field: field)
        guard (try? database.query("SELECT value FROM sweep WHERE key = 'fingerprint'"))?.first != nil else {
            throw ConfigError.invalid(field: field, rule: "\(path) is not a PermSim sweep store")
        }
    }

    private func createTables(axes: [String]) throws {
        let axisColumns = axes.map { "\(Self.quoted($0)), " }.joined()
        let metrics = Self.metricColumns.map { "\($0.name) \($0.type)" }.joined(separator: ", ")
        try database.execute("""
            CREATE TABLE IF NOT EXISTS sweep (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS points (point_id INTEGER PRIMARY KEY, engine TEXT NOT NULL, \(axisColumns)settings TEXT NOT NULL,
                design TEXT, area_mm2 REAL, leakage_mw REAL, status TEXT NOT NULL, reason TEXT);
            CREATE TABLE IF NOT EXISTS results (point_id INTEGER NOT NULL, layer_index INTEGER NOT NULL, workload TEXT NOT NULL,
                \(metrics), PRIMARY KEY (point_id, layer_index));
            """)
    }

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A stored value: integers and reals as numbers, anything else as text.
    static func value(_ text: String) -> SQLiteConnection.Value {
        if let integer = Int64(text) { return .integer(integer) }
        if let real = Double(text), real.isFinite { return .real(real) }
        return .text(text)
    }

    /// The ids of the points already stored (done, excluded or refused).
    public func storedPointIDs() throws -> Set<Int> {
        Set(try database.query("SELECT point_id FROM points").compactMap { row -> Int? in
            if case let .integer(id) = row[0] { return Int(id) }
            return nil
        })
    }

    /// Writes a point and its results in one transaction.
    public func store(_ outcome: PointOutcome, axes: [String]) throws {
        try database.transaction {
            let point = outcome.point
            var columns = ["point_id", "engine"], values: [SQLiteConnection.Value] = [.integer(Int64(point.id)), .text(point.engine)]
            for axis in axes {
                columns.append(Self.quoted(axis))
                values.append(point.settings.first { $0.key == axis }.map { Self.value($0.value) } ?? .null)
            }
            columns += ["settings", "design", "area_mm2", "leakage_mw", "status", "reason"]
            values += [.text(point.overrides.joined(separator: " ")), outcome.design.map { .text($0) } ?? .null,
                       outcome.areaMM2.map { .real($0) } ?? .null, outcome.leakageMW.map { .real($0) } ?? .null,
                       .text(outcome.status.rawValue), outcome.reason.map { .text($0) } ?? .null]
            try database.query("INSERT INTO points (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))", values)
            for (index, row) in outcome.results.enumerated() {
                let metricValues: [SQLiteConnection.Value] = [
                    .integer(Int64(row.cycles)), .real(row.latencyUs), .real(row.denseGOPS), .real(row.performedGOPS), .real(row.energyUJ),
                    .real(row.powerMW), .real(row.gopsPerW), .real(row.gopsPerMM2), .real(row.utilization), .real(row.balance),
                    .integer(Int64(row.dramBytes)), row.fitsOnChip.map { .integer($0 ? 1 : 0) } ?? .null,
                    row.tiles.map { .integer(Int64($0)) } ?? .null, row.matchesReference.map { .integer($0 ? 1 : 0) } ?? .null,
                ]
                let names = ["point_id", "layer_index", "workload"] + Self.metricColumns.map(\.name)
                try database.query("INSERT INTO results (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
                                   [.integer(Int64(point.id)), .integer(Int64(index)), .text(row.workload)] + metricValues)
            }
        }
    }

    /// The sweep file's fingerprint and text as stored.
    public func storedSweep() throws -> (fingerprint: String, text: String) {
        let rows = try database.query("SELECT key, value FROM sweep")
        var map: [String: String] = [:]
        for row in rows { map[row[0].description] = row[1].description }
        return (map["fingerprint"] ?? "", map["sweep_file"] ?? "")
    }

    /// Every row of `sql`'s result, with its column names.
    func table(_ sql: String) throws -> (columns: [String], rows: [[SQLiteConnection.Value]]) {
        (try database.columns(of: sql), try database.query(sql))
    }

    /// Points and results joined, one line per point and layer, ordered by point and layer:
    /// CSV (a header, then rows) or JSON lines.
    public func export(format: ExportFormat) throws -> String {
        let sql = "SELECT p.*, r.layer_index, r.workload, " + Self.metricColumns.map { "r.\($0.name)" }.joined(separator: ", ")
            + " FROM points p LEFT JOIN results r ON r.point_id = p.point_id ORDER BY p.point_id, r.layer_index"
        let (columns, rows) = try table(sql)
        switch format {
        case .csv:
            func field(_ value: SQLiteConnection.Value) -> String {
                let text = value.description
                guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
                return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return ([columns.joined(separator: ",")] + rows.map { $0.map(field).joined(separator: ",") }).joined(separator: "\n") + "\n"
        case .jsonl:
            var lines: [String] = []
            for row in rows {
                var object: [String: Any] = [:]
                for (name, value) in zip(columns, row) {
                    switch value {
                    case let .integer(number): object[name] = number
                    case let .real(number): object[name] = number
                    case let .text(text): object[name] = text
                    case .null: object[name] = NSNull()
                    }
                }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                lines.append(String(decoding: data, as: UTF8.self))
            }
            return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
        }
    }

    public enum ExportFormat: String, CaseIterable, Sendable {
        case csv
        case jsonl
    }

    /// Merges shard stores into `destination` (created, or an existing store of the same sweep):
    /// every point and result of every source, each point once. Refuses sources of another
    /// sweep file.
    public static func merge(sources: [String], into destination: String) throws -> Int {
        guard let first = sources.first else { throw ConfigError.invalid(field: "STORE", rule: "give at least one store to merge") }
        let firstStore = try SweepStore(existing: first, field: "STORE")
        let (fingerprint, text) = try firstStore.storedSweep()
        let spec = try SweepSpec.parse(text, file: first, baseDirectory: FileManager.default.currentDirectoryPath)
        for source in sources.dropFirst() {
            guard try SweepStore(existing: source, field: "STORE").storedSweep().fingerprint == fingerprint else {
                throw ConfigError.invalid(field: "STORE", rule: "\(source) holds another sweep than \(first) (their sweep files differ)")
            }
        }
        let target = try SweepStore(path: destination, spec: spec)
        // ATTACH is not allowed inside a transaction, and SQLite attaches at most 10 at once:
        // one source at a time, each copied in its own transaction.
        for source in sources {
            try target.database.execute("ATTACH DATABASE '\(source.replacingOccurrences(of: "'", with: "''"))' AS source")
            defer { try? target.database.execute("DETACH DATABASE source") }
            try target.database.transaction {
                try target.database.execute("INSERT OR IGNORE INTO points SELECT * FROM source.points")
                try target.database.execute("INSERT OR IGNORE INTO results SELECT * FROM source.results")
            }
        }
        let merged = try target.database.query("SELECT COUNT(*) FROM points").first.map { row -> Int in
            if case let .integer(count) = row[0] { return Int(count) }
            return 0
        } ?? 0
        return merged
    }
}
