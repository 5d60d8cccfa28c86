import XCTest
import RapportCore
@testable import ImportModule

/// Widening to numbers with units, joining chunks of different kinds, and local times; values by hand.
final class ColumnBuilderTests: XCTestCase {
    /// A builder of `kind` fed `values` in one batch.
    private func build(_ kind: ColumnBuilder.Kind, _ values: [String], format: NumberFormat = .point,
                       timeZone: TimeZone? = nil) -> ColumnBuilder {
        let builder = ColumnBuilder(kind: kind, format: format, capacity: values.count, timeZone: timeZone)
        let bytes = values.map { Array($0.utf8) }
        let storage = bytes.map { field -> UnsafeMutableBufferPointer<UInt8> in
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(field.count, 1))
            _ = copy.initialize(from: field)
            return copy
        }
        defer { storage.forEach { $0.deallocate() } }
        let fields = zip(storage, bytes).map { UnsafeBufferPointer(start: $0.baseAddress, count: $1.count) }
        fields.withUnsafeBufferPointer { builder.append($0.baseAddress!, stride: 1, count: $0.count) }
        return builder
    }

    func testIntegersAndDecimalsWidenToUnitsAndKeepEarlierValues() {
        let fromIntegers = build(.integer, ["1", "-", "3%", "2k"])
        XCTAssertEqual(fromIntegers.kind, .scaled)
        XCTAssertTrue(fromIntegers.sawPercent)
        XCTAssertEqual(fromIntegers.finish(), .decimal([1, 0, 0.03, 2000], MissingMask(flags: [false, true, false, false])))
        let fromDecimals = build(.decimal, ["1.5", "2.5m"])
        XCTAssertEqual(fromDecimals.finish(), .decimal([1.5, 2_500_000], MissingMask()))
        XCTAssertFalse(fromDecimals.sawPercent)
        // One of two cells unread is past UnreadLimit once the reader checks the whole column.
        for builder in [build(.decimal, ["1.5", "2.5 apples"]), build(.unixSeconds, ["1443657600", "3k"])] {
            XCTAssertEqual(builder.unread.count, 1)
            builder.refuseTooManyUnread()
            XCTAssertTrue(builder.needsText)
        }
    }

    func testChunksOfIntegersAndUnitsJoinAsDecimals() {
        let first = build(.integer, ["1", "2"])
        first.append(contentsOf: build(.scaled, ["50%"]))
        XCTAssertEqual(first.finish(), .decimal([1, 2, 0.5], MissingMask()))
        XCTAssertTrue(first.sawPercent)
        let units = build(.scaled, ["1k"])
        units.append(contentsOf: build(.integer, ["7"]))
        XCTAssertEqual(units.finish(), .decimal([1000, 7], MissingMask()))
    }

    func testTimesWithoutOffsetUseTheZoneAndUnixSecondsDoNot() throws {
        let newYork = try XCTUnwrap(TimeZone(identifier: "America/New_York"))
        // 2025-01-15 09:00 in New York (EST, -05:00) is 14:00Z: calendar.timegm((2025,1,15,14,0,0)) == 1736949600.
        let times = build(.time, ["2025-01-15 09:00", "2025-01-15T14:00:00Z"], timeZone: newYork)
        XCTAssertEqual(times.finish(), .time([1_736_949_600, 1_736_949_600], MissingMask()))
        let seconds = build(.unixSeconds, ["1736949600"], timeZone: newYork)
        XCTAssertEqual(seconds.finish(), .time([1_736_949_600], MissingMask()))
    }

    func testUnixSecondsBeyondTheYearsATimeCanHaveMakeTheColumnIntegers() {
        // 9223372036854775807 seconds is in the year 292277026596: shown in a zone east of UTC its reading overflowed.
        let huge = build(.unixSeconds, ["1736949600", "9223372036854775807", "-"])
        XCTAssertEqual(huge.finish(), .integer([1_736_949_600, Int64.max, 0], MissingMask(flags: [false, false, true])))
        // 253402300800 is 10000-01-01T00:00:00Z (calendar.timegm), the first second past the range.
        XCTAssertEqual(build(.unixSeconds, ["253402300799"]).finish(), .time([253_402_300_799], MissingMask()))
        XCTAssertEqual(build(.unixSeconds, ["253402300800"]).finish(), .integer([253_402_300_800], MissingMask()))
        // A later chunk that turned to integers (and then decimals) takes the whole column with it.
        let joined = build(.unixSeconds, ["1736949600"])
        joined.append(contentsOf: build(.unixSeconds, ["99999999999999", "1.5"]))
        XCTAssertEqual(joined.finish(), .decimal([1_736_949_600, 99_999_999_999_999, 1.5], MissingMask()))
        let kept = build(.unixSeconds, ["1736949600"])
        kept.append(contentsOf: build(.unixSeconds, ["1736949601"]))
        XCTAssertEqual(kept.finish(), .time([1_736_949_600, 1_736_949_601], MissingMask()))
    }

    func testTextWithBytesThatAreNotUTF8IsMarkedInBothLayouts() {
        // "Z\u{FC}rich" in Windows-1252 is 5A FC 72 69 63 68; FC cannot stand alone in UTF-8.
        let builder = ColumnBuilder(kind: .text, format: .point, capacity: 2)
        let good = Array("Zurich".utf8), bad: [UInt8] = [0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68]
        good.withUnsafeBufferPointer { first in
            bad.withUnsafeBufferPointer { second in
                let fields = [first, second]
                fields.withUnsafeBufferPointer { builder.append($0.baseAddress!, stride: 1, count: 2) }
            }
        }
        XCTAssertTrue(builder.repairedText, "the dictionary layout")
        XCTAssertEqual(builder.finish(), .text(TextValues(pool: ["Zurich", "Z\u{FFFD}rich"], codes: [0, 1]), MissingMask()))
        XCTAssertFalse(build(.text, ["Zürich", "Genève"]).repairedText, "real UTF-8 is no repair")
    }
}
