import Foundation
import Testing

/// `permsim compare`'s own bad input (the comparison itself is tested in ReportsTests).
@Suite struct CompareCLITests {
    @Test func badInputIsOneLine() throws {
        for (args, start) in [(["compare", "--workload-file", "/nonexistent.yaml", "--output-dir", "/tmp/permsim-never"], "permsim: /nonexistent.yaml:"),
                              (["compare", "--suite", "tiny", "--output-dir", "/tmp/permsim-never"], "permsim: --suite:")] {
            let result = try PermSimProcess.run(args)
            #expect(result.status == 1, "\(args)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix(start), "\(args): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: "/tmp/permsim-never"))
        }
    }
}
