/// The one parallel runner of PermSim: `run`, `compare` and `sweep` spread independent work
/// (layers, networks, design points) over cores with it.
///
/// Results come back in index order and the error thrown is the lowest-index one, so neither
/// depends on how many workers ran or which finished first.
public enum ParallelRunner {
    /// `body(0..<count)` on up to `parallelism` concurrent tasks. `started(i)` and
    /// `finished(i)` are called as item `i` starts and ends (for progress lines). After an item
    /// fails, no item after it starts.
    public static func map<T: Sendable>(count: Int, parallelism: Int,
                                        started: (@Sendable (Int) -> Void)? = nil,
                                        finished: (@Sendable (Int) -> Void)? = nil,
                                        _ body: @escaping @Sendable (Int) throws -> T) async throws -> [T] {
        var results = [Result<T, any Error>?](repeating: nil, count: count)
        let workers = max(1, min(parallelism, count))
        var firstFailure = Int.max
        await withTaskGroup(of: (Int, Result<T, any Error>).self) { group in
            var next = 0
            func submit() {
                let index = next
                next += 1
                group.addTask {
                    started?(index)
                    let result = Result { try body(index) }
                    finished?(index)
                    return (index, result)
                }
            }
            while next < min(workers, count) { submit() }
            while let (index, result) = await group.next() {
                results[index] = result
                if case .failure = result { firstFailure = min(firstFailure, index) }
                if next < count, next < firstFailure { submit() }
            }
        }
        // Every item before the first failure ran; items after it may not have started.
        var values: [T] = []
        values.reserveCapacity(count)
        for slot in results {
            guard let slot else { break }
            values.append(try slot.get())
        }
        return values
    }
}
