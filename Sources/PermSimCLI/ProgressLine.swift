import Foundation
import Synchronization

/// A one-line progress indicator on stderr, shown only when stderr is a terminal and the run
/// has lasted over a second (so pipes, files and quick runs stay clean). Jobs may start on
/// several threads at once, so the state sits behind a lock.
final class ProgressLine: Sendable {
    private struct State {
        var started = 0
        var shown = false
    }

    private let total: Int
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) != 0
    private let state = Mutex(State())

    init(total: Int) { self.total = total }

    /// A job called `name` started.
    func started(_ name: String) {
        state.withLock { state in
            state.started += 1
            guard enabled, Date().timeIntervalSince(start) > 1 else { return }
            state.shown = true
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(state.started)/\(total)] \(name)".utf8))
        }
    }

    func finish() {
        state.withLock { state in
            if state.shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
