import XCTest
@testable import RapportCore

/// The cleaning functions of the expression language: if, number, time, text, replace, trim, upper, substring,
/// regexmatch, regexextract, missing()/null; with missing values and errors that point at the right character.
/// Every expected value is worked out by hand from the fixture's cells.
final class CleaningFunctionTests: XCTestCase {
    /// Texts as client files bring them; the last row of each is missing.
    private static let raw = Dataset(name: "raw", columns: [
        Column.text("count", ["3.3k", "1,2 Mio.", "45 %", "abc", " 1,234 ", nil]),
        Column.text("stamp", ["01.03.2025 14:05", "2025-03-01T14:05:00Z", "nope", "1.3.2025 9:00", "", nil]),
        Column.decimal("engagement-rate", [0.1, 0.6, 0.2, 0.9, 0.5, nil]),
        Column.integer("likes", [1, 2, 3, 4, 5, nil]),
    ])

    private func cells(_ text: String, on dataset: Dataset = ExpressionFixture.posts, zone: String = "UTC")
        throws -> [Cell] {
        let timeZone = try XCTUnwrap(TimeZone(identifier: zone))
        let data = try RowExpression.parse(text).evaluate(on: dataset, timeZone: timeZone)
        return (0..<data.count).map { data[$0] }
    }

    private func type(_ text: String) throws -> ColumnType {
        try RowExpression.parse(text).evaluate(on: ExpressionFixture.posts, timeZone: TimeZone(identifier: "UTC")!).type
    }

    private func error(_ text: String, on dataset: Dataset = ExpressionFixture.posts) -> RapportError? {
        do {
            _ = try RowExpression.parse(text).evaluate(on: dataset, timeZone: TimeZone(identifier: "UTC")!)
            return nil
        } catch {
            return error as? RapportError
        }
    }

    private func texts(_ values: String?...) -> [Cell] { values.map { $0.map(Cell.text) ?? .missing } }
    private func ints(_ values: Int64?...) -> [Cell] { values.map { $0.map(Cell.integer) ?? .missing } }
    private func decimals(_ values: Double?...) -> [Cell] { values.map { $0.map(Cell.decimal) ?? .missing } }
    private func flags(_ values: Bool?...) -> [Cell] { values.map { $0.map(Cell.boolean) ?? .missing } }

    // MARK: if

    func testIfChoosesPerRowAndIsMissingWhereTheConditionIs() throws {
        // likes: 10 20 ? 40
        XCTAssertEqual(try cells("if(likes > 15, \"high\", \"low\")"), texts("low", "high", nil, "high"))
        XCTAssertEqual(try cells("if(likes > 30, 3, if(likes > 15, 2, 1))"), ints(1, 2, nil, 3))
        XCTAssertEqual(try cells("IF(true, platform, \"none\")"), texts("fb", "ig", "fb", nil),
                       "a missing branch value")
    }

    func testIfWidensWholeNumbersToDecimals() throws {
        // paid: T F ? T; likes 10 20 ? 40; rate 0.5 ? 1.5 -2
        XCTAssertEqual(try cells("if(paid, likes, rate)"), decimals(10, nil, nil, 40))
        XCTAssertEqual(try type("if(paid, likes, rate)"), .decimal)
        XCTAssertEqual(try type("if(paid, likes, 0)"), .integer)
    }

    func testIfTakesAMissingBranchOfTheOthersType() throws {
        XCTAssertEqual(try cells("if(likes > 15, likes, null)"), ints(nil, 20, nil, 40))
        XCTAssertEqual(try cells("if(likes > 15, missing(), text)"), texts("Hallo du", nil, nil, nil))
    }

    func testIfErrorsPointAtTheWrongArgument() {
        let branches = error("if(paid, likes, text)")
        XCTAssertEqual(branches?.excerpt?.offset, 16)
        XCTAssertEqual(branches?.message.en, "if() cannot combine a whole number with text")
        let condition = error("if(likes, 1, 2)")
        XCTAssertEqual(condition?.excerpt?.offset, 3)
        XCTAssertEqual(condition?.message.en, "if() needs true or false, not a whole number")
        XCTAssertEqual(error("if(paid, 1)")?.message.en, "if() takes 3 arguments, not 2")
    }

    // MARK: number, time, text

