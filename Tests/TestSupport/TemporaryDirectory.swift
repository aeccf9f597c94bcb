import Foundation

/// A fresh directory under the system temporary directory, for a test that needs files;
/// `remove()` deletes it with everything in it.
public struct TemporaryDirectory: Sendable {
    public let path: String

    /// Creates `<tmp>/<prefix>-<UUID>`.
    public init(prefix: String = "permsim-tests") throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` (a relative path; intermediate directories are created) and
    /// returns the file's full path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        let directory = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
        return full
    }

    /// Writes `text` as UTF-8 to `name`; returns the file's full path.
    @discardableResult
    public func write(_ name: String, text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
