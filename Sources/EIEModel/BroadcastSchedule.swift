/// The non-zero inputs in broadcast order, and when the central detector would broadcast each
/// one if no queue were ever full: the input to the event-timing path (`EIEEngine+EventTiming`).
///
/// A stalled cycle changes none of the detector's registers (it only counts the stall), so
/// with stalls the detector takes exactly the actions it takes without them, each broadcast
/// later by the stalls before it. Running the detector block once with every queue accepting
/// therefore gives, for every broadcast `k`, the cycles it needs after broadcast `k - 1` (one,
/// plus the row loads between them) and, after the last broadcast, the cycles until it is done.
struct BroadcastSchedule: Sendable {
    /// Input column `j` of broadcast `k`.
    private(set) var columns: [Int] = []
    /// Its batch of input columns, `j / batchColumns` (whose pointer base the PEs add).
    private(set) var batches: [Int] = []
    /// Its value `x_j`.
    private(set) var activations: [Int16] = []
    /// `u_k - u_(k-1)`, with `u_k` broadcast `k`'s cycle without stalls and `u_(-1) = -1`: the
    /// earliest broadcast `k` can follow broadcast `k - 1`.
    private(set) var spacing: [Int] = []
    /// Cycles from the last broadcast (from cycle -1 if there is none) to the first cycle in
    /// which the detector is done.
    private(set) var tail = 0
    /// The detector's counts without stalls; stalls are the timing's to add.
    let detector: LeadingNonZeroDetector.Stats

    init(activations: [Int16], width: Int, batchColumns: Int) {
        var detector = LeadingNonZeroDetector(activations: activations, width: width)
        var cycle = 0, lastBroadcast = -1
        while !detector.isDone {
            if case let .broadcast(activation, column, _) = detector.evaluate(queuesCanAccept: true) {
                columns.append(Int(column))
                batches.append(Int(column) / batchColumns)
                self.activations.append(activation)
                spacing.append(cycle - lastBroadcast)
                lastBroadcast = cycle
            }
            detector.commit()
            cycle += 1
        }
        tail = cycle - lastBroadcast
        self.detector = detector.stats
    }

    /// Non-zero inputs (broadcasts).
    var count: Int { columns.count }
}
