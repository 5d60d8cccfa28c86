import XCTest
@testable import RapportCore

/// Numbers in text by the import's rules, each value on its own; expected values by hand (3.3k = 3.3 × 1000,
/// 1,2 Mio. = 1.2 × 1,000,000, 45 % = 45 / 100).
final class NumberTextTests: XCTestCase {
    private let alone = NumberText.standalone

    func testUnitsAndPercentagesOfEitherConvention() {
        XCTAssertEqual(alone.value("3.3k") ?? 0, 3300, accuracy: 1e-9)
        XCTAssertEqual(alone.value("1,2 Mio.") ?? 0, 1_200_000, accuracy: 1e-6)
        XCTAssertEqual(alone.value("45 %") ?? 0, 0.45, accuracy: 1e-15)
        XCTAssertEqual(alone.value("  45 % \n") ?? 0, 0.45, accuracy: 1e-15, "blanks around the value do not count")
        XCTAssertEqual(alone.value("1.234,5"), 1234.5)
        XCTAssertEqual(alone.value("1,234.5"), 1234.5)
        XCTAssertEqual(alone.value("-12"), -12)
        XCTAssertEqual(alone.value("1.5e-7"), 1.5e-7)
    }

    func testALeadingZeroGroupsNoThousands() {
        // 0,035 can only be a decimal comma: no number is written with a thousands group after a zero.
        XCTAssertEqual(alone.value("0,035"), 0.035)
        XCTAssertEqual(alone.value("-0.035"), -0.035)
    }

    func testAmbiguousValuesFollowTheColumnsVoteElseTheDecimalPoint() {
        XCTAssertEqual(alone.value("1,234"), 1234)
        XCTAssertEqual(alone.value("1.234"), 1.234)
        let german = NumberText(votingWith: ["1,5", "1.234", "2,25 %"])
        XCTAssertEqual(german.ambiguous, .comma)
        XCTAssertEqual(german.value("1.234"), 1234)
        XCTAssertEqual(german.value("1,234"), 1.234)
        let mixed = NumberText(votingWith: ["3.3k", "1,2 Mio.", "1,234"])
        XCTAssertEqual(mixed.ambiguous, .point, "conflicting votes keep the decimal point, as the import does")
        XCTAssertEqual(mixed.value("1,234"), 1234)
        XCTAssertEqual(mixed.value("1,2 Mio.") ?? 0, 1_200_000, accuracy: 1e-6, "an unambiguous value decides alone")
    }

    func testWholeNumbersAreReadExactly() {
        XCTAssertEqual(alone.integer("1,234"), 1234)
        XCTAssertEqual(alone.integer("3.3k"), 3300)
        XCTAssertEqual(alone.integer("1e3"), 1000)
        XCTAssertEqual(alone.integer("9223372036854775807"), Int64.max)
        XCTAssertEqual(alone.integer("9007199254740993"), 9_007_199_254_740_993, "not rounded through a Double")
        XCTAssertNil(alone.integer("2.5"))
        XCTAssertNil(alone.integer("45 %"))
        XCTAssertNil(alone.integer("1e30"))
    }

    func testTextThatSpellsNoNumber() {
        XCTAssertNil(alone.value("abc"))
        XCTAssertNil(alone.value(""))
        XCTAssertNil(alone.value("NaN%"))
        XCTAssertNil(alone.value("1e999"))
        XCTAssertTrue(NumberText.isMissing(""))
        XCTAssertTrue(NumberText.isMissing(" - "))
        XCTAssertFalse(NumberText.isMissing("0"))
    }

    func testTheImportsDecimalReaderKeepsTheExponentsSign() {
        var text = "2.5e-3"
        XCTAssertEqual(text.withUTF8 { NumberFormat.point.decimal($0) }, 0.0025)
        text = "1E+2"
        XCTAssertEqual(text.withUTF8 { NumberFormat.point.decimal($0) }, 100)
    }
}
