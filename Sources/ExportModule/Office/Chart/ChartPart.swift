/// Writes a DrawingML chart part (`c:chartSpace`): clustered bars or columns, or lines, every value cached beside
/// the formula that points at the chart's data sheet, so that the chart shows without its data and "Edit data"
/// finds it.
enum ChartPart {
    /// The ids linking the category axis and the value axis to the chart.
    private static let categoryAxis = "500000001", valueAxis = "500000002"

    /// The part's XML for the chart laid out in `table`; `workbook` is the relationship id of the embedded workbook
    /// holding that table (a deck's chart), nil when the table is in the same workbook as the chart.
    static func xml(_ table: ChartTable, workbook: String?) -> String {
        let spec = table.spec
        let language = DrawingText.tag(spec.language)
        return OfficeXML.declaration
            + "<c:chartSpace xmlns:c=\"\(OfficeXML.chart)\" xmlns:a=\"\(OfficeXML.drawing)\""
            + " xmlns:r=\"\(OfficeXML.relationships)\">"
            + "<c:date1904 val=\"0\"/><c:lang val=\"\(language)\"/><c:roundedCorners val=\"0\"/><c:chart>"
            + (spec.title.map { ChartText.title($0, size: 14, language: language) + "<c:autoTitleDeleted val=\"0\"/>" }
                ?? "<c:autoTitleDeleted val=\"1\"/>")
            + "<c:plotArea><c:layout/>" + plot(table) + ChartAxes.category(spec, id: categoryAxis, crossing: valueAxis)
            + ChartAxes.value(spec, id: valueAxis, crossing: categoryAxis)
            + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>"
            + (spec.series.count > 1 ? "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>"
                + ChartText.properties(size: 12) + "</c:legend>" : "")
            + "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
            + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" + ChartText.properties(size: 12)
            + (workbook.map { "<c:externalData r:id=\"\($0)\"><c:autoUpdate val=\"0\"/></c:externalData>" } ?? "")
            + "</c:chartSpace>"
    }

    /// The bar or line chart element with its series.
    private static func plot(_ table: ChartTable) -> String {
        let spec = table.spec
        let series = spec.series.indices.map { self.series($0, table) }.joined()
        let axes = "<c:axId val=\"\(categoryAxis)\"/><c:axId val=\"\(valueAxis)\"/>"
        switch spec.kind {
        case .bars, .columns:
            return "<c:barChart><c:barDir val=\"\(spec.kind == .bars ? "bar" : "col")\"/>"
                + "<c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>" + series
                + "<c:gapWidth val=\"\(spec.series.count > 1 ? 80 : 60)\"/>"
                + (spec.series.count > 1 ? "<c:overlap val=\"-10\"/>" : "") + axes + "</c:barChart>"
        case .lines:
            return "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + series
                + "<c:marker val=\"1\"/>" + axes + "</c:lineChart>"
        }
    }

    /// One `c:ser`: its name, look, labels, error bars, categories and values, each with its cache.
    private static func series(_ index: Int, _ table: ChartTable) -> String {
        let spec = table.spec
        let series = spec.series[index]
        let columns = table.columns[index]
        let colour = OfficeStyle.seriesColour(index)
        let count = spec.categories.count
        var xml = "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
            + "<c:tx><c:strRef><c:f>" + XMLText.escaped(table.header(columns.value)) + "</c:f>"
            + stringCache([series.name]) + "</c:strRef></c:tx>"
        if spec.kind == .lines {
            xml += "<c:spPr><a:ln w=\"28575\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>"
                + (index % 2 == 1 ? "<a:prstDash val=\"dash\"/>" : "") + "<a:round/></a:ln></c:spPr>"
                + "<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr><a:solidFill>"
                + "<a:srgbClr val=\"\(colour)\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>"
        } else {
            xml += "<c:spPr><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>"
                + "<c:invertIfNegative val=\"0\"/>"
        }
        if spec.showsValues { xml += labels(spec, besideErrorBars: columns.above != nil) }
        if let above = columns.above, let below = columns.below {
            xml += "<c:errBars>" + (spec.kind == .lines ? "<c:errDir val=\"y\"/>" : "")
                + "<c:errBarType val=\"both\"/><c:errValType val=\"cust\"/><c:noEndCap val=\"0\"/>"
                + "<c:plus>" + numbers(table, column: above, (0..<count).map(series.above)) + "</c:plus>"
                + "<c:minus>" + numbers(table, column: below, (0..<count).map(series.below)) + "</c:minus>"
                + "<c:spPr><a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"404040\"/></a:solidFill></a:ln></c:spPr>"
                + "</c:errBars>"
        }
        xml += "<c:cat><c:strRef><c:f>" + XMLText.escaped(table.values(0)) + "</c:f>" + stringCache(spec.categories)
            + "</c:strRef></c:cat>"
            + "<c:val>" + numbers(table, column: columns.value, (0..<count).map(series.value)) + "</c:val>"
        return xml + (spec.kind == .lines ? "<c:smooth val=\"0\"/>" : "") + "</c:ser>"
    }

    /// Data labels with the chart's number format: outside the bar's end or above the point, but where error bars
    /// are drawn inside the bar's end (in white) or right of the point, so that the two do not overlap.
    private static func labels(_ spec: ChartSpec, besideErrorBars: Bool) -> String {
        let position = spec.kind == .lines ? (besideErrorBars ? "r" : "t") : (besideErrorBars ? "inEnd" : "outEnd")
        let colour = spec.kind != .lines && besideErrorBars ? "FFFFFF" : OfficeStyle.text
        return "<c:dLbls><c:numFmt formatCode=\"\(XMLText.escaped(spec.format.code))\" sourceLinked=\"0\"/>"
            + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
            + ChartText.properties(size: 11, bold: colour == "FFFFFF", colour: colour)
            + "<c:dLblPos val=\"\(position)\"/><c:showLegendKey val=\"0\"/>"
            + "<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"
            + "<c:showBubbleSize val=\"0\"/></c:dLbls>"
    }

    /// `c:strCache` of texts.
    private static func stringCache(_ texts: [String]) -> String {
        "<c:strCache><c:ptCount val=\"\(texts.count)\"/>"
            + texts.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\(XMLText.escaped($0.element))</c:v></c:pt>" }
                .joined()
            + "</c:strCache>"
    }

    /// `c:numRef`: the formula of a data column and the cache of its numbers, a missing one left out.
    private static func numbers(_ table: ChartTable, column: Int, _ values: [Double?]) -> String {
        "<c:numRef><c:f>" + XMLText.escaped(table.values(column)) + "</c:f><c:numCache><c:formatCode>"
            + XMLText.escaped(table.spec.format.code) + "</c:formatCode><c:ptCount val=\"\(values.count)\"/>"
            + values.enumerated().compactMap { index, value in
                value.map { "<c:pt idx=\"\(index)\"><c:v>\($0.description)</c:v></c:pt>" }
            }.joined()
            + "</c:numCache></c:numRef>"
    }
}
