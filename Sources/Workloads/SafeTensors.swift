import ConfigSupport
import Foundation

/// A `.safetensors` file (Hugging Face, PyTorch): an 8-byte little-endian header length, a
/// UTF-8 JSON header mapping each tensor name to its `dtype`, `shape` and `data_offsets`
/// (`[begin, end)` bytes after the header) plus an optional `__metadata__` map of strings,
/// then the tensors' raw little-endian bytes.
///
/// `open` reads and checks the header only; `tensor(named:)` reads one tensor's bytes by
/// offset, never the whole file. Every problem is one `WorkloadError` naming the file (and the
/// tensor) and the rule: a header longer than the file, offsets out of range or overlapping,
/// a shape that disagrees with its offsets, an unknown dtype, a tensor over 10^12 elements,
/// duplicate names, a header that is not UTF-8 JSON.
public struct SafeTensorsFile: Sendable {
    /// The format's element types. PermSim imports the first seven (widened to `Double`); the
    /// others are checked like any tensor (a model file holds them, e.g. BERT's I64
    /// `position_ids`) but refused when asked for as weights.
    public enum DType: String, Sendable, CaseIterable {
        case f32 = "F32", f16 = "F16", bf16 = "BF16", f64 = "F64", i8 = "I8", i16 = "I16", i32 = "I32"
        case bool = "BOOL", u8 = "U8", u16 = "U16", u32 = "U32", u64 = "U64", i64 = "I64"
        case f8e4m3 = "F8_E4M3", f8e5m2 = "F8_E5M2"

        public var itemSize: Int {
            switch self {
            case .i8, .bool, .u8, .f8e4m3, .f8e5m2: return 1
            case .f16, .bf16, .i16, .u16: return 2
            case .f32, .i32, .u32: return 4
            case .f64, .i64, .u64: return 8
            }
        }

        /// The types `tensor(named:)` imports.
        public static let importable: [DType] = [.f32, .f16, .bf16, .f64, .i8, .i16, .i32]
        public var isImportable: Bool { Self.importable.contains(self) }

        /// Integer tensors hold fixed-point codes, as integer `.npy` files do.
        public var isInteger: Bool { self == .i8 || self == .i16 || self == .i32 }
    }

    /// One tensor's place in the file.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var dtype: DType
        public var shape: [Int]
        /// Bytes `[begin, end)` after the header.
        public var begin: Int
        public var end: Int

