import Foundation

/// Writes files so that a crash leaves the old or the new content, never half of it (placeholder until the store lands).
public enum AtomicFile {
    /// Writes data to a path atomically.
    public static func write(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
