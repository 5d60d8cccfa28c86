import Foundation
import XCTest
@testable import RapportCore

/// ZoneOffsets: the table of a zone's offsets agrees with Foundation's, and finds the first moment of a local time.
final class ZoneOffsetsTests: XCTestCase {
    /// Every quarter hour over 2011–2015 (2014: Moscow changes its standard offset, not a daylight saving time).
    private let quarterHours = Array(stride(from: Int64(1_293_840_000), to: 1_451_606_400, by: 900))

    func testOffsetsEqualFoundationsInZonesThatChangeInDifferentWays() throws {
        for name in ["UTC", "Europe/Berlin", "Europe/Moscow", "Pacific/Apia", "America/St_Johns", "Asia/Kolkata"] {
            let timeZone = try XCTUnwrap(TimeZone(identifier: name))
            let zone = ZoneOffsets(timeZone: timeZone, covering: quarterHours[0]...quarterHours[quarterHours.count - 1])
            for instant in quarterHours {
                let expected = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
                if zone.offset(at: instant) != expected { return XCTFail("\(name) at \(instant)") }
            }
        }
    }

    func testInstantsOutsideTheTableAskTheZone() throws {
        let timeZone = try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))
        let zone = ZoneOffsets(timeZone: timeZone, covering: 0...86_400)
        let summer2024: Int64 = 1_720_000_000
        XCTAssertFalse(zone.covers(summer2024))
        XCTAssertEqual(zone.offset(at: summer2024), 7200)
        XCTAssertEqual(zone.local(summer2024), summer2024 + 7200)
    }

    func testATableOverEveryInstantStopsAtItsLimitAndStaysRight() throws {
        let timeZone = try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))
        let zone = ZoneOffsets(timeZone: timeZone, covering: Int64.min...Int64.max)
        for instant in [Int64.min, -1_000_000_000_000, 0, 1_720_000_000, 1_000_000_000_000, Int64.max] {
            let expected = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
            XCTAssertEqual(zone.offset(at: instant), expected, "\(instant)")
        }
        XCTAssertEqual(zone.local(.max), .max)
        XCTAssertEqual(zone.firstMoment(atOrAfterLocal: .min), .min)
    }

    func testFirstMomentsOfSkippedRepeatedAndOrdinaryLocalTimes() throws {
        let berlin = ZoneOffsets(timeZone: try XCTUnwrap(TimeZone(identifier: "Europe/Berlin")),
                                 covering: 1_711_000_000...1_730_000_000)
        // 2024-03-31 02:30 does not exist in Berlin: clocks went from 02:00 +01:00 to 03:00 +02:00 at 01:00Z.
        let skipped = ISOTime.days(year: 2024, month: 3, day: 31) * 86_400 + 9000
        XCTAssertEqual(ISOTime.format(berlin.firstMoment(atOrAfterLocal: skipped)), "2024-03-31T01:00:00Z")
        // 2024-10-27 02:30 happened twice, first at +02:00 (00:30Z).
        let repeated = ISOTime.days(year: 2024, month: 10, day: 27) * 86_400 + 9000
        XCTAssertEqual(ISOTime.format(berlin.firstMoment(atOrAfterLocal: repeated)), "2024-10-27T00:30:00Z")
        let ordinary = ISOTime.days(year: 2024, month: 7, day: 1) * 86_400 + 43_200
        XCTAssertEqual(ISOTime.format(berlin.firstMoment(atOrAfterLocal: ordinary)), "2024-07-01T10:00:00Z")
        // Far from the table the zone is asked: 2000-07-01 12:00 in Berlin is 10:00Z.
        let earlier = ISOTime.days(year: 2000, month: 7, day: 1) * 86_400 + 43_200
        XCTAssertEqual(ISOTime.format(berlin.firstMoment(atOrAfterLocal: earlier)), "2000-07-01T10:00:00Z")
    }

    func testADaySamoaSkippedStartsWhenTheNextDoes() throws {
        // Samoa went from 2011-12-29 23:59:59 −10:00 straight to 2011-12-31 00:00 +14:00, at 2011-12-30T10:00Z.
        let zone = ZoneOffsets(timeZone: try XCTUnwrap(TimeZone(identifier: "Pacific/Apia")),
                               covering: 1_325_000_000...1_325_500_000)
        let december30 = CalendarPeriod.day.index(ofLocalDay: ISOTime.days(year: 2011, month: 12, day: 30))
        let indexes = try XCTUnwrap(CalendarPeriod.day.indexes(from: 1_325_239_199, to: 1_325_239_200, in: zone))
        XCTAssertEqual(indexes.map { CalendarPeriod.day.label(ofIndex: $0) },
                       ["2011-12-29", "2011-12-30", "2011-12-31"])
        XCTAssertEqual(CalendarPeriod.day.start(ofIndex: december30, in: zone), 1_325_239_200)
        XCTAssertEqual(CalendarPeriod.day.start(ofIndex: december30 + 1, in: zone), 1_325_239_200)
    }
}
