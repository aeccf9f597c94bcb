import Foundation
import PermSim
import Synchronization

/// A one-line progress indicator on stderr, shown only when stderr is a terminal and the run
/// has lasted over a second (so pipes, files and quick runs stay clean): jobs started and done,
/// the current one, elapsed time and, once a job is done, an estimate of the time left. Jobs
/// may start on several threads at once, so the state sits behind a lock.
final class ProgressLine: ProgressObserver {
    private struct State {
        var started = 0
        var done = 0
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

    /// A job finished.
    func finished() {
        state.withLock { state in
            state.done += 1
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

    /// Runs `body` with the line ticking (when `ticking`), and clears the line when it ends,
    /// however it ends, so that nothing printed afterwards shares its line.
    func around<T>(ticking: Bool = true, _ body: () async throws -> T) async throws -> T {
        let ticker = ticking ? startTicking() : nil
        defer {
            ticker?.cancel()
            finish()
        }
        return try await body()
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
        var line = "[\(state.done) of \(total) done, \(state.started - state.done) running] \(state.current)  " + String(format: "%.1f s", elapsed)
        if state.done > 0, state.done < total {
            // Jobs differ in size, so this is a rough guide: the mean job time so far.
            line += String(format: ", about %.0f s left", elapsed / Double(state.done) * Double(total - state.done))
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }
}
