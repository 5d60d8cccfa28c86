import Foundation
import RapportCore

/// The folder a file is written into: named when it does not exist, and made (with the folders above it) on `--mkdirs`.
enum TargetFolder {
    /// Makes sure the folder of `path` exists, creating it when `create` is set; errors point at `word`.
    static func prepare(for path: String, create: Bool, invocation: Invocation, at word: Word) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            if !isFolder.boolValue { throw invocation.error(Words.targetFolderIsAFile(folder), at: word) }
            return
        }
        guard create else { throw invocation.error(Words.targetFolderMissing(folder), at: word) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw invocation.error(Words.cannotWrite(folder, String(cString: strerror(errno))), at: word)
        }
    }
}

extension Switch {
    /// `--mkdirs`: `export` and `report` create the folder they write into when it does not exist.
    static let mkdirs = Switch("mkdirs", Words.mkdirsFlag)
}
