import Foundation
import RapportCore

/// Writes a workbook as an XLSX package: one worksheet per sheet, each with its filter and print titles named in
/// the workbook, a drawing and chart part for a sheet with a chart, the styles and the document properties.
enum WorkbookWriter {
    /// The bytes of the workbook.
    static func bytes(_ workbook: Workbook, timeZone: TimeZone, checkpoint: () throws -> Void) throws -> Data {
        let names = SheetNames.names(workbook.sheets.map(\.name), language: workbook.language)
        var package = OfficePackage()
        var packageRelationships = Relationships()
        packageRelationships.add(.officeDocument, target: "xl/workbook.xml")
        workbook.properties.add(to: &package, relationships: &packageRelationships)
        var workbookRelationships = Relationships()
        var sheetIds: [String] = []
        var charts = 0
        for (index, sheet) in workbook.sheets.enumerated() {
            let number = index + 1
            let formats = sheet.formats ?? sheet.table.columns.map { NumberFormat.of($0, timeZone: timeZone) }
            var content = WorksheetContent(table: sheet.table, formats: formats, notes: sheet.notes)
            if let chart = sheet.chart {
                charts += 1
                let data = ChartTable(chart, sheet: names[index], headerRow: content.chartDataRow)
                content.chartData = (data.dataset, data.formats)
                var sheetRelationships = Relationships()
                content.drawing = sheetRelationships.add(.drawing, target: "../drawings/drawing\(charts).xml")
                let sheetPath = "xl/worksheets/sheet\(number).xml"
                package.add(Relationships.path(of: sheetPath), xml: sheetRelationships.xml)
                var drawingRelationships = Relationships()
                let chartId = drawingRelationships.add(.chart, target: "../charts/chart\(charts).xml")
                let drawingPath = "xl/drawings/drawing\(charts).xml"
                let drawing = SheetDrawing.xml(chart: chartId, column: sheet.table.columns.count + 1, row: 1)
                package.add(drawingPath, xml: drawing, contentType: ContentType.drawing)
                package.add(Relationships.path(of: drawingPath), xml: drawingRelationships.xml)
                package.add("xl/charts/chart\(charts).xml", xml: ChartPart.xml(data, workbook: nil),
                            contentType: ContentType.chart)
            }
            let bytes = try WorksheetWriter.bytes(content, timeZone: timeZone, checkpoint: checkpoint)
            package.add("xl/worksheets/sheet\(number).xml", Data(bytes), contentType: ContentType.worksheet)
            sheetIds.append(workbookRelationships.add(.worksheet, target: "worksheets/sheet\(number).xml"))
        }
        workbookRelationships.add(.styles, target: "styles.xml")
        package.add("xl/workbook.xml", xml: xml(names, ids: sheetIds, tables: workbook.sheets.map(\.table)),
                    contentType: ContentType.workbook)
        package.add("xl/_rels/workbook.xml.rels", xml: workbookRelationships.xml)
        package.add("xl/styles.xml", xml: WorkbookStyles.xml, contentType: ContentType.styles)
        package.add("_rels/.rels", xml: packageRelationships.xml)
        return try package.zipped()
    }

    /// xl/workbook.xml: the sheets, and per sheet its filter's range and its header row as print titles.
    private static func xml(_ names: [String], ids: [String], tables: [Dataset]) -> String {
        var definedNames = ""
        for (index, table) in tables.enumerated() where !table.columns.isEmpty {
            let last = table.columns.count - 1
            definedNames += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                + XMLText.escaped(CellReference.range(names[index], column: 0, row: 0, toColumn: last,
                                                      row: table.rowCount))
                + "</definedName><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                + XMLText.escaped(CellReference.quoted(names[index]) + "!$1:$1") + "</definedName>"
        }
        return OfficeXML.declaration
            + "<workbook xmlns=\"\(OfficeXML.spreadsheet)\" xmlns:r=\"\(OfficeXML.relationships)\">"
            + "<bookViews><workbookView/></bookViews><sheets>"
            + names.enumerated().map { index, name in
                "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"\(ids[index])\"/>"
            }.joined()
            + "</sheets>" + (definedNames.isEmpty ? "" : "<definedNames>" + definedNames + "</definedNames>")
            + "</workbook>"
    }
}
