/// The activation buffer and the non-zero detector (NZD) in front of the broadcast.
///
/// The buffer holds `x` and is read as words of `S` activations. The NZD keeps one word.
/// Each cycle: if the word holds no unsent non-zero and words remain, it reads the next word
/// (a bubble: nothing is emitted that cycle); otherwise, if every PE queue can accept, it
/// emits the lowest unsent non-zero `(x_j, j)` (one per cycle); otherwise it stalls.
/// Source: `architecture.md` §1.2 items 1-3.
struct NonZeroDetector {
    struct Stats: Sendable, Equatable, Codable {
        /// Activation-buffer words read (each one a cycle that emitted nothing).
        var wordsRead = 0
        /// Non-zeros broadcast to every PE.
        var broadcasts = 0
        /// Cycles with a non-zero ready but some queue full.
        var stallCycles = 0
    }

    /// What the NZD does in one cycle.
    enum Action: Equatable {
        case readWord(Int)
        case broadcast(activation: Int16, column: Int32)
        case stall
        case idle
    }

    let wordWidth: Int
    private let activations: [Int16]
    /// Words `firstWord ..< endWord` are scanned (a column chunk of a tiled layer, or all).
    private let endWord: Int
    private var nextWord: Int
    /// Unsent non-zeros of the held word, one bit per position.
    private var pending: UInt64 = 0
    private var wordBase = 0
    private var scheduled: Action = .idle
    private(set) var stats = Stats()

    /// Scans the words covering columns `firstColumn ..< endColumn` (`firstColumn` word-aligned).
    init(activations: [Int16], wordWidth: Int, firstColumn: Int, endColumn: Int) {
        self.activations = activations
        self.wordWidth = wordWidth
        nextWord = firstColumn / wordWidth
        endWord = (endColumn + wordWidth - 1) / wordWidth
        wordCount = endWord - nextWord
    }

    /// Words this NZD reads, `W`.
    let wordCount: Int
    /// No word left and nothing unsent.
    var isDone: Bool { pending == 0 && nextWord >= endWord }

    /// Evaluate: decide this cycle's action from start-of-cycle state.
    mutating func evaluate(queuesCanAccept: Bool) -> Action {
        if pending == 0 {
            scheduled = nextWord < endWord ? .readWord(nextWord) : .idle
        } else if queuesCanAccept {
            let position = pending.trailingZeroBitCount
            let j = wordBase + position
            scheduled = .broadcast(activation: activations[j], column: Int32(j))
        } else {
            scheduled = .stall
        }
        return scheduled
    }

    /// Clock edge.
    mutating func commit() {
        switch scheduled {
        case let .readWord(index):
            wordBase = index * wordWidth
            let end = min(wordBase + wordWidth, activations.count)
            var mask: UInt64 = 0
            for j in wordBase..<end where activations[j] != 0 { mask |= 1 << UInt64(j - wordBase) }
            pending = mask
            nextWord = index + 1
            stats.wordsRead += 1
        case .broadcast:
            pending &= pending - 1
            stats.broadcasts += 1
        case .stall:
            stats.stallCycles += 1
        case .idle:
            break
        }
        scheduled = .idle
    }
}
