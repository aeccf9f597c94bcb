import ConfigSupport
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
