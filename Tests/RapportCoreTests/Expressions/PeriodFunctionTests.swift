import XCTest
@testable import RapportCore

/// `period(t, 'month')`, `period_start(t, 'week')` and `year(t)` in UTC and Europe/Berlin, on moments at the year
/// ends, the ISO week edges and a clock change; expected values worked out by hand from the calendar (2025-12-31 is
/// a Wednesday of 2026-W01, 2024-01-01 a Monday, 2026-12-31 a Thursday of 2026-W53).
final class PeriodFunctionTests: XCTestCase {
    /// 2025-12-31T23:30Z, 2025-03-30T01:30Z (03:30 in Berlin, just after the change), 2024-01-01T00:00Z,
    /// 2026-12-31T12:00Z, and a missing time.
    private static let times = Dataset(name: "times", columns: [
        Column(name: "t", data: .time([1_767_223_800, 1_743_298_200, 1_704_067_200, 1_798_718_400, 0],
                                      MissingMask(flags: [false, false, false, false, true]))),
    ])

    private func cells(_ text: String, zone: String) throws -> [Cell] {
        let timeZone = try XCTUnwrap(TimeZone(identifier: zone))
        let data = try RowExpression.parse(text).evaluate(on: Self.times, timeZone: timeZone)
        return (0..<data.count).map { data[$0] }
    }

    private func texts(_ values: String?...) -> [Cell] { values.map { $0.map(Cell.text) ?? .missing } }

    func testLabelsInUTCAndBerlin() throws {
        XCTAssertEqual(try cells("period(t, 'month')", zone: "UTC"),
                       texts("2025-12", "2025-03", "2024-01", "2026-12", nil))
        XCTAssertEqual(try cells("period(t, 'month')", zone: "Europe/Berlin"),
                       texts("2026-01", "2025-03", "2024-01", "2026-12", nil))
        XCTAssertEqual(try cells("period(t, 'week')", zone: "UTC"),
                       texts("2026-W01", "2025-W13", "2024-W01", "2026-W53", nil))
        XCTAssertEqual(try cells("period(t, 'quarter')", zone: "Europe/Berlin"),
                       texts("2026-Q1", "2025-Q1", "2024-Q1", "2026-Q4", nil))
        XCTAssertEqual(try cells("period(t, 'day')", zone: "Europe/Berlin"),
                       texts("2026-01-01", "2025-03-30", "2024-01-01", "2026-12-31", nil))
        XCTAssertEqual(try cells("period(t, 'YEAR')", zone: "UTC"), texts("2025", "2025", "2024", "2026", nil))
        XCTAssertEqual(try cells("year(t)", zone: "Europe/Berlin"), [.integer(2026), .integer(2025), .integer(2024),
                                                                      .integer(2026), .missing])
    }

    func testStartsAreMomentsInTheZone() throws {
        XCTAssertEqual(try cells("period_start(t, 'week')", zone: "UTC"),
                       [.time(1_766_966_400), .time(1_742_774_400), .time(1_704_067_200), .time(1_798_416_000),
                        .missing])
        let berlin = try cells("period_start(t, 'month')", zone: "Europe/Berlin")
        XCTAssertEqual(berlin[0], .time(1_767_222_000), "2026-01-01T00:00+01:00")
        XCTAssertEqual(berlin[1], .time(1_740_783_600), "2025-03-01T00:00+01:00, before the clock change")
        XCTAssertEqual(try cells("period_start(t, 'day')", zone: "Europe/Berlin")[1], .time(1_743_289_200),
                       "the day of the change began at 00:00+01:00")
        XCTAssertEqual(try cells("period_start(t, 'week')", zone: "Europe/Berlin")[2], .time(1_704_063_600))
    }

    func testThePeriodMustBeAQuotedKnownName() throws {
        for bad in ["period(t, 'fortnight')", "period(t, month)", "period(t)", "period_start(1, 'week')", "year('x')"] {
            XCTAssertThrowsError(try cells(bad, zone: "UTC"), bad)
        }
        do {
            _ = try cells("period(t, 'mnth')", zone: "UTC")
            XCTFail("a misspelt period is refused")
        } catch let error as RapportError {
            XCTAssertTrue(error.message.en.contains("month"), "suggests the closest name: \(error.message.en)")
        }
    }
}
