import Foundation
import XCTest
@testable import RapportCore

/// PeriodSpan: reading `30d`-style spans, and going back by them as pandas' DateOffset does on the wall clock.
final class PeriodSpanTests: XCTestCase {
    func testReadsCountsAndUnits() throws {
        XCTAssertEqual(try PeriodSpan(parsing: "30d"), PeriodSpan(count: 30, unit: .day))
        XCTAssertEqual(try PeriodSpan(parsing: "4w"), PeriodSpan(count: 4, unit: .week))
        XCTAssertEqual(try PeriodSpan(parsing: "3M"), PeriodSpan(count: 3, unit: .month))
        XCTAssertEqual(try PeriodSpan(parsing: "1q"), PeriodSpan(count: 1, unit: .quarter))
        XCTAssertEqual(try PeriodSpan(parsing: "100000y"), PeriodSpan(count: 100_000, unit: .year))
        XCTAssertEqual(try PeriodSpan(parsing: "013m").text, "13m")
    }

    func testRefusesWhatIsNotASpanWithTheMessage() {
        for text in ["", "d", "30", "0d", "-3m", "3x", "1.5m", "100001d", "99999999999999999999d", "3 m", "٣m", "m3"] {
            XCTAssertThrowsError(try PeriodSpan(parsing: text), text) { error in
                XCTAssertEqual(error as? RapportError, RapportError(Words.badPeriodSpan(text)))
            }
        }
        XCTAssertNil(PeriodSpan(count: 0, unit: .day))
        XCTAssertTrue(Words.badPeriodSpan("3x").de.contains("'3x'"))
    }

    func testMomentsBeforeEqualPandasDateOffset() throws {
        for entry in PeriodReference.cases("spans") {
            let name = try XCTUnwrap(entry["zone"] as? String)
            let text = try XCTUnwrap(entry["span"] as? String)
            let end = try XCTUnwrap(PeriodReference.integer(entry, "end"))
            let zone = ZoneOffsets(timeZone: try XCTUnwrap(TimeZone(identifier: name)), covering: end...end)
            let span = try PeriodSpan(parsing: text)
            let start = span.moment(before: end, in: zone)
            XCTAssertEqual(start, PeriodReference.integer(entry, "start"), "\(name) \(text) before \(end)")
            if let twice = PeriodReference.integer(entry, "twice") {
                XCTAssertEqual(span.moment(before: start, in: zone), twice, "\(name) \(text) twice before \(end)")
            }
        }
    }

    func testMonthEndsClampToTheShorterMonth() throws {
        let zone = ZoneOffsets(timeZone: try XCTUnwrap(TimeZone(identifier: "UTC")), covering: 0...0)
        let march31 = ISOTime.days(year: 2025, month: 3, day: 31) * 86_400 + 3600
        let month = try XCTUnwrap(PeriodSpan(count: 1, unit: .month))
        XCTAssertEqual(ISOTime.format(month.moment(before: march31, in: zone)), "2025-02-28T01:00:00Z")
        let leapDay = ISOTime.days(year: 2024, month: 2, day: 29) * 86_400
        let year = try XCTUnwrap(PeriodSpan(count: 1, unit: .year))
        XCTAssertEqual(ISOTime.format(year.moment(before: leapDay, in: zone)), "2023-02-28T00:00:00Z")
        let fourYears = try XCTUnwrap(PeriodSpan(count: 4, unit: .year))
        XCTAssertEqual(ISOTime.format(fourYears.moment(before: leapDay, in: zone)), "2020-02-29T00:00:00Z")
    }

    func testExtremeInstantsDoNotTrap() throws {
        let zone = ZoneOffsets(timeZone: try XCTUnwrap(TimeZone(identifier: "Europe/Berlin")), covering: 0...0)
        for unit in CalendarPeriod.allCases {
            let span = try XCTUnwrap(PeriodSpan(count: 100_000, unit: unit))
            XCTAssertLessThanOrEqual(span.moment(before: .min, in: zone), 0)
            XCTAssertLessThan(span.moment(before: .max, in: zone), .max)
        }
    }
}
