import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The shared-strings part: the text of each `si` item, rich-text runs joined, phonetic hints left out.
final class XLSXSharedStrings: XLSXPartDelegate {
    /// The strings in index order.
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    /// Reads the shared strings at `path`, or none when the workbook has no such part.
    static func read(_ path: String?, in archive: XLSXArchive) throws -> [String] {
        guard let path, let data = try archive.optionalPart(path) else { return [] }
        let shared = XLSXSharedStrings()
        try XLSXXML.parse(data, with: shared, part: path, file: archive.fileName)
        return shared.strings
    }

    /// Opens an item, a text run or a phonetic hint.
    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch elementName {
        case "si": inItem = true; current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    /// Collects text inside `t` elements of the current item.
    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    /// Closes an item (storing its text), a text run or a phonetic hint.
    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?) {
        switch elementName {
        case "si": strings.append(current); inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }
}