        public var elements: Int { shape.reduce(1, *) }
    }

    /// The file's path (errors name it).
    public let path: String
    /// The tensors, by name, sorted.
    public let entries: [Entry]
    /// The optional `__metadata__` strings.
    public let metadata: [String: String]
    /// Where the data starts: 8 + the header length.
    public let dataStart: Int

    /// The largest header read (the format's own limit is 100 MB).
    static let maximumHeaderBytes = 100_000_000
    /// The largest tensor accepted, in elements.
    static let maximumElements = 1_000_000_000_000

    /// Whether `path` names a safetensors file (by its extension).
    public static func isSafeTensors(_ path: String) -> Bool { path.lowercased().hasSuffix(".safetensors") }

    /// Reads and checks the header of the file at `path`.
    public static func open(path: String) throws -> SafeTensorsFile {
        func fail(_ field: String, _ rule: String) -> WorkloadError { .invalid(field: field, rule: rule, location: path) }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else {
            throw fail("file", "cannot be read (missing or not a file)")
        }
        defer { try? handle.close() }
        let fileSize = Int(status.st_size)
        guard let lengthBytes = try? handle.read(upToCount: 8), lengthBytes.count == 8 else {
            throw fail("header", "the file is \(fileSize) bytes, shorter than the 8-byte header length")
        }
        let headerLength = lengthBytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard headerLength <= UInt64(maximumHeaderBytes) else {
            throw fail("header", "claims \(headerLength) bytes, over the format's limit of \(maximumHeaderBytes)")
        }
        guard Int(headerLength) <= fileSize - 8 else {
            throw fail("header", "claims \(headerLength) bytes but the file has \(fileSize - 8) after the length")
        }
        guard let headerData = try? handle.read(upToCount: Int(headerLength)), headerData.count == Int(headerLength) else {
            throw fail("header", "cannot be read")
        }
        let dataStart = 8 + Int(headerLength)
        let (entries, metadata) = try parseHeader(headerData, dataBytes: fileSize - dataStart, path: path)
        return SafeTensorsFile(path: path, entries: entries, metadata: metadata, dataStart: dataStart)
    }

    /// The header's tensors, checked against `dataBytes` bytes of data.
    static func parseHeader(_ data: Data, dataBytes: Int, path: String) throws -> ([Entry], [String: String]) {
        func fail(_ field: String, _ rule: String) -> WorkloadError { .invalid(field: field, rule: rule, location: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("header", "is not UTF-8 text") }
        let keys = try topLevelKeys(text, path: path)
        var seen = Set<String>()
        for key in keys where !seen.insert(key).inserted { throw fail("header", "names tensor '\(key)' twice") }
        guard let object = try? JSONSerialization.jsonObject(with: data), let header = object as? [String: Any] else {
            throw fail("header", "is not a JSON object of tensors")
        }
        var metadata: [String: String] = [:]
        var entries: [Entry] = []
        for (name, value) in header {
            if name == "__metadata__" {
                guard let map = value as? [String: Any], let strings = map as? [String: String] else {
                    throw fail("__metadata__", "must map names to strings")
                }
                metadata = strings
                continue
            }
            func tensorFail(_ rule: String) -> WorkloadError { fail("tensor '\(name)'", rule) }
            guard let fields = value as? [String: Any] else { throw tensorFail("must be an object with dtype, shape and data_offsets") }
            guard let dtypeName = fields["dtype"] as? String else { throw tensorFail("has no dtype") }
            guard let dtype = DType(rawValue: dtypeName) else {
                throw tensorFail("dtype '\(dtypeName)' is not a safetensors dtype (known: \(DType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let shapeValues = fields["shape"] as? [Any], let shape = integers(shapeValues), shape.allSatisfy({ $0 >= 0 }) else {
                throw tensorFail("shape must be a list of non-negative integers")
            }
            var elements = 1
            for size in shape {
                let (product, overflow) = elements.multipliedReportingOverflow(by: size)
                guard !overflow, product <= maximumElements else { throw tensorFail("shape \(shape) has over 10^12 elements") }
                elements = product
            }
            guard let offsetValues = fields["data_offsets"] as? [Any], let offsets = integers(offsetValues), offsets.count == 2 else {
                throw tensorFail("data_offsets must be two integers [begin, end]")
            }
            let (begin, end) = (offsets[0], offsets[1])
            guard begin >= 0, end >= begin, end <= dataBytes else {
                throw tensorFail("data_offsets [\(begin), \(end)] are outside the \(dataBytes) bytes of data")
            }
            guard end - begin == elements * dtype.itemSize else {
                throw tensorFail("shape \(shape) of \(dtype.rawValue) needs \(elements * dtype.itemSize) bytes but data_offsets [\(begin), \(end)] hold \(end - begin)")
            }
            entries.append(Entry(name: name, dtype: dtype, shape: shape, begin: begin, end: end))
        }
        let byOffset = entries.filter { $0.end > $0.begin }.sorted { ($0.begin, $0.end) < ($1.begin, $1.end) }
        for (previous, next) in zip(byOffset, byOffset.dropFirst()) where next.begin < previous.end {
            throw fail("tensor '\(next.name)'", "data_offsets [\(next.begin), \(next.end)] overlap tensor '\(previous.name)' [\(previous.begin), \(previous.end)]")
        }
        return (entries.sorted { $0.name < $1.name }, metadata)
    }

    /// The tensor `name`, read by offset and widened to `Double`, as an array the `.npy`
    /// importers take (integer tensors keep their codes, like integer `.npy` files).
    public func tensor(named name: String) throws -> NpyArray {
        guard let entry = entries.first(where: { $0.name == name }) else {
            let names = entries.map(\.name)
            let hint = NameSuggestion.nearest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
            throw WorkloadError.invalid(field: "tensor", rule: "no tensor named '\(name)'\(hint) (permsim list --tensors \(path) lists them)", location: path)
        }
        guard entry.dtype.isImportable else {
            throw WorkloadError.invalid(field: "tensor '\(name)'", rule: "dtype \(entry.dtype.rawValue) cannot be imported as weights (importable: \(DType.importable.map(\.rawValue).joined(separator: ", ")))", location: path)
        }
        let physical = ProcessInfo.processInfo.physicalMemory
        guard UInt64(entry.elements) * 8 + UInt64(entry.end - entry.begin) <= physical else {
            throw WorkloadError.invalid(field: "tensor '\(name)'", rule: "has \(entry.elements) elements; decoded it would not fit this machine's memory", location: path)
        }
        let bytes: [UInt8]
        switch FileBytes.read(path: path, offset: dataStart + entry.begin, count: entry.end - entry.begin) {
        case let .bytes(read): bytes = read
        case .unreadable: throw WorkloadError.invalid(field: "file", rule: "cannot be read", location: path)
        case .short: throw WorkloadError.invalid(field: "tensor '\(name)'", rule: "truncated: the file ended inside its data", location: path)
        }
        let values = Self.decode(bytes, dtype: entry.dtype, count: entry.elements)
        return NpyArray(shape: entry.shape, dtype: entry.dtype.isInteger ? .int32 : .float32, values: values, name: "\(path)[\(name)]")
    }

    /// Little-endian elements widened to `Double`.
    static func decode(_ bytes: [UInt8], dtype: DType, count: Int) -> [Double] {
        bytes.withUnsafeBytes { raw in
            switch dtype {
            case .f32: return LittleEndianDecode.float32(raw, count: count)
            case .f16: return LittleEndianDecode.elements(raw, count: count, as: UInt16.self) { Half.decode($0) }
            // bfloat16 is the top half of a float32.
            case .bf16: return LittleEndianDecode.elements(raw, count: count, as: UInt16.self) { Double(Float(bitPattern: UInt32($0) << 16)) }
            case .f64: return LittleEndianDecode.elements(raw, count: count, as: UInt64.self) { Double(bitPattern: $0) }
            case .i8: return LittleEndianDecode.elements(raw, count: count, as: Int8.self) { Double($0) }
            case .i16: return LittleEndianDecode.elements(raw, count: count, as: Int16.self) { Double($0) }
            case .i32: return LittleEndianDecode.elements(raw, count: count, as: Int32.self) { Double($0) }
            // Refused by `tensor(named:)` before any decoding.
            case .bool, .u8, .u16, .u32, .u64, .i64, .f8e4m3, .f8e5m2: return [Double](repeating: .nan, count: count)
            }
        }
    }

    /// JSON numbers that are whole and fit `Int`, or nil.
    static func integers(_ values: [Any]) -> [Int]? {
        var result: [Int] = []
        for value in values {
            guard let number = value as? NSNumber else { return nil }
            let double = number.doubleValue
            guard double == double.rounded(), abs(double) < 9e15 else { return nil }
            result.append(Int(double))
        }
        return result
    }

    /// The keys of the header's top-level object in order, duplicates kept (a JSON decoder keeps
    /// only one of them). Skips strings with their escapes and nested values by depth.
    static func topLevelKeys(_ json: String, path: String) throws -> [String] {
        var keys: [String] = []
        var depth = 0
        var expectingKey = false
        var iterator = json.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "{", "[":
                depth += 1
                expectingKey = depth == 1 && scalar == "{"
            case "}", "]":
                depth -= 1
            case ",":
                expectingKey = depth == 1
            case "\"":
                var text = String.UnicodeScalarView()
                while let next = iterator.next(), next != "\"" {
                    if next == "\\" { if let escaped = iterator.next() { text.append("\\"); text.append(escaped) } } else { text.append(next) }
                }
                if expectingKey, depth == 1 {
                    keys.append(String(text))
                    expectingKey = false
                }
            default:
                continue
            }
        }
        return keys
    }
}
