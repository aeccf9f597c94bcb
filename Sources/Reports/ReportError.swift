/// Why a comparison could not be made. Library code throws these; the command line prints one line.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// A selection option names something that does not exist, or options conflict.
    case invalidSelection(field: String, rule: String)
    /// An engine or the cost model refused a layer; `message` is its own error text.
    case engineFailed(engine: String, workload: String, message: String)
    /// A report file could not be written.
    case writeFailed(path: String, message: String)

    public var description: String {
        switch self {
        case let .invalidSelection(field, rule): return "\(field): \(rule)"
        case let .engineFailed(engine, workload, message): return "\(engine) on \(workload): \(message)"
        case let .writeFailed(path, message): return "cannot write \(path): \(message)"
        }
    }
}
