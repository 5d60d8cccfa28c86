import Foundation

/// Paths of the real-world datasets: `../shared/datasets` beside the repository, or the repository's own
/// copies in `workspace/sources` (the files whose licences allow a copy) where that folder is absent.
public enum SharedDatasets {
    /// The repository's root folder.
    public static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// The shared folder beside the repository.
    public static let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/datasets")

    /// The repository's copies of the datasets it may carry.
    public static let copies = repository.appendingPathComponent("workspace/sources")

    /// The path of a dataset file: the shared one, else the repository's copy.
    public static func path(_ relative: String) -> String {
        let shared = folder.appendingPathComponent(relative).path
        if FileManager.default.fileExists(atPath: shared) { return shared }
        return copies.appendingPathComponent(relative).path
    }
}
