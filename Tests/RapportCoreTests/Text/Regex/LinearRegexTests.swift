import XCTest
@testable import RapportCore

/// The public face of LinearRegex: groups, ranges into the searched text, whole matches and plain yes/no.
final class LinearRegexTests: XCTestCase {
    func testGroupsOfTheFirstMatch() throws {
        let regex = try LinearRegex("(\\d+)[.,](\\d+)")
        XCTAssertEqual(regex.groupCount, 2)
        XCTAssertEqual(regex.pattern, "(\\d+)[.,](\\d+)")
        let match = try XCTUnwrap(regex.firstMatch(in: "Preis 12,50 € statt 15,00 €"))
        XCTAssertEqual(match[0], "12,50")
        XCTAssertEqual(match[1], "12")
        XCTAssertEqual(match[2], "50")
        XCTAssertNil(match[3])
        XCTAssertNil(match[-1])
        XCTAssertNil(regex.firstMatch(in: "kein Preis"))
    }

    func testAGroupThatTookNoPartIsNil() throws {
        let match = try XCTUnwrap(LinearRegex("(a)|(b)").firstMatch(in: "xb"))
        XCTAssertNil(match[1])
        XCTAssertNil(match.groupRanges[0])
        XCTAssertEqual(match[2], "b")
    }

    func testRangesAreIndicesOfTheSearchedSubstring() throws {
        let line = "id: 42; name: Jo"
        let tail = line[line.firstIndex(of: ";")!...]
        let match = try XCTUnwrap(LinearRegex("^; (\\w+)").firstMatch(in: tail))
        XCTAssertEqual(line[match.range], "; name")
        XCTAssertEqual(match[1], "name")
        // `^` is the start of the substring searched, not of the line it was cut from.
        XCTAssertNil(try LinearRegex("^id").firstMatch(in: tail))
    }

    func testMatchesAreCutAtScalarsInsideCombinedCharacters() throws {
        // "é" as e and a combining acute accent: `.` takes the e alone, as Python's re does.
        let text = "e\u{301}t\u{E9}"
        let match = try XCTUnwrap(LinearRegex(".").firstMatch(in: text))
        XCTAssertEqual(match[0].map { Array($0.unicodeScalars) }, ["e"])
        let accent = try XCTUnwrap(LinearRegex("\\u0301(.)").firstMatch(in: text))
        XCTAssertEqual(accent[1], "t")
        XCTAssertEqual(try LinearRegex("[é]").firstMatch(in: text)?[0], "\u{E9}")
    }

    func testWholeMatchTakesTheBranchThatReachesTheEnd() throws {
        let regex = try LinearRegex("a|ab")
        XCTAssertEqual(regex.firstMatch(in: "ab")?[0], "a")
        XCTAssertEqual(regex.wholeMatch(in: "ab")?[0], "ab")
        XCTAssertNil(regex.wholeMatch(in: "abc"))
        XCTAssertEqual(try LinearRegex("\\d+").wholeMatch(in: "2024")?[0], "2024")
    }

    func testMatchesSearchesAnywhereUnlessAnchored() throws {
        XCTAssertTrue(try LinearRegex("\\d").matches("abc1"))
        XCTAssertFalse(try LinearRegex("^b").matches("ab"))
        XCTAssertTrue(try LinearRegex("b$").matches("ab"))
        XCTAssertFalse(try LinearRegex("a$").matches("a\n"))
        XCTAssertTrue(try LinearRegex("").matches(""))
    }

    func testIgnoringCaseAndLineBreaks() throws {
        XCTAssertTrue(try LinearRegex("(?i)ärger").matches("ÄRGER"))
        XCTAssertFalse(try LinearRegex("ärger").matches("ÄRGER"))
        XCTAssertFalse(try LinearRegex("a.b").matches("a\nb"))
        XCTAssertTrue(try LinearRegex("(?s)a.b").matches("a\nb"))
    }

    func testShorthandsAreASCII() throws {
        XCTAssertFalse(try LinearRegex("\\w").matches("ä"))
        XCTAssertFalse(try LinearRegex("\\d").matches("٣"))
        XCTAssertTrue(try LinearRegex("\\bgut\\b").matches("ägut"))
        XCTAssertFalse(try LinearRegex("\\s").matches("\u{A0}"))
    }
}
