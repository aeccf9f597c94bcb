import Foundation
import Testing

/// Committed expected outputs ("goldens") in one directory, compared byte for byte with what the
/// code produces now.
///
/// A normal run only reads the directory: every difference is an issue that names the file, the
/// first differing line and how to re-record. The files are re-recorded only when the
/// environment variable `PERMSIM_RECORD_GOLDENS` is `1`: then the files that differ are written
/// (and, for an exhaustive set, files no longer produced are deleted), and the run records an
/// issue so that it cannot pass unnoticed; review the diff, commit it, and run again without the
/// variable. Goldens are never edited by hand.
public struct GoldenFiles: Sendable {
    /// FNV-1a-64 of 16-bit outputs (little-endian bytes), as hex: how golden sets record a
    /// layer's outputs in one field.
    public static func outputChecksum(_ outputs: [Int16]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in outputs {
            for byte in [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)] {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        return String(hash, radix: 16)
    }

    /// The environment variable that switches every golden check to recording.
    public static let recordVariable = "PERMSIM_RECORD_GOLDENS"

    /// Whether this run re-records the goldens (`PERMSIM_RECORD_GOLDENS=1`).
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment[recordVariable] == "1"
    }

    /// The committed directory.
    public let directory: URL
    /// Whether the directory holds exactly the checked files (a committed file that is no longer
    /// produced is then a difference), or possibly others too.
    public let exhaustive: Bool
    /// The `swift test --filter` argument that re-runs the check, for the messages.
    public let testFilter: String
    /// Whether differences are written instead of reported (`isRecording` unless told otherwise:
    /// the helper's own tests record into a temporary directory).
    public let recording: Bool
    /// Subfolders an exhaustive check leaves to another check (`reports/schemes/` is its own set).
    public let excludedFolders: [String]

    public init(directory: URL, exhaustive: Bool, testFilter: String, recording: Bool = GoldenFiles.isRecording,
                excludedFolders: [String] = []) {
        self.directory = directory
        self.exhaustive = exhaustive
        self.testFilter = testFilter
        self.recording = recording
        self.excludedFolders = excludedFolders
    }

    /// What a check found.
    public struct Outcome: Sendable, Equatable {
        /// Relative paths whose committed bytes differ from the new ones (or that are not committed).
        public var changed: [String] = []
        /// Committed files the code no longer produces (exhaustive sets only).
        public var stale: [String] = []
        /// Whether the files were written (recording mode, and something differed).
        public var recorded = false
        public var isClean: Bool { changed.isEmpty && stale.isEmpty }

        public init() {}
    }

    /// Compares `files` (path relative to `directory`, bytes) with the committed ones and records
    /// an issue for each difference; when recording, writes the differences instead. `explain`
    /// may add a domain summary for a changed file (committed bytes, new bytes), for example which
    /// workloads' cycle counts moved.
    @discardableResult
    public func check(_ files: [(path: String, data: Data)],
                      explain: ((_ path: String, _ committed: Data, _ new: Data) -> String?)? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> Outcome {
        var outcome = Outcome()
        var messages: [String] = []
        for (path, data) in files {
            let committed = try? Data(contentsOf: directory.appendingPathComponent(path))
            guard committed != data else { continue }
            outcome.changed.append(path)
            guard let committed else {
                messages.append("\(display(path)) is not committed")
                continue
            }
            var message = "\(display(path)) differs from the committed file: " + Self.firstDifference(committed, data)
            if let summary = explain?(path, committed, data) { message += "\n" + summary }
            messages.append(message)
        }
        if exhaustive {
            let produced = Set(files.map(\.path))
            outcome.stale = committedFiles().filter { path in
                !produced.contains(path) && !excludedFolders.contains { path.hasPrefix($0 + "/") }
            }
            messages += outcome.stale.map { "\(display($0)) is committed but no longer produced" }
        }
        guard !outcome.isClean else { return outcome }

        if recording {
            for (path, data) in files where outcome.changed.contains(path) {
                let url = directory.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            for path in outcome.stale { try FileManager.default.removeItem(at: directory.appendingPathComponent(path)) }
            outcome.recorded = true
            Issue.record("""
                re-recorded \(outcome.changed.count) file(s), deleted \(outcome.stale.count) under \(directory.path): \
                review the diff, commit it, then run again without \(Self.recordVariable)
                """, sourceLocation: sourceLocation)
            return outcome
        }
        for message in messages {
            Issue.record("""
                \(message)
                If the change is intended: \(Self.recordVariable)=1 swift test --filter \(testFilter), then review the diff.
                """, sourceLocation: sourceLocation)
        }
        return outcome
    }

    /// Files under `directory`, as sorted relative paths (directories left out).
    public func committedFiles() -> [String] {
        let manager = FileManager.default
        return (manager.subpaths(atPath: directory.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    private func display(_ path: String) -> String { "\(directory.lastPathComponent)/\(path)" }

    /// Where two texts first differ, by line: `line 12 of 40: committed "a" vs new "b" (3 lines differ)`.
    package static func firstDifference(_ committed: Data, _ new: Data) -> String {
        let old = String(decoding: committed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let now = String(decoding: new, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let differing = (0..<max(old.count, now.count)).filter { index in
            index >= old.count || index >= now.count || old[index] != now[index]
        }
        guard let first = differing.first else { return "same lines, different bytes" }
        func line(_ lines: [Substring], _ index: Int) -> String {
            index < lines.count ? "\"\(lines[index].prefix(200))\"" : "(no line)"
        }
        return "line \(first + 1): committed \(line(old, first)) vs new \(line(now, first)) "
            + "(\(differing.count) line(s) differ by position; \(old.count) committed, \(now.count) new)"
    }
}
