/// The two axes of a chart: categories (or periods) and values, plain: no tick marks, light grid lines.
enum ChartAxes {
    /// The category axis; for horizontal bars it runs top to bottom, so the first category is on top.
    static func category(_ spec: ChartSpec, id: String, crossing: String) -> String {
        "<c:catAx><c:axId val=\"\(id)\"/><c:scaling>"
        + "<c:orientation val=\"\(spec.kind == .bars ? "maxMin" : "minMax")\"/>"
            + "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(spec.kind == .bars ? "l" : "b")\"/>"
            + (spec.categoryAxisTitle.map {
                ChartText.title($0, size: 12, language: DrawingText.tag(spec.language), rotated: spec.kind == .bars)
            } ?? "")
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>"
            + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>"
            + "<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"\(OfficeStyle.rule)\"/></a:solidFill>"
            + "</a:ln></c:spPr>"
            + ChartText.properties(size: 12, colour: OfficeStyle.text)
            + "<c:crossAx val=\"\(crossing)\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>"
            + "<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
    }

    /// The value axis in the chart's number format, with light grid lines; under horizontal bars it sits at the
    /// bottom, where the last category is.
    static func value(_ spec: ChartSpec, id: String, crossing: String) -> String {
        "<c:valAx><c:axId val=\"\(id)\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
            + "<c:axPos val=\"\(spec.kind == .bars ? "b" : "l")\"/>"
            + "<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"\(OfficeStyle.rule)\"/>"
            + "</a:solidFill></a:ln></c:spPr></c:majorGridlines>"
            + (spec.valueAxisTitle.map {
                ChartText.title($0, size: 12, language: DrawingText.tag(spec.language), rotated: spec.kind != .bars)
            } ?? "")
            + "<c:numFmt formatCode=\"\(XMLText.escaped(spec.format.code))\" sourceLinked=\"0\"/>"
            + "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>" + ChartText.properties(size: 11)
            + "<c:crossAx val=\"\(crossing)\"/><c:crosses val=\"\(spec.kind == .bars ? "max" : "autoZero")\"/>"
            + "<c:crossBetween val=\"between\"/></c:valAx>"
    }
}
