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
        var values = [Double]()
        values.reserveCapacity(count)
        data.withUnsafeBytes { raw in
            switch header.dtype {
            case .float32:
                for i in 0..<count {
                    values.append(Double(Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4 * i, as: UInt32.self)))))
                }
            case .float16:
                for i in 0..<count {
                    values.append(Half.decode(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 2 * i, as: UInt16.self))))
                }
            case .int16:
                for i in 0..<count {
                    values.append(Double(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 2 * i, as: Int16.self))))
                }
            case .int32:
                for i in 0..<count {
                    values.append(Double(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4 * i, as: Int32.self))))
                }
            case .int64:
                for i in 0..<count {
                    values.append(Double(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8 * i, as: Int64.self))))
                }
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

    private static func readFile(_ path: String) throws -> [UInt8] {
        try checkReadable(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkloadError.invalid(field: "file", rule: "cannot be read", location: path)
        }
        return [UInt8](data)
    }
}

/// The parsed preamble and header dictionary of a `.npy` file.
struct NpyHeader {
    static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // "\x93NUMPY"

    let shape: [Int]
    let dtype: NpyDType
    /// Byte offset of the first element.
    let dataOffset: Int

    /// Total bytes of preamble plus header, from the first 10 or 12 bytes.
    static func headerLength(_ bytes: [UInt8], name: String) throws -> Int {
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
            throw WorkloadError.invalid(field: "magic", rule: "not a NumPy .npy file (no \\x93NUMPY signature)", location: name)
        }
        let major = bytes[6], minor = bytes[7]
        switch (major, minor) {
        case (1, 0):
            return 10 + (Int(bytes[8]) | Int(bytes[9]) << 8)
        case (2, 0), (3, 0):
            guard bytes.count >= 12 else { throw WorkloadError.invalid(field: "header", rule: "truncated preamble", location: name) }
            let length = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24  // at most 2^32 - 1
            return 12 + length
        default:
            throw WorkloadError.invalid(field: "version", rule: "format \(major).\(minor) is not supported (1.0, 2.0 or 3.0)", location: name)
        }
    }

    init(bytes: [UInt8], name: String) throws {
        let end = try Self.headerLength(bytes, name: name)
        let start = bytes.count >= 8 && bytes[6] == 1 ? 10 : 12
        guard end <= bytes.count else {
            throw WorkloadError.invalid(field: "header", rule: "truncated: needs \(end) bytes, found \(bytes.count)", location: name)
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        var scanner = HeaderScanner(text: text, name: name)
        let fields = try scanner.dictionary()
        guard Set(fields.keys) == ["descr", "fortran_order", "shape"] else {
            throw WorkloadError.invalid(field: "header", rule: "must have exactly the keys 'descr', 'fortran_order' and 'shape' (found \(fields.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")))", location: name)
        }
        guard case let .string(descr)? = fields["descr"] else {
            throw WorkloadError.invalid(field: "dtype", rule: "structured dtypes are not supported (use little-endian float32, float16 or int16)", location: name)
        }
        guard let dtype = NpyDType(rawValue: descr) else {
            throw WorkloadError.invalid(field: "dtype", rule: "'\(descr)' is not supported (use little-endian float32, float16 or int16)", location: name)
        }
        guard case let .bool(fortranOrder)? = fields["fortran_order"] else {
            throw WorkloadError.invalid(field: "header", rule: "'fortran_order' must be True or False", location: name)
        }
        guard !fortranOrder else {
            throw WorkloadError.invalid(field: "fortran_order", rule: "Fortran-order arrays are not supported (save a C-order array, e.g. np.ascontiguousarray)", location: name)
        }
        guard case let .tuple(shape)? = fields["shape"] else {
            throw WorkloadError.invalid(field: "header", rule: "'shape' must be a tuple of integers", location: name)
        }
        self.shape = shape
        self.dtype = dtype
        self.dataOffset = end
    }

    /// Bytes of element data the shape needs; throws when that overflows.
    func dataBytes(name: String) throws -> Int {
        var total = dtype.itemSize
        for dimension in shape {
            let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
            guard !overflow else {
                throw WorkloadError.invalid(field: "shape", rule: "\(Self.pythonShape(shape)) is too large", location: name)
            }
            total = product
        }
        return total
    }

    /// A shape as Python prints it: `()`, `(3,)`, `(3, 4)`.
    static func pythonShape(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}

