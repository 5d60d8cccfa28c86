import Foundation
import RapportCore
import ZIPFoundation

/// Puts worksheets into an XLSX package: one sheet per dataset plus a `provenance` sheet, the styles
/// (bold header, date-time format) and the document properties, zipped in memory.
enum XLSXPackage {
    /// The name of the sheet that records what the export came from.
    static let provenanceSheet = "provenance"

    /// The bytes of the workbook.
    static func bytes(_ datasets: [Dataset], provenance: Provenance, timeZone: TimeZone,
                      checkpoint: () throws -> Void) throws -> Data {
        let names = sheetNames(datasets.map(\.name) + [provenanceSheet])
        var parts: [(String, Data)] = []
        for (index, dataset) in datasets.enumerated() {
            let sheet = try XLSXSheetWriter.bytes(of: dataset, timeZone: timeZone, checkpoint: checkpoint)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Data(sheet)))
        }
        let record = Dataset(name: provenanceSheet, columns: [
            .text("key", provenance.pairs.map(\.0)), .text("value", provenance.pairs.map(\.1)),
        ])
        parts.append(("xl/worksheets/sheet\(datasets.count + 1).xml",
                      Data(try XLSXSheetWriter.bytes(of: record, timeZone: timeZone, checkpoint: checkpoint))))
        parts.append(("[Content_Types].xml", Data(contentTypes(sheets: names.count).utf8)))
        parts.append(("_rels/.rels", Data(packageRelationships.utf8)))
        parts.append(("docProps/core.xml", Data(coreProperties(provenance).utf8)))
        parts.append(("xl/workbook.xml", Data(workbook(names).utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Data(workbookRelationships(sheets: names.count).utf8)))
        parts.append(("xl/styles.xml", Data(styles.utf8)))
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw RapportError(Words.exportZipFailed) }
        return data
    }

    /// Sheet names of at most 31 characters, made distinct by a number where two would be equal.
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            var candidate = String(name.prefix(31))
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = "-\(number)"
                candidate = String(name.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheets: Int) -> String {
        header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + (1...sheets).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined()
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>"
    }

    private static let packageRelationships = header + "<Relationships xmlns=\"\(relationshipsNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    private static func coreProperties(_ provenance: Provenance) -> String {
        header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>" + XMLText.escaped(provenance.datasets.map(\.name).joined(separator: ", ")) + "</dc:title>"
            + "<dc:creator>rapport " + XMLText.escaped(provenance.version) + "</dc:creator>"
            + "<dc:description>" + XMLText.escaped(JSONWriter.string(provenance.json)) + "</dc:description>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + provenance.time + "</dcterms:created>"
            + "</cp:coreProperties>"
    }

    private static func workbook(_ names: [String]) -> String {
        header + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(officeRelationships)\">"
            + "<sheets>" + names.enumerated().map { index, name in
                "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            }.joined() + "</sheets></workbook>"
    }

    private static func workbookRelationships(sheets: Int) -> String {
        header + "<Relationships xmlns=\"\(relationshipsNamespace)\">"
            + (1...sheets).map { "<Relationship Id=\"rId\($0)\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// Cell formats: 0 plain, 1 bold (the header), 2 date and time `yyyy-mm-dd hh:mm:ss`.
    private static let styles = header + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
