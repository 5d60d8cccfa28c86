import Foundation

/// The upgrade from format 1 to 2: each dataset's `source` text becomes an `origin` record.
///
/// Format 1 kept only a text: the imported file's path, the start of the command (`score posts engagement-rate`,
/// `simulate posts`), or for a comparison `compare {"de":…,"en":…}` with its sentence. That text becomes the origin's
/// `command`; a comparison's sentence and what a score or an audit found become its `finding`, as format 1's
/// report told them apart (a `-pairs` name is a comparison's pairs table).
enum OriginUpgrade {
    /// Replaces `source` by `origin` in every dataset entry of a format 1 manifest.
    static func step(_ manifest: inout [String: Any]) throws {
        guard let entries = manifest["datasets"] as? [[String: Any]] else { return }
        manifest["datasets"] = entries.map { entry in
            var entry = entry
            if let source = entry.removeValue(forKey: "source") as? String {
                let name = entry["name"] as? String ?? ""
                entry["origin"] = origin(source: source, kind: entry["kind"] as? String, name: name)
            }
            return entry
        }
    }

    /// The origin format 2 records for a format 1 source text.
    static func origin(source: String, kind: String?, name: String) -> [String: Any] {
        let compare = Finding.Kind.compare.rawValue
        if source.hasPrefix(compare + " {"),
           let sentence = try? JSONSerialization.jsonObject(with: Data(source.dropFirst(compare.count + 1).utf8))
            as? [String: String], let en = sentence["en"], let de = sentence["de"] {
            let finding = name.hasSuffix("-pairs") ? Finding.Kind.comparePairs : .compare
            return ["command": compare, "finding": ["kind": finding.rawValue, "sentence": ["de": de, "en": en]]]
        }
        let finding: Finding.Kind?
        switch kind {
        case DatasetKind.result.rawValue where source.hasPrefix(Finding.Kind.score.rawValue + " "): finding = .score
        case DatasetKind.result.rawValue where source == compare + " --accounts": finding = .compareAccounts
        case DatasetKind.audit.rawValue: finding = .audit
        default: finding = nil
        }
        var origin: [String: Any] = ["command": source]
        if let finding { origin["finding"] = ["kind": finding.rawValue] }
        return origin
    }
}
