import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way PermSim writes a file a user named (`run --output`, `compare --output-dir`):
/// never a partial file, never a replaced link or device, never a silent failure.
///
/// The text goes to a temporary file beside the target, every write and the final close are
/// checked (a full disk is an error and the old file stays as it was), and only then is the
/// temporary file renamed over the target. The target must be a regular file the user may
/// write, or absent: a symbolic link, directory, device or FIFO is refused, as is a read-only
/// file, each with one line naming `field` and the rule.
public enum OutputFile {
    /// Checks that `path` may be written as described above, before any work is done; returns
    /// the mode the new file gets (the old file's, or 0644).
    @discardableResult
    public static func checkTarget(_ path: String, field: String) throws -> mode_t {
        guard !path.isEmpty else { throw ConfigError.invalid(field: field, rule: "must name a file (got an empty path)") }
        var mode: mode_t = 0o644
        var status = stat()
        if lstat(path, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            guard kind == S_IFREG else {
                throw ConfigError.invalid(field: field, rule: "'\(path)' is \(describe(kind)); refusing to replace it (name a regular file)")
            }
            // Write bits, not access(2): root may write anything, but a file nobody may write
            // was made read-only on purpose.
            guard status.st_mode & 0o222 != 0, access(path, W_OK) == 0 else {
                throw ConfigError.invalid(field: field, rule: "'\(path)' is not writable; refusing to replace it")
            }
            mode = status.st_mode & 0o7777
        }
        var parentStatus = stat()
        guard stat(parent(of: path), &parentStatus) == 0, parentStatus.st_mode & S_IFMT == S_IFDIR else {
            throw ConfigError.invalid(field: field, rule: "the directory of '\(path)' does not exist")
        }
        return mode
    }

    /// Writes `data` to `path` as described above.
    public static func write(_ data: Data, to path: String, field: String) throws {
        let mode = try checkTarget(path, field: field)
        let parent = parent(of: path)
        var template = Array((parent + "/." + (path as NSString).lastPathComponent + ".permsim-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw ConfigError.invalid(field: field, rule: "cannot create a file in '\(parent)' (\(lastError()))")
        }
        let temporary = String(cString: template)
        var closed = false
        do {
            try writeAll(data, to: descriptor, field: field, path: path)
            guard fchmod(descriptor, mode) == 0 else {
                throw ConfigError.invalid(field: field, rule: "writing '\(path)' failed (\(lastError()))")
            }
            closed = true
            guard close(descriptor) == 0 else {
                throw ConfigError.invalid(field: field, rule: "writing '\(path)' failed (\(lastError()))")
            }
        } catch {
            if !closed { close(descriptor) }
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw ConfigError.invalid(field: field, rule: "cannot replace '\(path)' (\(reason))")
        }
    }

    /// Checks that `path` is a directory or can be created as one, before any work is done.
    public static func checkDirectory(_ path: String, field: String) throws {
        guard !path.isEmpty else { throw ConfigError.invalid(field: field, rule: "must name a directory (got an empty path)") }
        var status = stat()
        if lstat(path, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            guard kind == S_IFDIR else {
                throw ConfigError.invalid(field: field, rule: "'\(path)' is \(describe(kind)), not a directory")
            }
        }
    }

    /// Creates `path` as a directory (with its parents) unless it is one already; refuses an
    /// empty path and anything else at that path.
    public static func directory(_ path: String, field: String) throws {
        try checkDirectory(path, field: field)
        var status = stat()
        if lstat(path, &status) == 0 { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ConfigError.invalid(field: field, rule: "cannot create directory '\(path)' (a parent is missing, not a directory or not writable)")
        }
    }

    /// Writes `text` to standard output, checking the write (a closed pipe or a full disk is
    /// an error, not exit 0).
    public static func standardOutput(_ text: String) throws {
        try writeAll(Data(text.utf8), to: STDOUT_FILENO, field: "stdout", path: "standard output")
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, field: String, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ConfigError.invalid(field: field, rule: "writing '\(path)' failed (\(lastError()))")
                }
                offset += written
            }
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
        #else
        return Darwin.write(descriptor, bytes, count)
        #endif
    }

    private static func parent(of path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }

    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFREG: return "a regular file"
        case S_IFLNK: return "a symbolic link"
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
