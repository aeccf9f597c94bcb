import Foundation

/// The machine's memory, the ceiling of `limits.memory-gib`: a guard set above what exists
/// would let a layer allocate until the process is killed.
public enum HostMemory {
    /// Physical memory in GiB, rounded down to a tenth.
    public static var physicalGiB: Double {
        (Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824 * 10).rounded(.down) / 10
    }

    /// The largest `limits.memory-gib` accepted: the physical memory, but never below the
    /// default 16 GiB, so the shipped presets stay valid on a smaller machine.
    public static var limitCeilingGiB: Double { max(physicalGiB, 16) }
}
