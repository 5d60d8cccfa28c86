import CEditLine
import Foundation
import RapportCore

/// libedit's list of earlier lines: capped in size, without adjacent duplicates, kept in a file in libedit's format.
final class EditLineHistory {
    /// How many lines the history keeps.
    static let capacity: Int32 = 2_000

    /// The libedit history handle, for `EL_HIST`.
    let handle: OpaquePointer
    private let path: String?

    /// A history holding the lines saved in `path`, if the file exists; nil keeps the history in memory only.
    init(path: String?) {
        handle = history_init()
        self.path = path
        rapport_history_set_size(handle, Self.capacity)
        rapport_history_set_unique(handle, 1)
        if let path { rapport_history_load(handle, path) }
    }

    deinit {
        history_end(handle)
    }

    /// Adds a line, trimmed of surrounding blanks (completion leaves one at the end); empty lines are not kept.
    func add(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        rapport_history_enter(handle, trimmed)
    }

    /// Writes the history to its file, creating the folders it lives in.
    func save() throws {
        guard let path else { return }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        guard rapport_history_save(handle, path) >= 0 else { throw RapportError(Words.historyNotSaved(path)) }
    }
}
