import XCTest
@testable import RapportCore

/// The expression language evaluated on rows: precedence, arithmetic, missing values and functions.
final class RowExpressionTests: XCTestCase {
    private func cells(_ text: String, zone: String = "UTC") throws -> [Cell] {
        try ExpressionFixture.cells(text, zone: zone)
    }

    private let missing = Cell.missing
    private func ints(_ values: Int64?...) -> [Cell] { values.map { $0.map(Cell.integer) ?? .missing } }
    private func decimals(_ values: Double?...) -> [Cell] { values.map { $0.map(Cell.decimal) ?? .missing } }
    private func flags(_ values: Bool?...) -> [Cell] { values.map { $0.map(Cell.boolean) ?? .missing } }

    // MARK: Precedence

    func testMultiplicationBindsTighterThanAddition() throws {
        XCTAssertEqual(try cells("1 + 2 * 3"), ints(7, 7, 7, 7))
        XCTAssertEqual(try cells("(1 + 2) * 3"), ints(9, 9, 9, 9))
        XCTAssertEqual(try cells("10 - 4 - 3"), ints(3, 3, 3, 3))
        XCTAssertEqual(try cells("-2 * 3"), ints(-6, -6, -6, -6))
    }

    func testNotBindsTighterThanAnd() throws {
        // not paid: F T ? F; likes > 15: F T ? T  → (not paid) and (likes > 15): F T ? F
        XCTAssertEqual(try cells("not paid and likes > 15"), flags(false, true, nil, false))
    }

    func testArithmeticBindsTighterThanComparison() throws {
        XCTAssertEqual(try cells("likes + 5 > 20"), flags(false, true, nil, true))
    }

    // MARK: Numbers and arithmetic

    func testDivisionYieldsDecimalAndByZeroIsMissing() throws {
        XCTAssertEqual(try cells("7 / 2"), decimals(3.5, 3.5, 3.5, 3.5))
        XCTAssertEqual(try cells("likes / followers"), decimals(0.1, nil, nil, nil))
    }

    func testNumbersWithAnExponent() throws {
        // 1e3 = 1000, 2.5E-1 = 0.25, 1e+1 = 10; likes × 0.25: 2.5, 5, missing, 10.
        XCTAssertEqual(try cells("1e3"), decimals(1000, 1000, 1000, 1000))
        XCTAssertEqual(try cells("likes * 2.5E-1"), decimals(2.5, 5, nil, 10))
        XCTAssertEqual(try cells("followers >= 1e+1"), flags(true, false, true, nil))
        XCTAssertNotNil(ExpressionFixture.error("2e"), "an e without digits is no exponent")
    }

    func testRemainderAndPercent() throws {
        XCTAssertEqual(try cells("7 % 3"), ints(1, 1, 1, 1))
        XCTAssertEqual(try cells("10%3"), ints(1, 1, 1, 1))
        XCTAssertEqual(try cells("3%"), decimals(0.03, 0.03, 0.03, 0.03))
        XCTAssertEqual(try cells("50% * 4"), decimals(2, 2, 2, 2))
    }

    func testMissingPropagatesThroughArithmetic() throws {
        XCTAssertEqual(try cells("likes + followers"), ints(110, 20, nil, nil))
        XCTAssertEqual(try cells("-rate"), decimals(-0.5, nil, -1.5, 2))
    }

    // MARK: Comparison and logic

    func testComparisonWithMissingIsMissing() throws {
        XCTAssertEqual(try cells("likes >= 20"), flags(false, true, nil, true))
        XCTAssertEqual(try cells("likes = 10"), flags(true, false, nil, false))
        XCTAssertEqual(try cells("likes != 10"), flags(false, true, nil, true))
        XCTAssertEqual(try cells("rate < likes"), flags(true, nil, nil, true))
    }

    func testAndOrFollowThreeValuedLogic() throws {
        // likes > 15: F T ? T; followers > 10: T F T ?
        XCTAssertEqual(try cells("likes > 15 and followers > 10"), flags(false, false, nil, nil))
        // likes > 100: F F ? F; followers > 10: T F T ?
        XCTAssertEqual(try cells("likes > 100 or followers > 10"), flags(true, false, true, nil))
    }

    func testIsMissingIsNeverMissing() throws {
        XCTAssertEqual(try cells("likes is missing"), flags(false, false, true, false))
        XCTAssertEqual(try cells("likes is not missing"), flags(true, true, false, true))
    }

    func testCoalesceTakesTheFirstPresentValue() throws {
        XCTAssertEqual(try cells("coalesce(likes, followers, 0)"), ints(10, 20, 50, 40))
        XCTAssertEqual(try cells("coalesce(rate, 0)"), decimals(0.5, 0, 1.5, -2))
        XCTAssertEqual(try cells("coalesce(likes, rate)"), decimals(10, 20, 1.5, 40))
        XCTAssertEqual(try cells("coalesce(platform, \"none\")"),
                       [.text("fb"), .text("ig"), .text("fb"), .text("none")])
    }

    // MARK: Text

    func testTextEqualityAndOrder() throws {
        XCTAssertEqual(try cells("platform == \"fb\""), flags(true, false, true, nil))
        XCTAssertEqual(try cells("platform != 'fb'"), flags(false, true, false, nil))
        XCTAssertEqual(try cells("platform < \"g\""), flags(true, false, true, nil))
        XCTAssertEqual(try cells("lower(text) > platform"), flags(true, true, nil, nil))
    }

    func testContainsAndStartsWith() throws {
        XCTAssertEqual(try cells("text contains \"du\""), flags(true, false, nil, true))
        XCTAssertEqual(try cells("text startswith \"Sie\""), flags(false, true, nil, false))
        XCTAssertEqual(try cells("lower(text) contains \"hallo\""), flags(true, false, nil, false))
    }

