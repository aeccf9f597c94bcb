/// Why a comparison could not be made. Library code throws these; the command line prints one line.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// An engine or the cost model refused a layer; `message` is its own error text.
    case engineFailed(engine: String, workload: String, message: String)

    public var description: String {
        switch self {
        case let .engineFailed(engine, workload, message): return "\(engine) on \(workload): \(message)"
        }
    }
}
