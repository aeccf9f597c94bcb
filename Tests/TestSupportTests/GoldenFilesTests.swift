import Foundation
import PermSimTestSupport
import Testing

/// The golden-file check itself, in a temporary directory: a normal run reports every kind of
/// difference and writes nothing; a recording run writes exactly the differences.
@Suite struct GoldenFilesTests {
    /// A directory holding `a.txt` ("one\ntwo\n") and `old/stale.txt`.
    private func committed() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory(prefix: "golden-files")
        try directory.write("a.txt", text: "one\ntwo\n")
        try directory.write("old/stale.txt", text: "gone\n")
        return directory
    }

    private func text(_ directory: TemporaryDirectory, _ path: String) -> String? {
        try? String(contentsOfFile: directory.path + "/" + path, encoding: .utf8)
    }

    @Test func sameBytesPass() throws {
        let directory = try committed()
        defer { directory.remove() }
        let goldens = GoldenFiles(directory: URL(fileURLWithPath: directory.path), exhaustive: false, testFilter: "x", recording: false)
        let outcome = try goldens.check([("a.txt", Data("one\ntwo\n".utf8))])
        #expect(outcome == GoldenFiles.Outcome())
    }

    @Test func differencesAreReportedAndNothingIsWritten() throws {
        let directory = try committed()
        defer { directory.remove() }
        let goldens = GoldenFiles(directory: URL(fileURLWithPath: directory.path), exhaustive: true, testFilter: "x", recording: false)
        var outcome = GoldenFiles.Outcome()
        // Three issues: a.txt changed, b.txt not committed, old/stale.txt no longer produced.
        try withKnownIssue {
            outcome = try goldens.check([("a.txt", Data("one\nTWO\n".utf8)), ("b.txt", Data("new\n".utf8))])
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("PERMSIM_RECORD_GOLDENS=1 swift test --filter x") }
        }
        #expect(outcome.changed == ["a.txt", "b.txt"] && outcome.stale == ["old/stale.txt"] && !outcome.recorded)
        #expect(text(directory, "a.txt") == "one\ntwo\n")
        #expect(text(directory, "b.txt") == nil)
        #expect(text(directory, "old/stale.txt") == "gone\n")
    }

    /// Without `exhaustive`, other files in the directory are not the check's business.
    @Test func nonExhaustiveIgnoresOtherFiles() throws {
        let directory = try committed()
        defer { directory.remove() }
        let goldens = GoldenFiles(directory: URL(fileURLWithPath: directory.path), exhaustive: false, testFilter: "x", recording: false)
        #expect(try goldens.check([("a.txt", Data("one\ntwo\n".utf8))]).isClean)
    }

    @Test func recordingWritesTheDifferencesAndSaysSo() throws {
        let directory = try committed()
        defer { directory.remove() }
        let goldens = GoldenFiles(directory: URL(fileURLWithPath: directory.path), exhaustive: true, testFilter: "x", recording: true)
        var outcome = GoldenFiles.Outcome()
        try withKnownIssue {
            outcome = try goldens.check([("a.txt", Data("one\nTWO\n".utf8)), ("sub/b.txt", Data("new\n".utf8))])
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("re-recorded 2 file(s), deleted 1") }
        }
        #expect(outcome.recorded)
        #expect(text(directory, "a.txt") == "one\nTWO\n")
        #expect(text(directory, "sub/b.txt") == "new\n")
        #expect(text(directory, "old/stale.txt") == nil)
        // Recorded: the next check is clean and records nothing.
        #expect(try goldens.check([("a.txt", Data("one\nTWO\n".utf8)), ("sub/b.txt", Data("new\n".utf8))]).isClean)
    }

    @Test func firstDifferenceNamesTheLine() {
        #expect(GoldenFiles.firstDifference(Data("a\nb\nc\n".utf8), Data("a\nB\nc\n".utf8))
                == #"line 2: committed "b" vs new "B" (1 line(s) differ by position; 4 committed, 4 new)"#)
        #expect(GoldenFiles.firstDifference(Data("a\n".utf8), Data("a\nb\n".utf8))
                == #"line 2: committed "" vs new "b" (2 line(s) differ by position; 2 committed, 3 new)"#)
    }
}
