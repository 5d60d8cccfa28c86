import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RapportCore

/// The workbook part: its sheets in order (name and part path) and whether dates count from 1904.
final class XLSXWorkbook: XLSXPartDelegate {
    /// The sheets in workbook order, with the relationship id of their part.
    private(set) var sheets: [(name: String, relationship: String)] = []
    /// Whether serial dates count from 1904-01-01 (the old Mac date system) instead of 1900.
    private(set) var uses1904 = false
    private let fileName: String
    private let partPath: String

    /// A workbook part to be read from `partPath` of the file `fileName`.
    private init(fileName: String, partPath: String) {
        self.fileName = fileName
        self.partPath = partPath
    }

    /// Reads the workbook part at `path`.
    static func read(_ path: String, in archive: XLSXArchive) throws -> XLSXWorkbook {
        let workbook = XLSXWorkbook(fileName: archive.fileName, partPath: path)
        try XLSXXML.parse(try archive.part(path), with: workbook, part: path, file: archive.fileName)
        return workbook
    }

    /// Records `sheet` and `workbookPr` elements.
    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch elementName {
        case "workbookPr":
            let flag = attributeDict["date1904"]
            uses1904 = flag == "1" || flag == "true"
        case "sheet":
            let relationship = attributeDict.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value
            guard let name = attributeDict["name"], let relationship else {
                return fail(RapportError(Words.xlsxBadXML(fileName, part: partPath, line: parser.lineNumber)), parser)
            }
            sheets.append((name, relationship))
        default:
            break
        }
    }
}