    func testNumberRepairsTextByTheImportsRules() throws {
        // 3.3k = 3300, 1,2 Mio. = 1,200,000, 45 % = 0.45, abc is none, 1,234 = 1234 (no vote: decimal point).
        let values = try cells("number(count)", on: Self.raw).map(\.number)
        let expected: [Double?] = [3300, 1_200_000, 0.45, nil, 1234, nil]
        XCTAssertEqual(values.count, expected.count)
        for (value, wanted) in zip(values, expected) {
            XCTAssertEqual(value == nil, wanted == nil)
            if let value, let wanted { XCTAssertEqual(value, wanted, accuracy: 1e-9) }
        }
        XCTAssertEqual(try cells("number(likes)"), decimals(10, 20, nil, 40), "numbers pass as decimals")
        XCTAssertEqual(error("number(paid)")?.message.en, "number() needs text, not true/false")
    }

    func testTimeReadsByTheImportsRulesInTheTimezoneSetting() throws {
        // 01.03.2025 14:05 on Berlin's clock is 13:05Z = 1740834300; 14:05Z = 1740837900; 1.3.2025 9:00 is 08:00Z.
        XCTAssertEqual(try cells("time(stamp)", on: Self.raw, zone: "Europe/Berlin"),
                       [.time(1_740_834_300), .time(1_740_837_900), .missing, .time(1_740_816_000), .missing, .missing])
    }

    func testTimeByAFormat() throws {
        // 2025-03-01 14:05 UTC = 1740837900; 1.3.2025 9:00 = 1740819600.
        XCTAssertEqual(try cells("time(stamp, '%d.%m.%Y %H:%M')", on: Self.raw),
                       [.time(1_740_837_900), .missing, .missing, .time(1_740_819_600), .missing, .missing])
    }

    func testTimeFormatErrorsPointIntoTheLiteral() {
        let unknown = error("time(stamp, '%d.%q.%Y')", on: Self.raw)
        XCTAssertEqual(unknown?.excerpt?.offset, 16, "at the % of %q")
        XCTAssertEqual(unknown?.message.en.hasPrefix("unknown directive %q"), true)
        let shifted = ExpressionFixture.error("time(text, '%q')", at: 18, in: "derive posts t = time(text, '%q')")
        XCTAssertEqual(shifted?.excerpt?.offset, 30, "rebased into the command line")
        let notLiteral = error("time(stamp, stamp)", on: Self.raw)
        XCTAssertEqual(notLiteral?.excerpt?.offset, 12)
    }

    func testTextOfEveryType() throws {
        XCTAssertEqual(try cells("text(likes)"), texts("10", "20", nil, "40"))
        XCTAssertEqual(try cells("text(rate)"), texts("0.5", nil, "1.5", "-2"))
        XCTAssertEqual(try cells("text(paid)"), texts("true", "false", nil, "true"))
        // 1752618600 = 2025-07-15T22:30Z, 00:30 the next day in Berlin (UTC+2 in summer).
        XCTAssertEqual(try cells("text(published)", zone: "Europe/Berlin").first, .text("2025-07-16 00:30:00"))
        XCTAssertEqual(try cells("number(text(rate))"), decimals(0.5, nil, 1.5, -2), "text() reads back")
    }

    // MARK: Text functions

    func testReplaceTrimUpperLower() throws {
        XCTAssertEqual(try cells("replace(text, \"du\", \"Sie\")"), texts("Hallo Sie", "Sie bitte", nil, "Sie und ich"))
        XCTAssertEqual(try cells("replace(text, \"\", \"x\")"), texts("Hallo du", "Sie bitte", nil, "du und ich"))
        XCTAssertEqual(try cells("replace(platform, platform, text)"), texts("Hallo du", "Sie bitte", nil, nil))
        XCTAssertEqual(try cells("upper(platform)"), texts("FB", "IG", "FB", nil))
        XCTAssertEqual(try cells("lower(upper(platform))"), texts("fb", "ig", "fb", nil))
        XCTAssertEqual(try cells("trim(\"  a b \")").first, .text("a b"))
    }

    func testSubstringCountsFromOneAsSQLDoes() throws {
        XCTAssertEqual(try cells("substring(text, 1, 5)"), texts("Hallo", "Sie b", nil, "du un"))
        XCTAssertEqual(try cells("substring(text, 7)"), texts("du", "tte", nil, " ich"))
        XCTAssertEqual(try cells("substring(\"abc\", 0, 2)").first, .text("a"), "position 0 holds nothing")
        XCTAssertEqual(try cells("substring(\"abc\", 5)").first, .text(""))
        XCTAssertEqual(try cells("substring(\"äöü\", 2, 1)").first, .text("ö"))
        XCTAssertEqual(try cells("substring(\"abc\", 1, -1)").first, .missing)
        XCTAssertEqual(try cells("substring(\"abc\", 2, 0)").first, .text(""))
        XCTAssertEqual(try cells("substring(\"abc\", 9223372036854775807, 9223372036854775807)").first, .text(""))
        XCTAssertEqual(try cells("substring(\"abc\", -9223372036854775807 - 1, 0)").first, .text(""),
                       "the smallest start with no length does not overflow")
        XCTAssertEqual(try cells("substring(\"abc\", -1, 4)").first, .text("ab"), "positions -1 to 2")
        // likes 10 20 ? 40 as the start: past the end of every text but row 1's "Hallo du" (8 characters) too.
        XCTAssertEqual(try cells("substring(text, likes)"), texts("", "", nil, ""))
        XCTAssertEqual(error("substring(text, 1.5)")?.excerpt?.offset, 16)
    }

