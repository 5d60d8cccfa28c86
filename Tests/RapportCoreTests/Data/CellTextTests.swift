import XCTest
@testable import RapportCore

/// The text values become in text() and convert … to text; expected texts by hand.
final class CellTextTests: XCTestCase {
    func testEveryTypeAsText() throws {
        let berlin = LocalTime(timeZone: try XCTUnwrap(TimeZone(identifier: "Europe/Berlin")))
        XCTAssertEqual(CellText.text(.integer(-42), localTime: berlin), "-42")
        XCTAssertEqual(CellText.text(.decimal(0.45), localTime: berlin), "0.45")
        XCTAssertEqual(CellText.text(.decimal(3300), localTime: berlin), "3300")
        XCTAssertEqual(CellText.text(.decimal(-0.0), localTime: berlin), "0")
        XCTAssertEqual(CellText.text(.decimal(1.5e-7), localTime: berlin), "1.5e-07")
        XCTAssertEqual(CellText.text(.boolean(true), localTime: berlin), "true")
        // 1740837900 is 2025-03-01T14:05:00Z: 15:05 in Berlin (UTC+1 in winter).
        XCTAssertEqual(CellText.text(.time(1_740_837_900), localTime: berlin), "2025-03-01 15:05:00")
        XCTAssertEqual(CellText.text(.text("x"), localTime: berlin), "x")
        XCTAssertNil(CellText.text(.missing, localTime: berlin))
    }
}