    func testInLists() throws {
        XCTAssertEqual(try cells("platform in (\"fb\", \"tw\")"), flags(true, false, true, nil))
        XCTAssertEqual(try cells("likes in (10, 40)"), flags(true, false, nil, true))
        XCTAssertEqual(try cells("likes not in (10, 40)"), flags(false, true, nil, false))
        XCTAssertEqual(try cells("rate in (-2, 0.5)"), flags(true, nil, false, true))
    }

    func testColumnNamesInBackticksAndAnyCase() throws {
        XCTAssertEqual(try cells("`Page total likes` / 1000"), decimals(1, 2, 3, 4))
        XCTAssertEqual(try cells("LIKES * 2"), ints(20, 40, nil, 80))
    }

    // MARK: Functions

    func testTextFunctions() throws {
        XCTAssertEqual(try cells("lower(text)"), [.text("hallo du"), .text("sie bitte"), .missing, .text("du und ich")])
        XCTAssertEqual(try cells("len(text)"), ints(8, 9, nil, 10))
    }

    func testNumberFunctions() throws {
        XCTAssertEqual(try cells("abs(rate)"), decimals(0.5, nil, 1.5, 2))
        XCTAssertEqual(try cells("abs(-3)"), ints(3, 3, 3, 3))
        // rate * 1.25 = 0.625, ?, 1.875, -2.5; halves round away from zero
        XCTAssertEqual(try cells("round(rate * 1.25)"), decimals(1, nil, 2, -3))
        XCTAssertEqual(try cells("round(1.2345, 2)"), decimals(1.23, 1.23, 1.23, 1.23))
        XCTAssertEqual(try cells("round(1250, -2)"), decimals(1300, 1300, 1300, 1300))
        // ln 100 and ln 50 from Python's math.log; ln 0 is missing
        XCTAssertEqual(try cells("log(followers)"), decimals(4.605170185988092, nil, 3.912023005428146, nil))
    }

    // MARK: Time

    func testTimePartsInUTC() throws {
        XCTAssertEqual(try cells("month(published)"), ints(7, 1, nil, 3))
        XCTAssertEqual(try cells("weekday(published)"), ints(2, 5, nil, 6))
        XCTAssertEqual(try cells("hour(published)"), ints(22, 23, nil, 12))
        XCTAssertEqual(try cells("date(published)"),
                       [.time(1_752_537_600), .time(1_738_281_600), .missing, .time(1_740_787_200)])
    }

    func testTimePartsInZurichSummerAndWinter() throws {
        // Python zoneinfo: 2025-07-15T22:30Z is Wed 00:30 CEST; 2025-01-31T23:15Z is Sat 2025-02-01 00:15 CET
        XCTAssertEqual(try cells("month(published)", zone: "Europe/Zurich"), ints(7, 2, nil, 3))
        XCTAssertEqual(try cells("weekday(published)", zone: "Europe/Zurich"), ints(3, 6, nil, 6))
        XCTAssertEqual(try cells("hour(published)", zone: "Europe/Zurich"), ints(0, 0, nil, 13))
        XCTAssertEqual(try cells("date(published)", zone: "Europe/Zurich"),
                       [.time(1_752_616_800), .time(1_738_364_400), .missing, .time(1_740_783_600)])
    }

    func testDateOnTheDayClocksSpringForward() throws {
        // 2025-03-30T12:00Z is 14:00 CEST; that day began at 00:00 CET = 2025-03-29T23:00Z
        let dataset = Dataset(name: "d", columns: [Column(name: "t", data: .time([1_743_336_000], MissingMask()))])
        let data = try RowExpression.parse("date(t)").evaluate(on: dataset, timeZone: TimeZone(identifier: "Europe/Zurich")!)
        XCTAssertEqual(data[0], .time(1_743_289_200))
    }

    func testTimeLiteralsAreReadInTheSessionZone() throws {
        XCTAssertEqual(try cells("published >= \"2025-03-01\""), flags(true, false, nil, true))
        // midnight 2025-02-01 is 23:00Z in Zurich, so 23:15Z on Jan 31 is no longer before it
        XCTAssertEqual(try cells("published < \"2025-02-01\""), flags(false, true, nil, false))
        XCTAssertEqual(try cells("published < \"2025-02-01\"", zone: "Europe/Zurich"), flags(false, false, nil, false))
        XCTAssertEqual(try cells("published < \"2025-02-01T00:00Z\"", zone: "Europe/Zurich"), flags(false, true, nil, false))
    }

    // MARK: Filters

    func testRowMaskCountsMissingAsFalse() throws {
        let expression = try RowExpression.parse("likes > 15")
        let utc = TimeZone(identifier: "UTC")!
        XCTAssertEqual(try expression.rowMask(on: ExpressionFixture.posts, timeZone: utc), [false, true, false, true])
        XCTAssertEqual(try expression.matchingRows(in: ExpressionFixture.posts, timeZone: utc), [1, 3])
    }

    func testLargeFilterStaysLinear() throws {
        let count = 200_000
        let dataset = Dataset(name: "big", columns: [
            Column.integer("likes", (0..<count).map { Int64($0 % 1000) }),
            Column.text("platform", (0..<count).map { $0 % 3 == 0 ? "fb" : "ig" }),
        ])
        let rows = try RowExpression.parse("likes >= 500 and platform == \"fb\"")
            .matchingRows(in: dataset, timeZone: TimeZone(identifier: "UTC")!)
        // rows with i % 1000 >= 500 and i % 3 == 0, counted independently
        XCTAssertEqual(rows.count, (0..<count).filter { $0 % 1000 >= 500 && $0 % 3 == 0 }.count)
    }
}
