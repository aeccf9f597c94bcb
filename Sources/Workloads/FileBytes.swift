import Foundation

/// Bytes of a file read with `pread(2)` straight into an array: no `Data` in between and no
/// second copy (the weight files are tens of megabytes and read on every import).
enum FileBytes {
    /// What reading gave.
    enum Outcome {
        case bytes([UInt8])
        /// The file could not be opened, or reading failed.
        case unreadable
        /// The file ended after this many of the bytes asked for.
        case short(Int)
    }

    /// `count` bytes of the file at `path` from byte `offset`.
    static func read(path: String, offset: Int, count: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var filled = 0
            while filled < count {
                let got = pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failed = true }
                guard got > 0 else { break }
                filled += got
            }
            initialized = filled
        }
        if failed { return .unreadable }
        return bytes.count == count ? .bytes(bytes) : .short(bytes.count)
    }

    /// The whole file at `path` when it is exactly `size` bytes (nothing after them), else nil.
    static func readWhole(path: String, size: Int) -> [UInt8]? {
        guard case let .bytes(bytes) = read(path: path, offset: 0, count: size),
              case let .short(more) = read(path: path, offset: size, count: 1), more == 0 else { return nil }
        return bytes
    }
}
