import ConfigSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small SQLite connection, bound at run time to the system's `libsqlite3.so.0`.
///
/// Why not a package or a `systemLibrary` target: both need SQLite's C headers
/// (`libsqlite3-dev`) to *build* PermSim, and the quick start must build on a fresh machine
/// that has only the runtime library (every Swift toolchain installs it: SwiftPM uses it). So
/// the few C functions a sweep store needs are looked up with `dlopen`/`dlsym` when a sweep
/// opens its database; without the library, `permsim sweep` says so in one line and nothing
/// else is affected.
final class SQLiteConnection {
    private typealias Handle = OpaquePointer
    private typealias Statement = OpaquePointer

    /// The C entry points, resolved once per process.
    private struct API {
        let open: @convention(c) (UnsafePointer<CChar>, UnsafeMutablePointer<Handle?>, Int32, UnsafePointer<CChar>?) -> Int32
        let close: @convention(c) (Handle?) -> Int32
        let errmsg: @convention(c) (Handle?) -> UnsafePointer<CChar>?
        let exec: @convention(c) (Handle?, UnsafePointer<CChar>, OpaquePointer?, OpaquePointer?, OpaquePointer?) -> Int32
        let prepare: @convention(c) (Handle?, UnsafePointer<CChar>, Int32, UnsafeMutablePointer<Statement?>, OpaquePointer?) -> Int32
        let bindInt64: @convention(c) (Statement?, Int32, Int64) -> Int32
        let bindDouble: @convention(c) (Statement?, Int32, Double) -> Int32
        let bindText: @convention(c) (Statement?, Int32, UnsafePointer<CChar>, Int32, Int) -> Int32
        let bindNull: @convention(c) (Statement?, Int32) -> Int32
        let step: @convention(c) (Statement?) -> Int32
        let reset: @convention(c) (Statement?) -> Int32
        let finalize: @convention(c) (Statement?) -> Int32
        let columnCount: @convention(c) (Statement?) -> Int32
        let columnType: @convention(c) (Statement?, Int32) -> Int32
        let columnName: @convention(c) (Statement?, Int32) -> UnsafePointer<CChar>?
        let columnInt64: @convention(c) (Statement?, Int32) -> Int64
        let columnDouble: @convention(c) (Statement?, Int32) -> Double
        let columnText: @convention(c) (Statement?, Int32) -> UnsafePointer<UInt8>?
        let busyTimeout: @convention(c) (Handle?, Int32) -> Int32

        static let shared: Result<API, Error> = Result {
            guard let library = dlopen("libsqlite3.so.0", RTLD_NOW) ?? dlopen("libsqlite3.so", RTLD_NOW) else {
                throw ConfigError.invalid(field: "--db", rule: "needs the SQLite library (libsqlite3.so.0), which is not installed: apt-get install libsqlite3-0")
            }
            func symbol<T>(_ name: String, as type: T.Type) throws -> T {
                guard let pointer = dlsym(library, name) else {
                    throw ConfigError.invalid(field: "--db", rule: "the SQLite library lacks \(name)")
                }
                return unsafeBitCast(pointer, to: type)
            }
            return API(
                open: try symbol("sqlite3_open_v2", as: (@convention(c) (UnsafePointer<CChar>, UnsafeMutablePointer<Handle?>, Int32, UnsafePointer<CChar>?) -> Int32).self),
                close: try symbol("sqlite3_close_v2", as: (@convention(c) (Handle?) -> Int32).self),
                errmsg: try symbol("sqlite3_errmsg", as: (@convention(c) (Handle?) -> UnsafePointer<CChar>?).self),
                exec: try symbol("sqlite3_exec", as: (@convention(c) (Handle?, UnsafePointer<CChar>, OpaquePointer?, OpaquePointer?, OpaquePointer?) -> Int32).self),
                prepare: try symbol("sqlite3_prepare_v2", as: (@convention(c) (Handle?, UnsafePointer<CChar>, Int32, UnsafeMutablePointer<Statement?>, OpaquePointer?) -> Int32).self),
                bindInt64: try symbol("sqlite3_bind_int64", as: (@convention(c) (Statement?, Int32, Int64) -> Int32).self),
                bindDouble: try symbol("sqlite3_bind_double", as: (@convention(c) (Statement?, Int32, Double) -> Int32).self),
                bindText: try symbol("sqlite3_bind_text", as: (@convention(c) (Statement?, Int32, UnsafePointer<CChar>, Int32, Int) -> Int32).self),
                bindNull: try symbol("sqlite3_bind_null", as: (@convention(c) (Statement?, Int32) -> Int32).self),
                step: try symbol("sqlite3_step", as: (@convention(c) (Statement?) -> Int32).self),
                reset: try symbol("sqlite3_reset", as: (@convention(c) (Statement?) -> Int32).self),
                finalize: try symbol("sqlite3_finalize", as: (@convention(c) (Statement?) -> Int32).self),
                columnCount: try symbol("sqlite3_column_count", as: (@convention(c) (Statement?) -> Int32).self),
                columnType: try symbol("sqlite3_column_type", as: (@convention(c) (Statement?, Int32) -> Int32).self),
                columnName: try symbol("sqlite3_column_name", as: (@convention(c) (Statement?, Int32) -> UnsafePointer<CChar>?).self),
                columnInt64: try symbol("sqlite3_column_int64", as: (@convention(c) (Statement?, Int32) -> Int64).self),
                columnDouble: try symbol("sqlite3_column_double", as: (@convention(c) (Statement?, Int32) -> Double).self),
                columnText: try symbol("sqlite3_column_text", as: (@convention(c) (Statement?, Int32) -> UnsafePointer<UInt8>?).self),
                busyTimeout: try symbol("sqlite3_busy_timeout", as: (@convention(c) (Handle?, Int32) -> Int32).self))
        }
    }

