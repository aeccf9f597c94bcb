import ConfigSupport
/// Writes `.npy` images (format 1.0, or 2.0 when the header needs it), for tests and user tooling.
///
/// The output is byte-for-byte what `numpy.save` writes for the same array.
public enum NpyWriter {
    /// The `.npy` bytes of a C-order array of `shape` holding `values`.
    ///
    /// Throws when `values.count` is not the product of `shape` (a file whose header disagrees
    /// with its data would only fail later, in someone else's reader). Floats round to nearest
    /// (float16 by hand, overflow to infinity); integer types round half away from zero and clamp
    /// to the type's range, with NaN written as 0.
    public static func write(shape: [Int], dtype: NpyDType, values: [Double]) throws -> [UInt8] {
        var count = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard dimension >= 0, !overflow else {
                throw WorkloadError.invalid(field: "shape", rule: "\(NpyHeader.pythonShape(shape)) must have non-negative sizes whose product fits in Int")
            }
            count = product
        }
        guard count == values.count else {
            throw WorkloadError.invalid(field: "values", rule: "shape \(NpyHeader.pythonShape(shape)) needs \(count) values, got \(values.count)")
        }
        let dictionary = "{'descr': '\(dtype.rawValue)', 'fortran_order': False, 'shape': \(NpyHeader.pythonShape(shape)), }"
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
        bytes.reserveCapacity(bytes.count + count * dtype.itemSize)
        for value in values {
            append(value, as: dtype, to: &bytes)
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