/// A value in the header's Python dictionary literal.
enum HeaderValue: Equatable {
    case string(String)
    case bool(Bool)
    case tuple([Int])
}

/// A reader for the one Python literal form numpy writes: `{'key': value, ...}` with string,
/// `True`/`False` and integer-tuple values. Anything else is a bad header.
struct HeaderScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private let name: String

    init(text: String, name: String) {
        self.scalars = Array(text.unicodeScalars)
        self.name = name
    }

    mutating func dictionary() throws -> [String: HeaderValue] {
        var fields: [String: HeaderValue] = [:]
        try expect("{")
        while true {
            skipSpace()
            if peek() == "}" { index += 1; break }
            let key = try string()
            try expect(":")
            fields[key] = try value()
            skipSpace()
            if peek() == "," { index += 1; continue }
            try expect("}")
            break
        }
        skipSpace()
        guard index == scalars.count else { throw bad("unexpected text after the dictionary") }
        return fields
    }

    private mutating func value() throws -> HeaderValue {
        skipSpace()
        switch peek() {
        case "'", "\"":
            return .string(try string())
        case "(":
            return .tuple(try tuple())
        default:
            let word = identifier()
            if word == "True" { return .bool(true) }
            if word == "False" { return .bool(false) }
            throw bad("unexpected value '\(word)'")
        }
    }

    private mutating func string() throws -> String {
        skipSpace()
        guard let quote = peek(), quote == "'" || quote == "\"" else { throw bad("expected a quoted string") }
        index += 1
        var result = String.UnicodeScalarView()
        while let scalar = peek(), scalar != quote {
            result.append(scalar)
            index += 1
        }
        guard peek() == quote else { throw bad("unterminated string") }
        index += 1
        return String(result)
    }

    private mutating func tuple() throws -> [Int] {
        try expect("(")
        var items: [Int] = []
        while true {
            skipSpace()
            if peek() == ")" { index += 1; return items }
            let digits = identifier()
            guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let value = Int(digits) else {
                throw bad("shape entries must be non-negative integers (got '\(digits)')")
            }
            items.append(value)
            skipSpace()
            if peek() == "," { index += 1; continue }
            try expect(")")
            return items
        }
    }

    private mutating func identifier() -> String {
        var result = String.UnicodeScalarView()
        while let scalar = peek(), scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
            result.append(scalar)
            index += 1
        }
        return String(result)
    }

    private mutating func expect(_ scalar: Unicode.Scalar) throws {
        skipSpace()
        guard peek() == scalar else { throw bad("expected '\(scalar)'") }
        index += 1
    }

    private mutating func skipSpace() {
        while let scalar = peek(), scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" { index += 1 }
    }

    private func peek() -> Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    private func bad(_ rule: String) -> WorkloadError {
        .invalid(field: "header", rule: "\(rule) at character \(index) of the header dictionary", location: name)
    }
}

/// IEEE 754 binary16 conversions done by hand, so they behave the same on hosts without `Float16`.
enum Half {
    /// The exact value of a binary16 bit pattern (subnormals, signed zero, infinities, NaN).
    static func decode(_ bits: UInt16) -> Double {
        let sign: Double = bits & 0x8000 != 0 ? -1 : 1
        let exponent = Int((bits >> 10) & 0x1F)
        let fraction = Int(bits & 0x3FF)
        switch exponent {
        case 0: return sign * Double(fraction) * 0x1p-24
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * Double(1024 + fraction) * Double(sign: .plus, exponent: exponent - 25, significand: 1)
        }
    }

