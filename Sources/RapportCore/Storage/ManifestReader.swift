import Foundation

/// Reads the bytes of a manifest (`workspace.json`): checks the JSON, refuses a newer format, upgrades an older one.
public enum ManifestReader {
    /// The manifest in `bytes`, read from `path` (named in errors) with this build's upgrades.
    public static func read(_ bytes: [UInt8], path: String) throws -> Manifest {
        try read(bytes, path: path, upgrader: .standard).manifest
    }

    /// The manifest in `bytes` brought to the current version by `upgrader`, and the version it was upgraded from.
    static func read(_ bytes: [UInt8], path: String, upgrader: ManifestUpgrader) throws
        -> (manifest: Manifest, upgradedFrom: Int?) {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do throws(JSONFailure) {
                try scanner.skipValue()
                guard scanner.atEnd() else { throw JSONFailure(offset: scanner.index, problem: Words.jsonTrailing) }
            } catch {
                throw error.error(path: path, bytes: buffer)
            }
        }
        var data = Data(bytes)
        let version = try decode(VersionProbe.self, from: data, path: path).formatVersion
        if version > upgrader.currentVersion {
            throw RapportError(Words.manifestTooNew(path, found: version, supported: upgrader.currentVersion))
        }
        let upgrading = version < upgrader.currentVersion
        if upgrading { data = try upgrader.upgrade(data, from: version, path: path) }
        return (try decode(Manifest.self, from: data, path: path), upgrading ? version : nil)
    }

    /// Just the format version, read before the rest so a newer manifest is refused whatever its shape.
    private struct VersionProbe: Decodable {
        let formatVersion: Int
    }

    /// The value of `type` in the JSON `data`; a mismatch names the place in the manifest.
    private static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            let keys: [CodingKey]
            switch error {
            case .keyNotFound(let key, let context): keys = context.codingPath + [key]
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                keys = context.codingPath
            @unknown default: keys = []
            }
            let key = keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw RapportError(Words.manifestWrongShape(path, at: key.isEmpty ? "/" : key))
        }
    }
}
