import Foundation
import Synchronization

/// A one-line progress indicator on stderr, shown only when stderr is a terminal and the run
/// has lasted over a second (so pipes, files and quick runs stay clean). Jobs may start on
/// several threads at once, so the state sits behind a lock.
final class ProgressLine: Sendable {
    private struct State {
        var started = 0
        var current = ""
        var shown = false
        var finished = false
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
            state.current = name
            draw(&state)
        }
    }

    /// Redraws the line with the elapsed time (called by `run` every half second).
    func tick() {
        state.withLock { draw(&$0) }
    }

    /// Runs `tick` every half second until `finish`, on a background task.
    func startTicking() -> Task<Void, Never>? {
        guard enabled else { return nil }
        return Task.detached { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(500))
                tick()
            }
        }
    }

    func finish() {
        state.withLock { state in
            state.finished = true
            if state.shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }

    private func draw(_ state: inout State) {
        let elapsed = Date().timeIntervalSince(start)
        guard enabled, !state.finished, elapsed > 1 else { return }
        state.shown = true
        let line = "[\(state.started)/\(total)] \(state.current)  " + String(format: "%.1f s", elapsed)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }
}
