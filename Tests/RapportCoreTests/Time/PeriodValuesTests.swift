import Foundation
import XCTest
@testable import RapportCore

/// PeriodValues and PeriodUnit: missing rows, distinct values, extreme instants, and the words `--per` reads.
final class PeriodValuesTests: XCTestCase {
    private let utc = TimeZone(identifier: "UTC")!

    func testPeriodWordsReadAsUnits() {
        XCTAssertEqual(PeriodUnit.allCases.map(\.rawValue),
                       ["day", "week", "month", "quarter", "year", "weekday", "hour"])
        XCTAssertEqual(PeriodUnit(rawValue: "quarter")?.calendarPeriod, .quarter)
        XCTAssertNil(PeriodUnit.weekday.calendarPeriod)
        XCTAssertNil(PeriodUnit.hour.calendarPeriod)
        XCTAssertNil(PeriodUnit(rawValue: "fortnight"))
        XCTAssertEqual(CalendarPeriod.allCases.map(\.rawValue), ["day", "week", "month", "quarter", "year"])
        XCTAssertEqual(PeriodUnit.hour.label(of: 7), "7")
        XCTAssertEqual(PeriodUnit.month.label(of: 0), "1970-01")
    }

    func testMissingRowsStayMissingAndGapsStayGaps() {
        // 2025-01-15, (missing), 2025-03-02, 2025-01-31 in UTC: months 660 and 662 since 1970-01; February is a gap.
        let instants: [Int64] = [1_736_942_400, 99, 1_740_873_600, 1_738_281_600]
        let missing = MissingMask(flags: [false, true, false, false])
        let values = PeriodValues(.month, of: instants, missing: missing, timeZone: utc)
        XCTAssertEqual(values.values, [660, 0, 662, 660])
        XCTAssertEqual(values.range, 660...662)
        XCTAssertEqual(values.distinctValues(), [660, 662])
        guard case .text(let texts, let mask) = values.columnData() else { return XCTFail("not text") }
        XCTAssertEqual(texts.pool, ["2025-01", "2025-03"])
        XCTAssertEqual(mask, missing)
        XCTAssertEqual([0, 2, 3].map { texts[$0] }, ["2025-01", "2025-03", "2025-01"])
    }

    func testEveryRowMissingGivesNoRange() {
        let values = PeriodValues(.week, of: [5, 6], missing: MissingMask(flags: [true, true]), timeZone: utc)
        XCTAssertNil(values.range)
        XCTAssertEqual(values.distinctValues(), [])
        guard case .text(let texts, _) = values.columnData() else { return XCTFail("not text") }
        XCTAssertEqual(texts.count, 2)
        XCTAssertNil(PeriodValues(.day, of: [], missing: MissingMask(), timeZone: utc).range)
    }

    func testFarApartValuesAreCountedWithoutADenseTable() {
        // Day 10^9 is 6844 cycles of 400 Gregorian years (146,097 days each) and 112,132 days after 1970-01-01,
        // that is 2277-01-03 (Python's datetime) + 2,737,600 years: too far from day 0 for a table indexed by value.
        let instants: [Int64] = [86_400_000_000_000, 0, 86_400_000_000_000]
        let values = PeriodValues(.day, of: instants, missing: MissingMask(), timeZone: utc)
        XCTAssertEqual(values.distinctValues(), [0, 1_000_000_000])
        guard case .text(let texts, _) = values.columnData() else { return XCTFail("not text") }
        XCTAssertEqual(texts.values, ["2739877-01-03", "1970-01-01", "2739877-01-03"])
    }

    func testExtremeInstantsGiveLabelsWithoutTrapping() throws {
        let berlin = try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))
        for unit in PeriodUnit.allCases {
            let values = PeriodValues(unit, of: [.min, -1, .max], missing: MissingMask(), timeZone: berlin)
            XCTAssertEqual(values.values.count, 3)
            let zone = ZoneOffsets(timeZone: berlin, covering: -1...(-1))
            if let period = unit.calendarPeriod {
                for value in values.values { XCTAssertFalse(period.label(ofIndex: value).isEmpty) }
                XCTAssertEqual(period.label(ofIndex: values.values[1]),
                               period.label(ofIndex: period.index(ofLocalDay: 0)))
                XCTAssertGreaterThan(period.start(ofIndex: .max, in: zone), period.start(ofIndex: 0, in: zone))
                XCTAssertLessThan(period.start(ofIndex: .min, in: zone), period.start(ofIndex: 0, in: zone))
            }
        }
        XCTAssertEqual(CalendarPeriod.year.label(ofIndex: -1971), "-0001")
        XCTAssertEqual(CalendarPeriod.day.label(ofIndex: -719_528), "0000-01-01")
    }

    func testWeekdayNamesInBothLanguages() {
        XCTAssertEqual(Words.weekdayName(1).en, "Monday")
        XCTAssertEqual(Words.weekdayName(7).de, "Sonntag")
        XCTAssertEqual(Words.weekdayShortName(3).de, "Mi")
        XCTAssertEqual(Words.weekdayShortName(4).en, "Thu")
        XCTAssertEqual(Words.weekdayName(8).en, "8")
        XCTAssertEqual(Words.weekdayName(0).de, "0")
    }
}
