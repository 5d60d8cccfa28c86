import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The relationships of one workbook part (`_rels/….rels`): id → target part path, and type → target.
final class XLSXRelationships: XLSXPartDelegate {
    /// Target part paths by relationship id, resolved against the owning part's folder.
    private(set) var targets: [String: String] = [:]
    /// Target part paths with the relationship type's last path component (`styles`, `sharedStrings` …).
    private(set) var typed: [(type: String, target: String)] = []
    private let folder: String

    /// Relationships of the part that lives in `folder` (`""` for the package root, `xl` for the workbook).
    init(folder: String) {
        self.folder = folder
    }

    /// Reads the relationships of the part at `partPath`; a part without relationships has none.
    static func read(of partPath: String, in archive: XLSXArchive) throws -> XLSXRelationships {
        let folder = (partPath as NSString).deletingLastPathComponent
        let name = (partPath as NSString).lastPathComponent
        let relsPath = folder.isEmpty ? "_rels/\(name).rels" : "\(folder)/_rels/\(name).rels"
        let relationships = XLSXRelationships(folder: folder)
        if let data = try archive.optionalPart(relsPath) {
            try XLSXXML.parse(data, with: relationships, part: relsPath, file: archive.fileName)
        }
        return relationships
    }

    /// The target of the first relationship of this type (the last component of its type URI).
    func target(ofType type: String) -> String? {
        typed.first { $0.type == type }?.target
    }

    /// Records each `Relationship` element.
    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard elementName == "Relationship", let id = attributeDict["Id"], let target = attributeDict["Target"],
              attributeDict["TargetMode"] != "External" else { return }
        let path = resolve(target)
        targets[id] = path
        if let type = attributeDict["Type"] { typed.append(((type as NSString).lastPathComponent, path)) }
    }

    /// A target made a path from the archive root: absolute targets lose their slash, relative ones join the folder.
    private func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
