import XCTest
@testable import RapportCore

/// ISOTime: formatting known instants and parsing the accepted forms.
final class ISOTimeTests: XCTestCase {
    func testFormatKnownInstants() {
        XCTAssertEqual(ISOTime.format(0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(ISOTime.format(951_782_400), "2000-02-29T00:00:00Z")   // date -u -d @951782400
        XCTAssertEqual(ISOTime.format(1_735_732_800), "2025-01-01T12:00:00Z")
        XCTAssertEqual(ISOTime.format(-1), "1969-12-31T23:59:59Z")
    }

    func testParseForms() {
        XCTAssertEqual(ISOTime.parse("2025-01-01T12:00:00Z")?.seconds, 1_735_732_800)
        XCTAssertEqual(ISOTime.parse("2025-01-01T12:00:00Z")?.hasOffset, true)
        XCTAssertEqual(ISOTime.parse("2025-01-01 12:00")?.seconds, 1_735_732_800)
        XCTAssertEqual(ISOTime.parse("2025-01-01 12:00")?.hasOffset, false)
        XCTAssertEqual(ISOTime.parse("2025-01-01T13:00:00+01:00")?.seconds, 1_735_732_800)
        XCTAssertEqual(ISOTime.parse("2025-01-01T12:00:00.250Z")?.seconds, 1_735_732_800)
        XCTAssertEqual(ISOTime.parse("2015-09-30 18:42 +0000")?.seconds, 1_443_638_520)
        XCTAssertEqual(ISOTime.parse("2025-01-01")?.seconds, 1_735_689_600)
        XCTAssertNil(ISOTime.parse("2025-13-01"))
        XCTAssertNil(ISOTime.parse("01/02/2025"))
        XCTAssertNil(ISOTime.parse("2025-01-01T12:00Zjunk"))
    }
}
