@testable import ExportModule
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// The chart part is well-formed XML in the schema's element order, links its data only when embedded, and leaves
/// missing points out of its cache.
final class ChartPartTests: XCTestCase {
    private func parsed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    func testBarsWithIntervalsAndLabels() {
        let xml = ChartPart.xml(ChartTable(DeckSample.bars, sheet: "Sheet1"), workbook: "rId1")
        XCTAssertTrue(parsed(xml))
        XCTAssertTrue(xml.contains("<c:barDir val=\"bar\"/>"))
        XCTAssertTrue(xml.contains("<c:orientation val=\"maxMin\"/>"), "the first category on top")
        XCTAssertTrue(xml.contains("<c:errValType val=\"cust\"/>"))
        XCTAssertTrue(xml.contains("<c:dLblPos val=\"inEnd\"/>"), "labels inside the bar, clear of the error bars")
        XCTAssertTrue(xml.contains("<c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData>"))
        XCTAssertFalse(xml.contains("<c:legend>"))
        // In a bar series the error bars come after the labels and before the categories.
        let order = ["<c:dLbls>", "<c:errBars>", "<c:cat>"].compactMap { xml.range(of: $0)?.lowerBound }
        XCTAssertEqual(order.count, 3)
        XCTAssertEqual(order, order.sorted())
    }

    func testLinesLeaveGapsAndHaveALegendButNoExternalDataInAWorkbook() {
        let xml = ChartPart.xml(ChartTable(DeckSample.lines, sheet: "weeks"), workbook: nil)
        XCTAssertTrue(parsed(xml))
        XCTAssertTrue(xml.contains("<c:dispBlanksAs val=\"gap\"/>"))
        XCTAssertTrue(xml.contains("<c:legend>"))
        XCTAssertFalse(xml.contains("externalData"))
        // Five weeks, four points each: the missing one has no <c:pt>.
        XCTAssertEqual(xml.components(separatedBy: "<c:ptCount val=\"5\"/>").count - 1, 4,
                       "2 category and 2 value caches")
        XCTAssertFalse(xml.contains("<c:pt idx=\"2\"><c:v>134"), "week 3 of posts is left out")
        XCTAssertTrue(xml.contains("<c:pt idx=\"1\"><c:v>134.0</c:v></c:pt><c:pt idx=\"3\"><c:v>151.0</c:v></c:pt>"))
    }
}
