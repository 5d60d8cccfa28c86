import Foundation
import RapportCore

/// The command signatures plugins gave when last described, so start-up never has to start a plugin.
///
/// Kept in `$XDG_CACHE_HOME/rapport/plugin-signatures.json` as
/// `{"plugins": [{"folder", "fingerprint", "commands": [signature, …]}]}`. An entry counts only while
/// the fingerprint (size and modification time of the manifest and the executable) still matches.
struct SignatureCache {
    /// The cache file.
    let path: String

    /// The cached signatures of a plugin, when its files have not changed since; nil otherwise. `entries`, read once
    /// by the caller, saves reading the file again for every plugin.
    func commands(for manifest: PluginManifest, in entries: [JSONValue]? = nil) -> [JSONValue]? {
        let fingerprint = SignatureCache.fingerprint(of: manifest)
        return (entries ?? self.entries()).first {
            $0["folder"]?.stringValue == manifest.folder && $0["fingerprint"]?.stringValue == fingerprint
        }?["commands"]?.arrayValue
    }

    /// Stores the signatures a plugin just gave, replacing its old entry.
    func store(_ commands: [JSONValue], for manifest: PluginManifest) throws {
        var kept = entries().filter { $0["folder"]?.stringValue != manifest.folder }
        kept.append(.object([("folder", .string(manifest.folder)),
                             ("fingerprint", .string(SignatureCache.fingerprint(of: manifest))),
                             ("commands", .array(commands))]))
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try AtomicFile.write(Array((JSONWriter.string(.object([("plugins", .array(kept))])) + "\n").utf8), to: path)
    }

    /// Every entry; a missing or damaged cache is empty (it is only a cache).
    func entries() -> [JSONValue] {
        guard let data = try? FileBytes.read(path),
              let value = try? JSONValueReader.value(of: String(decoding: data, as: UTF8.self)) else { return [] }
        return value["plugins"]?.arrayValue ?? []
    }

    /// The size and modification time of the manifest and the executable, as one text.
    static func fingerprint(of manifest: PluginManifest) -> String {
        [manifest.folder + "/" + PluginManifest.fileName, manifest.executable].map { path in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(size)@\(modified)"
        }.joined(separator: ";")
    }
}
