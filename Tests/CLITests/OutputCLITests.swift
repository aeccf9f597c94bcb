import Foundation
import Testing

/// Outputs a user names are written whole or not at all, and never replace what is not a
/// regular writable file (`OutputFile`).
@Suite struct OutputCLITests {
    let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-output-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func refused(_ arguments: [String], names field: String, containing rule: String) throws {
        let result = try PermSimProcess.run(arguments)
        #expect(result.status == 1, "\(arguments)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("permsim: \(field): ") && lines[0].contains(rule), "\(arguments): \(result.stderr)")
    }

    @Test func runOutputRefusesWhatItMustNotReplace() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("target.txt")
        try "keep".write(to: target, atomically: true, encoding: .utf8)
        let link = directory.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let readOnly = directory.appendingPathComponent("read-only.txt")
        try "keep".write(to: readOnly, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly.path)
        let fifo = directory.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let run = ["run", "--workload", "alexnet-fc8", "--output"]
        try refused(run + [link.path], names: "--output", containing: "is a symbolic link")
        try refused(run + [readOnly.path], names: "--output", containing: "is not writable")
        try refused(run + [fifo.path], names: "--output", containing: "is a FIFO")
        try refused(run + [directory.path], names: "--output", containing: "is a directory")
        try refused(run + ["/dev/null"], names: "--output", containing: "is a device")
        try refused(run + [""], names: "--output", containing: "empty path")
        try refused(run + [directory.appendingPathComponent("missing/x.txt").path], names: "--output", containing: "does not exist")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
        #expect(try String(contentsOf: readOnly, encoding: .utf8) == "keep")
        // A regular file is replaced whole, keeping its permissions, with no temporary left.
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        let written = try PermSimProcess.run(run + [target.path, "--format", "csv"])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("engine,workload,network,model"))
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.contains(".permsim-") })
    }

    @Test func fullDiskIsAnError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        for arguments in [["run", "--workload", "alexnet-fc8"], ["list"]] {
            let process = Process()
            process.executableURL = PermSimProcess.executable
            process.arguments = arguments
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 1, "\(arguments)")
            #expect(message.hasPrefix("permsim: stdout: ") && message.contains("No space left"), "\(arguments): \(message)")
        }
    }

    @Test func compareOutputDirectoryIsChecked() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("file.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        try refused(["compare", "--workload", "alexnet-fc8", "--output-dir", ""], names: "--output-dir", containing: "empty path")
        try refused(["compare", "--workload", "alexnet-fc8", "--output-dir", file.path], names: "--output-dir", containing: "not a directory")
    }
}

/// The run report's fields have one name each, in the table, CSV and JSON, and each is
/// explained once (`permsim run --columns`, `docs/reports.md`).
@Suite struct ReportFieldTests {
    @Test func tableCSVAndJSONShareTheirNames() throws {
        let arguments = ["run", "--workload", "alexnet-fc8", "--workload", "vgg16-fc8"]
        let csv = try PermSimProcess.run(arguments + ["--format", "csv"])
        let header = try #require(csv.stdout.split(separator: "\n").first).split(separator: ",").map(String.init)
        let json = try PermSimProcess.run(arguments + ["--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        // JSON carries every CSV column under the same name (null fields are left out), plus the events.
        let jsonKeys = Set(rows.flatMap { $0.keys })
        #expect(jsonKeys.subtracting(header) == ["events"], "\(jsonKeys.subtracting(header))")
        #expect(Set(header).subtracting(jsonKeys).allSatisfy { name in csv.stdout.split(separator: "\n").dropFirst().allSatisfy { line in
            line.split(separator: ",", omittingEmptySubsequences: false)[header.firstIndex(of: name)!].isEmpty } })
        // The table's headers are CSV columns.
        let table = try PermSimProcess.run(arguments)
        let tableHeader = table.stdout.split(separator: "\n")[1].split(separator: " ").map(String.init)
        #expect(Set(tableHeader).isSubset(of: header), "\(Set(tableHeader).subtracting(header))")
        // Every column is explained by --columns and in docs/reports.md.
        let columns = try PermSimProcess.run(["run", "--columns"]).stdout
        let docs = try String(contentsOf: PermSimProcess.packageRoot.appendingPathComponent("docs/reports.md"), encoding: .utf8)
        for name in header {
            #expect(columns.contains("\n\(name) "), "--columns lacks \(name)")
            #expect(docs.contains("`\(name)`"), "docs/reports.md lacks \(name)")
        }
    }
}
