import Foundation

/// Paths of the shared real-world datasets, found beside the repository: `../shared/datasets`.
public enum SharedDatasets {
    /// The folder holding the datasets.
    public static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/datasets")
    }()

    /// The path of a file inside the datasets folder.
    public static func path(_ relative: String) -> String {
        folder.appendingPathComponent(relative).path
    }
}
