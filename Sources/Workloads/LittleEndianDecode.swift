/// Little-endian element data widened to `Double`, in bulk: the `.npy` and `.safetensors`
/// readers' inner loops. One loop per element type (no dispatch per element); 4-byte floats
/// that lie 4-byte aligned (every `.npy` file: numpy aligns its data to 64 bytes; safetensors
/// writers align to 8) are read as `Float` directly, which the compiler vectorises.
/// The values are exactly the per-element conversions' (`Double(Float(bitPattern:))` is exact).
enum LittleEndianDecode {
    /// `count` little-endian float32 values from `bytes` (at least `4 * count` bytes).
    static func float32(_ bytes: UnsafeRawBufferPointer, count: Int) -> [Double] {
        precondition(bytes.count >= 4 * count)
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard count > 0, let base = bytes.baseAddress, let out = buffer.baseAddress else {
                initialized = 0
                return
            }
            #if _endian(little)
            if Int(bitPattern: base) % MemoryLayout<Float>.alignment == 0 {
                base.withMemoryRebound(to: Float.self, capacity: count) { floats in
                    for i in 0..<count { out[i] = Double(floats[i]) }
                }
                initialized = count
                return
            }
            #endif
            for i in 0..<count {
                out[i] = Double(Float(bitPattern: UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))))
            }
            initialized = count
        }
    }

    /// `count` elements of `T.bitWidth / 8` bytes each, each turned into a `Double` by `convert`.
    @inline(__always)
    static func elements<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, count: Int, as _: T.Type,
                                               _ convert: (T) -> Double) -> [Double] {
        let size = MemoryLayout<T>.size
        precondition(bytes.count >= size * count)
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard count > 0, let base = bytes.baseAddress, let out = buffer.baseAddress else {
                initialized = 0
                return
            }
            for i in 0..<count {
                out[i] = convert(T(littleEndian: base.loadUnaligned(fromByteOffset: size * i, as: T.self)))
            }
            initialized = count
        }
    }
}
