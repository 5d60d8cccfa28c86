@testable import ExportModule
import RapportCore
import XCTest

/// What a cell shows in its format, as the column widths measure it.
final class ColumnWidthsTests: XCTestCase {
    func testShownTextsOfNumbersInTheirFormats() {
        XCTAssertEqual(ColumnWidths.shown(.decimal(0.1234), format: .percent), "12.3 %")
        XCTAssertEqual(ColumnWidths.shown(.integer(-1_234_567), format: .integer), "-1,234,567")
        XCTAssertEqual(ColumnWidths.shown(.decimal(1234.5), format: .decimal), "1,234.50")
        XCTAssertEqual(ColumnWidths.shown(.integer(999), format: .integer), "999")
        XCTAssertEqual(ColumnWidths.shown(.decimal(1.0 / 3), format: .general), "0.333333333")
        XCTAssertEqual(ColumnWidths.shown(.time(0), format: .date).count, 10)
    }

    func testWidthsStayWithinTheBounds() {
        let table = Dataset(name: "t", columns: [.text("x", [String(repeating: "w", count: 200)]), .integer("n", [1])])
        XCTAssertEqual(ColumnWidths.of(table, formats: [.general, .integer]), [60, 8])
    }
}
