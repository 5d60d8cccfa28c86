import XCTest
@testable import RapportCore

/// Times read by strftime formats. Expected seconds from Python: calendar.timegm(datetime.strptime(text, format)
/// .timetuple()), or .utctimetuple() for a format with %z.
final class TimeFormatTests: XCTestCase {
    private func seconds(_ text: String, _ format: String) throws -> Int64? {
        try TimeFormat(format).parse(text)?.seconds
    }

    func testNumericFormats() throws {
        XCTAssertEqual(try seconds("01.03.2025 14:05", "%d.%m.%Y %H:%M"), 1_740_837_900)
        XCTAssertEqual(try seconds("1.3.2025   14:05", "%d.%m.%Y %H:%M"), 1_740_837_900, "one or two digits, blanks")
        XCTAssertEqual(try seconds("5/3/25", "%d/%m/%y"), 1_741_132_800)
        XCTAssertEqual(try seconds("2024-02-29", "%F"), 1_709_164_800)
        XCTAssertEqual(try seconds("03/2025", "%m/%Y"), 1_740_787_200, "the day defaults to the first")
    }

    func testNamesAndTheTwelveHourClock() throws {
        XCTAssertEqual(try seconds("Mar 5, 2025 3:04 PM", "%b %d, %Y %I:%M %p"), 1_741_187_040)
        XCTAssertEqual(try seconds("mar 5, 2025 12:30 am", "%b %d, %Y %I:%M %p"), 1_741_134_600)
        XCTAssertEqual(try seconds("Saturday, 01 March 2025", "%A, %d %B %Y"), 1_740_787_200)
        XCTAssertEqual(try seconds("Samstag, 1. März 2025", "%A, %d. %B %Y"), 1_740_787_200)
        XCTAssertEqual(try seconds("5 Okt 2025", "%d %b %Y"), try seconds("5 Oct 2025", "%d %b %Y"))
    }

    func testOffsets() throws {
        let parsed = try TimeFormat("%Y-%m-%dT%H:%M:%S%z").parse("2025-03-01T14:05:00+01:00")
        XCTAssertEqual(parsed?.seconds, 1_740_834_300)
        XCTAssertEqual(parsed?.hasOffset, true)
        XCTAssertEqual(try TimeFormat("%d.%m.%Y").parse("01.03.2025")?.hasOffset, false)
        XCTAssertEqual(try seconds("2025-03-01T13:05:00Z", "%Y-%m-%dT%T%z"), 1_740_834_300)
    }

    func testTextThatDoesNotFit() throws {
        XCTAssertNil(try seconds("30.02.2025", "%d.%m.%Y"), "there is no 30 February")
        XCTAssertNil(try seconds("29.02.1900", "%d.%m.%Y"), "1900 was no leap year")
        XCTAssertNil(try seconds("01.03.2025 x", "%d.%m.%Y"))
        XCTAssertNil(try seconds("01.13.2025", "%d.%m.%Y"))
        XCTAssertNil(try seconds("25:00 01.03.2025", "%H:%M %d.%m.%Y"))
        XCTAssertNil(try seconds("Foo 5 2025", "%b %d %Y"))
        XCTAssertNil(try seconds("", "%Y"))
    }

    func testFormatErrorsPointIntoTheFormat() {
        func error(_ format: String) -> RapportError? {
            do { _ = try TimeFormat(format); return nil } catch { return error as? RapportError }
        }
        XCTAssertEqual(error("%d.%q.%Y")?.excerpt?.offset, 3)
        XCTAssertEqual(error("%d.%q.%Y")?.message.en.hasPrefix("unknown directive %q"), true)
        XCTAssertEqual(error("%d.%m")?.message, Words.timeFormatNeedsYear)
        XCTAssertEqual(error("%Y %")?.excerpt?.offset, 3)
        XCTAssertEqual(error("%Y %")?.message, Words.timeFormatTrailingPercent)
        XCTAssertNil(error("%% %Y"))
    }
}
