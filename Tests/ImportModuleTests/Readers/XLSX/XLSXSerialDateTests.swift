import XCTest
import RapportCore
@testable import ImportModule

/// Serial dates worked out by hand from the two date systems' definitions.
final class XLSXSerialDateTests: XCTestCase {
    /// A serial date as ISO text, nil when out of range.
    private func text(_ serial: Double, uses1904: Bool = false) -> String? {
        XLSXSerialDate.seconds(serial: serial, uses1904: uses1904).map(ISOTime.format)
    }

    func test1900SystemAroundTheLeapYearBug() {
        // Day 1 is 1900-01-01; day 59 is 1900-02-28 (31 January days + 28).
        XCTAssertEqual(text(1), "1900-01-01T00:00:00Z")
        XCTAssertEqual(text(59), "1900-02-28T00:00:00Z")
        // Day 60 is Excel's fictitious 1900-02-29, read as the 28th; day 61 is 1900-03-01.
        XCTAssertEqual(text(60), "1900-02-28T00:00:00Z")
        XCTAssertEqual(text(61), "1900-03-01T00:00:00Z")
        // 45352 days after 1899-12-30 is 2024-03-01; .75 of a day is 18:00.
        XCTAssertEqual(text(45352.75), "2024-03-01T18:00:00Z")
    }

    func test1904System() {
        // Day 0 is 1904-01-01; day 59 is 1904-02-29 (1904 is a leap year); no bug applies.
        XCTAssertEqual(text(0, uses1904: true), "1904-01-01T00:00:00Z")
        XCTAssertEqual(text(59.5, uses1904: true), "1904-02-29T12:00:00Z")
    }

    func testRoundsToTheNearestSecondAndRefusesOutOfRange() {
        // 1/86400 of a day is one second; 0.4 s rounds down, 0.6 s up.
        XCTAssertEqual(text(61 + 1.4 / 86_400), "1900-03-01T00:00:01Z")
        XCTAssertEqual(text(61 + 1.6 / 86_400), "1900-03-01T00:00:02Z")
        XCTAssertNil(text(-1))
        XCTAssertNil(text(.nan))
        XCTAssertNil(text(3_000_000))
    }
}
