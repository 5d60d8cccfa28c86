import Foundation
import RapportCore
import ZIPFoundation

/// An Office Open XML package being put together: its parts with their content types, zipped in memory.
struct OfficePackage {
    /// The parts in the order they were added.
    private var parts: [(path: String, data: Data)] = []
    /// Content types by file extension.
    private var defaults: [(String, String)] = [("rels", ContentType.relationships), ("xml", "application/xml")]
    /// Content types of single parts.
    private var overrides: [(String, String)] = []

    /// Adds a part at `path` (no leading slash); `contentType` names its type unless its extension's default does.
    mutating func add(_ path: String, _ data: Data, contentType: String? = nil) {
        parts.append((path, data))
        if let contentType { overrides.append(("/" + path, contentType)) }
    }

    /// Adds an XML part.
    mutating func add(_ path: String, xml: String, contentType: String? = nil) {
        add(path, Data(xml.utf8), contentType: contentType)
    }

    /// Names the content type of every part whose name ends in `.extension`, once.
    mutating func addDefault(extension: String, contentType: String) {
        guard !defaults.contains(where: { $0.0 == `extension` }) else { return }
        defaults.append((`extension`, contentType))
    }

    /// The zipped package, `[Content_Types].xml` first.
    func zipped() throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in [("[Content_Types].xml", Data(contentTypes.utf8))] + parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw RapportError(Words.officeZipFailed) }
        return data
    }

    /// The `[Content_Types].xml` part.
    private var contentTypes: String {
        OfficeXML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + defaults.map { "<Default Extension=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + overrides.map { "<Override PartName=\"\(XMLText.escaped($0.0))\" ContentType=\"\($0.1)\"/>" }.joined()
            + "</Types>"
    }
}
