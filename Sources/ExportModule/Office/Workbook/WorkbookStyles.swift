/// The cell formats of rapport's workbooks (xl/styles.xml) and the index a cell names for each.
enum WorkbookStyles {
    /// The header cells: bold on a light fill, a rule below.
    static let header = 1
    /// Notes under a table: smaller and grey.
    static let note = 2

    /// The style index of cells shown in a number format (0, the default, for General).
    static func index(of format: NumberFormat) -> Int {
        switch format {
        case .general: return 0
        case .integer: return 3
        case .decimal: return 4
        case .percent: return 5
        case .date: return 6
        case .dateTime: return 7
        case .dateTimeSeconds: return 8
        }
    }

    /// The formats Excel does not know by number, with the ids given to them here.
    private static let customFormats: [(Int, NumberFormat)] = [
        (164, .percent), (165, .date), (166, .dateTime), (167, .dateTimeSeconds),
    ]

    /// xl/styles.xml, its cell formats in the order of the indices above.
    static let xml: String = {
        // Built-in 3 is `#,##0`, 4 `#,##0.00`; the others are the custom ones.
        let numberFormats = [3, 4] + customFormats.map(\.0)
        return OfficeXML.declaration + "<styleSheet xmlns=\"\(OfficeXML.spreadsheet)\">"
            + "<numFmts count=\"\(customFormats.count)\">"
            + customFormats.map {
                "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(XMLText.escaped($0.1.code))\"/>"
            }.joined()
            + "</numFmts><fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><sz val=\"9\"/><color rgb=\"FF\(OfficeStyle.muted)\"/><name val=\"Calibri\"/>"
            + "<family val=\"2\"/></font>"
            + "</fonts><fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\">"
            + "<fgColor rgb=\"FF\(OfficeStyle.lightFill)\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color rgb=\"FF808080\"/></bottom>"
            + "<diagonal/></border>"
            + "</borders><cellStyleXfs count=\"1\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(3 + numberFormats.count)\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + numberFormats.map {
                "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            }.joined()
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()
}
