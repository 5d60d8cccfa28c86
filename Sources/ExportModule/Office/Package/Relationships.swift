/// The relationships part of one package part: `rId1`, `rId2` … naming the parts it uses.
struct Relationships {
    /// The kinds of relationship rapport writes.
    enum Kind: String {
        case officeDocument, extendedProperties = "extended-properties", worksheet, styles, drawing, chart, package
        case image, theme, slide, slideLayout, slideMaster, notesMaster, notesSlide, presProps, viewProps, tableStyles
        case coreProperties

        /// The relationship type's URI.
        var uri: String {
            self == .coreProperties
                ? "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + rawValue
        }
    }

    private var entries: [(id: String, kind: Kind, target: String)] = []

    /// Adds a relationship to `target` (relative to the part's folder) and returns its id.
    @discardableResult
    mutating func add(_ kind: Kind, target: String) -> String {
        let id = "rId\(entries.count + 1)"
        entries.append((id, kind, target))
        return id
    }

    /// The part's XML.
    var xml: String {
        OfficeXML.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + entries.map { entry in
                "<Relationship Id=\"\(entry.id)\" Type=\"\(entry.kind.uri)\""
                    + " Target=\"\(XMLText.escaped(entry.target))\"/>"
            }.joined()
            + "</Relationships>"
    }

    /// The path of the relationships part belonging to the part at `path`: `a/b.xml` → `a/_rels/b.xml.rels`.
    static func path(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "_rels/" + path + ".rels" }
        return path[...slash] + "_rels/" + path[path.index(after: slash)...] + ".rels"
    }
}
