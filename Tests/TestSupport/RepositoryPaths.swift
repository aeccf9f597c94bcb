import Foundation

/// Paths inside this checkout, found from this source file's own location
/// (`Tests/TestSupport/RepositoryPaths.swift`), so tests read the committed files whatever the
/// working directory.
public enum RepositoryPaths {
    /// The repository (root package) directory.
    public static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `configs/tech/`: the technology libraries.
    public static let technologyDirectory = root.appendingPathComponent("configs/tech")
}
