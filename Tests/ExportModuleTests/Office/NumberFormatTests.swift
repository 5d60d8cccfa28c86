@testable import ExportModule
import Foundation
import RapportCore
import XCTest

/// The number format each kind of column is shown in.
final class NumberFormatTests: XCTestCase {
    private let utc = TimeZone(identifier: "UTC") ?? .current

    func testRatesCountsIdentifiersAndTexts() {
        XCTAssertEqual(NumberFormat.of(.decimal("share", [0.5], role: ColumnRole.rate), timeZone: utc), .percent)
        XCTAssertEqual(NumberFormat.of(.decimal("median", [0.5]), timeZone: utc), .general)
        XCTAssertEqual(NumberFormat.of(.integer("likes", [1200]), timeZone: utc), .integer)
        XCTAssertEqual(NumberFormat.of(.integer("post_id", [1200]), timeZone: utc), .general)
        XCTAssertEqual(NumberFormat.of(.integer("n", [2025], role: .postID), timeZone: utc), .general)
        XCTAssertEqual(NumberFormat.of(.integer("year", [2025]), timeZone: utc), .general)
        XCTAssertEqual(NumberFormat.of(.text("t", ["x"]), timeZone: utc), .general)
    }

    func testTimesAreDaysMinutesOrSecondsByWhatTheyHoldInTheZone() throws {
        // 2025-03-01T00:00Z and 2025-03-02T00:00Z are midnights in UTC but 01:00 in Berlin; 14:05:30 has seconds.
        let midnights = Column(name: "t", data: .time([1_740_787_200, 1_740_873_600], MissingMask()))
        XCTAssertEqual(NumberFormat.of(midnights, timeZone: utc), .date)
        XCTAssertEqual(NumberFormat.of(midnights, timeZone: try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))),
                       .dateTime)
        let seconds = Column(name: "t", data: .time([1_740_787_200, 1_740_837_930], MissingMask()))
        XCTAssertEqual(NumberFormat.of(seconds, timeZone: utc), .dateTimeSeconds)
    }
}
