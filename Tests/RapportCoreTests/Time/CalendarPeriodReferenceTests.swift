import Foundation
import XCTest
@testable import RapportCore

/// Periods, weekdays, hours, period indexes and starts against pandas, for UTC, Europe/Berlin, Asia/Kolkata,
/// America/St_Johns and America/Havana (whose clocks change at midnight), on instants around midnights, clock
/// changes, year ends, ISO week-year edges and leap days (see Fixtures/make_period_reference.py).
final class CalendarPeriodReferenceTests: XCTestCase {
    private let instants = PeriodReference.instants

    func testFixtureCoversEveryZoneAndTheEdgesItNames() throws {
        XCTAssertEqual(PeriodReference.zones.keys.sorted(),
                       ["America/Havana", "America/St_Johns", "Asia/Kolkata", "Europe/Berlin", "UTC"])
        XCTAssertGreaterThan(instants.count, 500)
        let utc = try XCTUnwrap(PeriodReference.zones["UTC"]?["week"] as? [String])
        for week in ["2024-W01", "2026-W53", "2020-W53", "2009-W53", "2015-W53"] {
            XCTAssertTrue(utc.contains(week), "the fixture lacks \(week)")
        }
    }

    func testLabelsOfEveryInstantEqualPandas() throws {
        for (name, expected) in PeriodReference.zones {
            let zone = try XCTUnwrap(TimeZone(identifier: name))
            for period in CalendarPeriod.allCases {
                let labels = try XCTUnwrap(expected[period.rawValue] as? [String], "\(name) \(period)")
                let values = PeriodValues(PeriodUnit(rawValue: period.rawValue)!, of: instants, missing: MissingMask(),
                                          timeZone: zone)
                guard case .text(let texts, let mask) = values.columnData() else { return XCTFail("not text") }
                XCTAssertFalse(mask.hasAny)
                XCTAssertEqual(texts.pool, texts.pool.sorted(), "\(name) \(period): labels in order of time")
                for row in instants.indices where texts[row] != labels[row] {
                    XCTFail("\(name) \(period) at \(instants[row]): \(texts[row]), pandas \(labels[row])")
                }
            }
        }
    }

    func testWeekdaysAndHoursEqualPandas() throws {
        for (name, expected) in PeriodReference.zones {
            let zone = try XCTUnwrap(TimeZone(identifier: name))
            for unit in [PeriodUnit.weekday, .hour] {
                let values = PeriodValues(unit, of: instants, missing: MissingMask(), timeZone: zone)
                XCTAssertEqual(values.values, PeriodReference.integers(expected, unit.rawValue), "\(name) \(unit)")
                XCTAssertEqual(values.columnData(), .integer(values.values, MissingMask()))
            }
        }
    }

    func testIndexesAndStartsOfEveryPeriodEqualPandas() throws {
        for (name, expected) in PeriodReference.zones {
            let timeZone = try XCTUnwrap(TimeZone(identifier: name))
            let zone = ZoneOffsets(timeZone: timeZone, covering: instants.min()!...instants.max()!)
            let periods = try XCTUnwrap(expected["periods"] as? [String: [String: [NSNumber]]])
            for period in CalendarPeriod.allCases {
                let labels = try XCTUnwrap(expected[period.rawValue] as? [String])
                let known = try XCTUnwrap(periods[period.rawValue])
                for (row, instant) in instants.enumerated() {
                    let index = period.index(of: instant, in: zone)
                    let reference = try XCTUnwrap(known[labels[row]]).map(\.int64Value)
                    // pandas numbers the week starting Monday 1969-12-29 as 1; rapport counts from 0 there.
                    let ordinal = period == .week ? reference[0] - 1 : reference[0]
                    XCTAssertEqual(index, ordinal, "\(name) \(period) index at \(instant)")
                    XCTAssertEqual(period.label(ofIndex: index), labels[row], "\(name) \(period) label of index")
                    XCTAssertEqual(period.start(ofIndex: index, in: zone), reference[1],
                                   "\(name) \(period) \(labels[row]) start")
                }
            }
        }
    }

    func testScalarValuesAgreeWithTheVectorisedOnes() throws {
        let timeZone = try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))
        let zone = ZoneOffsets(timeZone: timeZone, covering: instants.min()!...instants.max()!)
        for unit in PeriodUnit.allCases {
            let values = PeriodValues(unit, of: instants, missing: MissingMask(), timeZone: timeZone)
            XCTAssertEqual(values.values, instants.map { unit.value(of: $0, in: zone) }, "\(unit)")
        }
    }

    func testRangesListEveryPeriodAsPandasPeriodRangeDoes() throws {
        for entry in PeriodReference.cases("ranges") {
            let name = try XCTUnwrap(entry["zone"] as? String)
            let period = try XCTUnwrap(CalendarPeriod(rawValue: entry["period"] as? String ?? ""))
            let first = try XCTUnwrap(PeriodReference.integer(entry, "first"))
            let last = try XCTUnwrap(PeriodReference.integer(entry, "last"))
            let zone = ZoneOffsets(timeZone: try XCTUnwrap(TimeZone(identifier: name)), covering: first...last)
            let indexes = try XCTUnwrap(period.indexes(from: first, to: last, in: zone))
            let shift: Int64 = period == .week ? 1 : 0
            XCTAssertEqual(indexes.map { $0 + shift }, PeriodReference.integers(entry, "ordinals"), "\(name) \(period)")
            XCTAssertEqual(indexes.map { period.label(ofIndex: $0) }, entry["labels"] as? [String], "\(name) \(period)")
            XCTAssertEqual(indexes.map { period.start(ofIndex: $0, in: zone) },
                           PeriodReference.integers(entry, "starts"), "\(name) \(period)")
            XCTAssertNil(period.indexes(from: last, to: first, in: zone))
        }
    }
}
