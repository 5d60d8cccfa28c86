import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The styles part, reduced to what import needs: which cell style indexes show a date or time.
final class XLSXStyles: XLSXPartDelegate {
    private var customFormats: [Int: String] = [:]
    private var formatOfStyle: [Int] = []
    private var inCellStyles = false

    /// The cell style indexes (`s` attribute of a cell) whose number format is a date or time.
    static func dateStyles(_ path: String?, in archive: XLSXArchive) throws -> Set<Int> {
        guard let path, let data = try archive.optionalPart(path) else { return [] }
        let styles = XLSXStyles()
        try XLSXXML.parse(data, with: styles, part: path, file: archive.fileName)
        var dates = Set<Int>()
        for (index, format) in styles.formatOfStyle.enumerated()
        where XLSXDateFormat.isDate(id: format, code: styles.customFormats[format]) {
            dates.insert(index)
        }
        return dates
    }

    /// Records custom number formats and the number format of each cell style (`cellXfs/xf`).
    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch elementName {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap({ Int($0) }), let code = attributeDict["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs": inCellStyles = true
        case "xf" where inCellStyles: formatOfStyle.append(attributeDict["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    /// Leaves the list of cell styles.
    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?) {
        if elementName == "cellXfs" { inCellStyles = false }
    }
}
