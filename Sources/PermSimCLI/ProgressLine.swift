import Foundation

/// A one-line progress indicator on stderr, shown only when stderr is a terminal and the run
/// has lasted over a second (so pipes, files and quick runs stay clean).
final class ProgressLine {
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) != 0
    private var shown = false

    func update(_ text: String) {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
