import Foundation

/// Brings a manifest of an older format version up to the current one, one version step at a time.
///
/// Each step turns the JSON object of version `v` into that of version `v + 1`; a new format version adds its step to
/// `standard`. Version 2 replaced each dataset's `source` text by an `origin` record (`OriginUpgrade`).
struct ManifestUpgrader: Sendable {
    /// One step: changes the manifest's JSON object from one version to the next.
    typealias Step = @Sendable (inout [String: Any]) throws -> Void

    /// The version manifests are brought to.
    let currentVersion: Int
    /// The step from version `v` to `v + 1`, keyed by `v`.
    let steps: [Int: Step]

    /// The upgrades of this build.
    static let standard = ManifestUpgrader(currentVersion: Manifest.currentFormatVersion,
                                           steps: [1: { try OriginUpgrade.step(&$0) }])

    /// The manifest text of `version` upgraded to the current version; `path` names the file in errors.
    func upgrade(_ data: Data, from version: Int, path: String) throws -> Data {
        guard var object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw RapportError(Words.manifestWrongShape(path, at: "/"))
        }
        for step in version..<currentVersion {
            guard let upgrade = steps[step] else {
                throw RapportError(Words.manifestVersionUnknown(path, found: version))
            }
            try upgrade(&object)
            object["formatVersion"] = step + 1
        }
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}