    /// The nearest binary16 (round half to even); overflow gives infinity, NaN gives a quiet NaN.
    static func encode(_ value: Double) -> UInt16 {
        if value.isNaN { return 0x7E00 }
        let sign: UInt16 = value.sign == .minus ? 0x8000 : 0
        let magnitude = abs(value)
        if magnitude < 0x1p-14 {
            // Subnormal (or zero): units of 2^-24; 1024 units round up into the smallest normal.
            return sign | UInt16((magnitude * 0x1p24).rounded(.toNearestOrEven))
        }
        guard magnitude.isFinite else { return sign | 0x7C00 }
        var exponent = Int(magnitude.exponent)
        var significand = (magnitude * Double(sign: .plus, exponent: 10 - exponent, significand: 1)).rounded(.toNearestOrEven)
        if significand == 2048 {
            significand = 1024
            exponent += 1
        }
        guard exponent <= 15 else { return sign | 0x7C00 }
        return sign | UInt16(exponent + 15) << 10 | (UInt16(significand) - 1024)
    }
}

/// Writes `.npy` images (format 1.0, or 2.0 when the header needs it), for tests and user tooling.
public enum NpyWriter {
    /// The `.npy` bytes of a C-order array of `shape` holding `values`.
    ///
    /// The data holds exactly `product(shape)` elements: missing values are written as 0 and extra
    /// ones dropped, so the file is always well formed. Floats round to nearest (float16 by hand,
    /// overflow to infinity); integer types round half away from zero and clamp to the type's
    /// range, with NaN written as 0.
    public static func write(shape: [Int], dtype: NpyDType, values: [Double]) -> [UInt8] {
        let dimensions = shape.map { max(0, $0) }
        var count = 1
        for dimension in dimensions {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            count = overflow ? Int.max : product
        }
        let dictionary = "{'descr': '\(dtype.rawValue)', 'fortran_order': False, 'shape': \(NpyHeader.pythonShape(dimensions)), }"
        let dictionaryBytes = Array(dictionary.utf8)
        var preambleSize = 10
        // numpy aligns the data to 64 bytes; the header ends with a newline.
        var headerLength = paddedLength(dictionaryBytes.count + 1, preamble: preambleSize)
        if headerLength > Int(UInt16.max) {
            preambleSize = 12
            headerLength = paddedLength(dictionaryBytes.count + 1, preamble: preambleSize)
        }
        var bytes = NpyHeader.magic
        bytes.append(preambleSize == 10 ? 1 : 2)
        bytes.append(0)
        for shift in stride(from: 0, to: (preambleSize - 8) * 8, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: headerLength >> shift))
        }
        bytes += dictionaryBytes
        bytes += [UInt8](repeating: 0x20, count: headerLength - dictionaryBytes.count - 1)
        bytes.append(0x0A)
        let elements = min(count, values.count)
        bytes.reserveCapacity(bytes.count + count * dtype.itemSize)
        for index in 0..<elements {
            append(values[index], as: dtype, to: &bytes)
        }
        if count > elements {
            bytes += [UInt8](repeating: 0, count: (count - elements) * dtype.itemSize)
        }
        return bytes
    }

    private static func paddedLength(_ minimum: Int, preamble: Int) -> Int {
        let total = preamble + minimum
        return minimum + (64 - total % 64) % 64
    }

    private static func append(_ value: Double, as dtype: NpyDType, to bytes: inout [UInt8]) {
        switch dtype {
        case .float32: appendLittleEndian(UInt64(Float(value).bitPattern), size: 4, to: &bytes)
        case .float16: appendLittleEndian(UInt64(Half.encode(value)), size: 2, to: &bytes)
        case .int16: appendLittleEndian(UInt64(bitPattern: clamped(value, Int64(Int16.min), Int64(Int16.max))), size: 2, to: &bytes)
        case .int32: appendLittleEndian(UInt64(bitPattern: clamped(value, Int64(Int32.min), Int64(Int32.max))), size: 4, to: &bytes)
        case .int64: appendLittleEndian(UInt64(bitPattern: clamped(value, Int64.min, Int64.max)), size: 8, to: &bytes)
        }
    }

    private static func clamped(_ value: Double, _ low: Int64, _ high: Int64) -> Int64 {
        guard !value.isNaN else { return 0 }
        let rounded = value.rounded(.toNearestOrAwayFromZero)
        if rounded <= Double(low) { return low }
        if rounded >= Double(high) { return high }
        return Int64(rounded)
    }

    private static func appendLittleEndian(_ word: UInt64, size: Int, to bytes: inout [UInt8]) {
        for byte in 0..<size {
            bytes.append(UInt8(truncatingIfNeeded: word >> (8 * byte)))
        }
    }
}
