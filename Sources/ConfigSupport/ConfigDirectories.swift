import Foundation

/// Where the project's `configs/` folder (presets, `tech/` libraries) is found, so that
/// `permsim` works from any directory: `$PERMSIM_CONFIGS`, `./configs`, and `configs/` beside
/// the package the executable was built in (`.build/<config>/permsim` -> `../../configs`).
public enum ConfigDirectories {
    /// The candidate directories, in the order they are searched.
    public static var search: [String] {
        var directories: [String] = []
        if let environment = ProcessInfo.processInfo.environment["PERMSIM_CONFIGS"] { directories.append(environment) }
        directories.append(FileManager.default.currentDirectoryPath + "/configs")
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            directory = directory.deletingLastPathComponent()
            directories.append(directory.appendingPathComponent("configs").path)
        }
        return directories
    }

    /// The first `configs/<subdirectory>` that exists, or `configs/<subdirectory>` relative to
    /// the working directory when none does (its error then names that path).
    public static func first(_ subdirectory: String) -> String {
        for directory in search {
            let path = directory + "/" + subdirectory
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
        }
        return "configs/" + subdirectory
    }
}
