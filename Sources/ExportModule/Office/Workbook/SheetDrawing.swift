/// The drawing part of a worksheet that places its chart: anchored at a cell, of a fixed size.
enum SheetDrawing {
    /// The chart's size in EMU (16 × 9.5 cm).
    static let width = 5_760_000, height = 3_420_000

    /// The drawing's XML: the chart of relationship `chart` with its top-left corner at `column`, `row` (from 0).
    static func xml(chart: String, column: Int, row: Int) -> String {
        OfficeXML.declaration
            + "<xdr:wsDr xmlns:xdr=\"\(OfficeXML.spreadsheetDrawing)\" xmlns:a=\"\(OfficeXML.drawing)\">"
            + "<xdr:oneCellAnchor><xdr:from><xdr:col>\(column)</xdr:col><xdr:colOff>0</xdr:colOff>"
            + "<xdr:row>\(row)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
            + "<xdr:ext cx=\"\(width)\" cy=\"\(height)\"/><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>"
            + "<xdr:cNvPr id=\"2\" name=\"Chart 1\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
            + "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>"
            + "<a:graphic><a:graphicData uri=\"\(OfficeXML.chart)\"><c:chart xmlns:c=\"\(OfficeXML.chart)\""
            + " xmlns:r=\"\(OfficeXML.relationships)\" r:id=\"\(chart)\"/></a:graphicData></a:graphic>"
            + "</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>"
    }
}
