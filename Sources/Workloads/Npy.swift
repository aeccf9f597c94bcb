import ConfigSupport
import Foundation

/// The element types accepted in `.npy` files: little-endian only, so files mean the same on
/// every host. Floats hold real values; integer types hold raw fixed-point codes or `k` values.
public enum NpyDType: String, Sendable, CaseIterable {
    case float32 = "<f4"
    case float16 = "<f2"
    case int16 = "<i2"
    case int32 = "<i4"
    case int64 = "<i8"

    /// Bytes per element.
    public var itemSize: Int {
        switch self {
        case .float16, .int16: return 2
        case .float32, .int32: return 4
        case .int64: return 8
        }
    }

    /// Whether elements are integers (their values are exact in `Double` up to 2^53).
    public var isInteger: Bool {
        switch self {
        case .int16, .int32, .int64: return true
        case .float16, .float32: return false
        }
    }
}

/// A NumPy `.npy` array read into memory, values widened to `Double`.
///
/// Only what trained-weight export needs: format versions 1.0, 2.0 and 3.0, little-endian
/// float32/float16/int16/int32/int64, C order. NaN and infinity are kept here and rejected by the
/// importers, which know the position to report. Errors name the file (`name`) and the rule.
public struct NpyArray: Sendable, Equatable {
    public let shape: [Int]
    public let dtype: NpyDType
    /// Elements in C (row-major) order.
    public let values: [Double]
    /// The file (or label) that error messages name.
    public let name: String

    public init(shape: [Int], dtype: NpyDType, values: [Double], name: String = "array") {
        self.shape = shape
        self.dtype = dtype
        self.values = values
        self.name = name
    }

    /// Reads and decodes the `.npy` file at `path`; errors name `path`.
    public static func read(path: String) throws -> NpyArray {
        try read(data: readFile(path), name: path)
    }

    /// Decodes an in-memory `.npy` image; errors name `name`.
    ///
    /// The header's shape is checked against the bytes present before any value array is allocated.
    public static func read(data: [UInt8], name: String) throws -> NpyArray {
        let header = try NpyHeader(bytes: data, name: name)
        let needed = try header.dataBytes(name: name)
        let found = data.count - header.dataOffset
        guard found >= needed else {
            throw WorkloadError.invalid(field: "data", rule: "truncated: shape \(NpyHeader.pythonShape(header.shape)) of '\(header.dtype.rawValue)' needs \(needed) bytes, found \(found)", location: name)
        }
        let count = needed / header.dtype.itemSize
        let offset = header.dataOffset
        let dtype = header.dtype
        let values = data.withUnsafeBytes { raw in
            let bytes = UnsafeRawBufferPointer(rebasing: raw[offset...])
            switch dtype {
            case .float32: return LittleEndianDecode.float32(bytes, count: count)
            case .float16: return LittleEndianDecode.elements(bytes, count: count, as: UInt16.self) { Half.decode($0) }
            case .int16: return LittleEndianDecode.elements(bytes, count: count, as: Int16.self) { Double($0) }
            case .int32: return LittleEndianDecode.elements(bytes, count: count, as: Int32.self) { Double($0) }
            case .int64: return LittleEndianDecode.elements(bytes, count: count, as: Int64.self) { Double($0) }
            }
        }
        return NpyArray(shape: header.shape, dtype: header.dtype, values: values, name: name)
    }

    /// The shape and dtype of the `.npy` file at `path`, reading only its header.
    ///
    /// Lets the workload-file loader check shapes (and report them with the YAML line) without
    /// reading a large weight file twice.
    static func readHeader(path: String) throws -> (shape: [Int], dtype: NpyDType) {
        try checkReadable(path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw WorkloadError.invalid(field: "file", rule: "cannot be opened", location: path)
        }
        defer { try? handle.close() }
        do {
            let preamble = [UInt8](try handle.read(upToCount: 12) ?? Data())
            let headerBytes = try NpyHeader.headerLength(preamble, name: path)
            let rest = [UInt8](try handle.read(upToCount: max(0, headerBytes - preamble.count)) ?? Data())
            let header = try NpyHeader(bytes: preamble + rest, name: path)
            _ = try header.dataBytes(name: path)
            return (header.shape, header.dtype)
        } catch let error as WorkloadError {
            throw error
        } catch {
            throw WorkloadError.invalid(field: "file", rule: "cannot be read", location: path)
        }
    }

    private static func checkReadable(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw WorkloadError.invalid(field: "file", rule: "not found", location: path)
        }
        guard !isDirectory.boolValue else {
            throw WorkloadError.invalid(field: "file", rule: "is a directory, expected a .npy file", location: path)
        }
    }

    /// The bytes of the `.npy` file at `path`, after checking it exists, is no directory and
    /// would fit in memory decoded.
    static func readFile(_ path: String) throws -> [UInt8] {
        try checkReadable(path)
        // The file is held in memory with its values decoded to 8-byte doubles (up to 4 per
        // stored byte, for float16): refuse a file that could not fit before reading it.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let physical = ProcessInfo.processInfo.physicalMemory
        if UInt64(max(0, size)) * 5 > physical {
            throw WorkloadError.invalid(field: "file", rule: "is \(size >> 20) MiB; read and decoded it would need about \(5 * size >> 30) GiB, more than this machine's \(physical >> 30) GiB of memory", location: path)
        }
        // Straight into the array (no intermediate `Data` and copy); any trouble falls back
        // to Foundation's reader, which gives the same bytes or the error below.
        if size > 0, let bytes = FileBytes.readWhole(path: path, size: size) { return bytes }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkloadError.invalid(field: "file", rule: "cannot be read", location: path)
        }
        return [UInt8](data)
    }
}