    /// A value in or out of a statement.
    enum Value: Equatable, Sendable, CustomStringConvertible {
        case integer(Int64)
        case real(Double)
        case text(String)
        case null

        var description: String {
            switch self {
            case let .integer(value): return String(value)
            case let .real(value): return "\(value)"
            case let .text(value): return value
            case .null: return ""
            }
        }
    }

    private let api: API
    private var handle: Handle?
    let path: String

    private static let readWrite: Int32 = 0x2, create: Int32 = 0x4, readOnly: Int32 = 0x1
    private static let row: Int32 = 100, done: Int32 = 101, ok: Int32 = 0
    /// `SQLITE_TRANSIENT`: SQLite copies bound text.
    private static let transient = -1

    /// Opens (or, unless `readOnly`, creates) the database at `path`.
    init(path: String, readOnly: Bool = false, field: String = "--db") throws {
        api = try API.shared.get()
        self.path = path
        var opened: Handle?
        let flags = readOnly ? Self.readOnly : Self.readWrite | Self.create
        let status = api.open(path, &opened, flags, nil)
        guard status == Self.ok, let opened else {
            let message = opened.flatMap { api.errmsg($0) }.map { String(cString: $0) } ?? "cannot be opened"
            _ = api.close(opened)
            throw ConfigError.invalid(field: field, rule: "\(path): \(message)")
        }
        handle = opened
        _ = api.busyTimeout(handle, 10_000)
    }

    deinit { _ = api.close(handle) }

    private func failure(_ what: String) -> ConfigError {
        let message = api.errmsg(handle).map { String(cString: $0) } ?? "unknown error"
        return ConfigError.invalid(field: "--db", rule: "\(path): \(what): \(message)")
    }

    /// Runs SQL without results (several statements allowed).
    func execute(_ sql: String) throws {
        guard api.exec(handle, sql, nil, nil, nil) == Self.ok else { throw failure("cannot run '\(sql.prefix(60))'") }
    }

    /// Runs one statement with `values` bound to its `?` in order; returns its rows.
    @discardableResult
    func query(_ sql: String, _ values: [Value] = []) throws -> [[Value]] {
        var statement: Statement?
        guard api.prepare(handle, sql, -1, &statement, nil) == Self.ok, let statement else { throw failure("cannot prepare '\(sql.prefix(60))'") }
        defer { _ = api.finalize(statement) }
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            let status: Int32
            switch value {
            case let .integer(number): status = api.bindInt64(statement, position, number)
            case let .real(number): status = api.bindDouble(statement, position, number)
            case let .text(text): status = api.bindText(statement, position, text, -1, Self.transient)
            case .null: status = api.bindNull(statement, position)
            }
            guard status == Self.ok else { throw failure("cannot bind value \(index + 1)") }
        }
        var rows: [[Value]] = []
        while true {
            let status = api.step(statement)
            if status == Self.done { break }
            guard status == Self.row else { throw failure("cannot run '\(sql.prefix(60))'") }
            let count = api.columnCount(statement)
            rows.append((0..<count).map { column in
                switch api.columnType(statement, column) {
                case 1: return .integer(api.columnInt64(statement, column))
                case 2: return .real(api.columnDouble(statement, column))
                case 5: return .null
                default: return .text(api.columnText(statement, column).map { String(cString: $0) } ?? "")
                }
            })
        }
        return rows
    }

    /// The column names of a query's result (for exports).
    func columns(of sql: String) throws -> [String] {
        var statement: Statement?
        guard api.prepare(handle, sql, -1, &statement, nil) == Self.ok, let statement else { throw failure("cannot prepare '\(sql.prefix(60))'") }
        defer { _ = api.finalize(statement) }
        return (0..<api.columnCount(statement)).map { api.columnName(statement, $0).map { String(cString: $0) } ?? "" }
    }

    /// Runs `body` in one transaction: all of it is stored, or none.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}
