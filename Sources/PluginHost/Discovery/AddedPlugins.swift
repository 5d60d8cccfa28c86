import Foundation
import RapportCore

/// The plugin folders the user registered with `plugin add`, kept in the user's configuration, not the workspace.
///
/// The file is `{"added": ["/absolute/folder", …]}`, written atomically.
struct AddedPlugins {
    /// The configuration file.
    let path: String

    /// The folders added so far; a missing file is an empty list, a damaged one an error naming it.
    func folders() throws -> [String] {
        guard let data = try FileBytes.read(path) else { return [] }
        guard let value = try? JSONValueReader.value(of: String(decoding: data, as: UTF8.self)),
              let list = value["added"]?.arrayValue else { throw RapportError(Words.pluginConfigDamaged(path)) }
        return list.compactMap(\.stringValue)
    }

    /// Writes the list of folders.
    func save(_ folders: [String]) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let text = JSONWriter.string(.object([("added", .array(folders.map(JSONValue.string)))])) + "\n"
        try AtomicFile.write(Array(text.utf8), to: path)
    }
}
