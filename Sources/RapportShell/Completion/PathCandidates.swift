import Foundation
import RapportCore

/// The file and directory paths that extend a typed path, as typed (a leading `~` stays), directories ending in `/`.
enum PathCandidates {
    /// The paths that start with `typed`; hidden entries only when the typed name starts with a dot.
    static func extending(_ typed: String, directoriesOnly: Bool, home: String = HomePath.home()) -> [String] {
        if typed == "~" { return ["~/"] }
        let directoryPart = typed.lastIndex(of: "/").map { String(typed[...$0]) } ?? ""
        let namePrefix = String(typed.dropFirst(directoryPart.count))
        let listed = HomePath.expanding(directoryPart.isEmpty ? "." : directoryPart, home: home)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        var candidates: [String] = []
        for name in names where name.hasPrefix(namePrefix) {
            if name.hasPrefix(".") && !namePrefix.hasPrefix(".") { continue }
            var isDirectory: ObjCBool = false
            let fullPath = (listed as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: fullPath, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                candidates.append(directoryPart + name + "/")
            } else if !directoriesOnly {
                candidates.append(directoryPart + name)
            }
        }
        return candidates.sorted()
    }
}