    // MARK: Regular expressions

    func testRegexMatchAndExtract() throws {
        XCTAssertEqual(try cells("regexmatch(text, '^du')"), flags(false, false, nil, true))
        XCTAssertEqual(try cells("regexextract(text, '(\\w+) (\\w+)', 2)"), texts("du", "bitte", nil, "und"))
        XCTAssertEqual(try cells("regexextract(text, 'd(u)')"), texts("u", nil, nil, "u"), "group 1 by default")
        XCTAssertEqual(try cells("regexextract(text, 'i.')"), texts(nil, "ie", nil, "ic"), "the whole match")
        XCTAssertEqual(try cells("regexextract(text, '(x)?i', 1)"), texts(nil, nil, nil, nil), "an unused group")
    }

    func testRegexErrorsPointAtThePatternsCharacter() {
        let unclosed = error("regexmatch(text, 'a(b')")
        XCTAssertEqual(unclosed?.message, Words.regexUnclosedGroup)
        XCTAssertEqual(unclosed?.excerpt?.offset, 19)
        // In double quotes \" is one character of the pattern, so the ( after it stands at 21 in the text.
        XCTAssertEqual(error("regexmatch(text, \"a\\\"(\")")?.excerpt?.offset, 21)
        let group = error("regexextract(text, 'a', 2)")
        XCTAssertEqual(group?.excerpt?.offset, 24)
        XCTAssertEqual(group?.message.en, "the pattern has 0 groups, so there is no group 2 (0 is the whole match)")
        XCTAssertEqual(error("regexmatch(text, platform)")?.excerpt?.offset, 17)
        XCTAssertEqual(error("regexmatch(likes, 'a')")?.excerpt?.offset, 11)
        XCTAssertEqual(error("regexmatch(text, '(a)\\1')")?.message, Words.regexBackreference)
    }

    func testACatastrophicPatternOnA100KBCellTakesLinearTime() throws {
        let cell = String(repeating: "a", count: 100_000) + "!"
        let hostile = Dataset(name: "hostile", columns: [Column.text("cell", [cell])])
        let start = Date()
        XCTAssertEqual(try cells("regexmatch(cell, '(a+)+$')", on: hostile), [.boolean(false)])
        XCTAssertEqual(try cells("regexextract(cell, '(a|aa)*b')", on: hostile), [.missing])
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
    }

    // MARK: missing() and null

    func testMissingTakesTheTypeOfItsPlace() throws {
        XCTAssertEqual(try cells("coalesce(null, likes)"), ints(10, 20, nil, 40))
        XCTAssertEqual(try cells("null is missing"), flags(true, true, true, true))
        XCTAssertEqual(try cells("likes + missing()"), decimals(nil, nil, nil, nil))
        XCTAssertEqual(error("missing(1)")?.message.en, "missing() takes 0 arguments, not 1")
        let compared = error("likes == null")
        XCTAssertEqual(compared?.message, Words.compareWithMissing)
        XCTAssertEqual(compared?.excerpt?.offset, 9)
    }

    // MARK: Hyphens

    func testAColumnWithAHyphenGetsAHintToUseBackticks() {
        let alone = error("engagement-rate > 0.5", on: Self.raw)
        XCTAssertEqual(alone?.message, Words.columnNeedsBackticks("engagement", column: "engagement-rate"))
        XCTAssertEqual(alone?.excerpt?.offset, 0)
        let inside = error("likes + Engagement-Rate * 2", on: Self.raw)
        XCTAssertEqual(inside?.excerpt?.offset, 8)
        XCTAssertEqual(inside?.message.en.contains("`engagement-rate`"), true)
        XCTAssertNil(error("`engagement-rate` > 0.5", on: Self.raw))
        let misspelt = error("engagment-rate > 0.5", on: Self.raw)
        XCTAssertEqual(misspelt?.message.en.hasPrefix("dataset 'raw' has no column"), true)
    }
}
