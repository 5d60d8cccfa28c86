import XCTest
@testable import RapportCore

/// What LinearRegex refuses, with which message and where the caret goes (a character offset into the pattern).
final class RegexParserTests: XCTestCase {
    /// The error compiling `pattern` throws, or nil when it compiles.
    private func error(_ pattern: String) -> RapportError? {
        do {
            _ = try LinearRegex(pattern)
            return nil
        } catch let error as RapportError {
            return error
        } catch {
            XCTFail("not a RapportError: \(error)")
            return nil
        }
    }

    /// Checks that `pattern` is refused with `message` and a caret at `offset` under the pattern itself.
    private func assertRefused(_ pattern: String, _ message: Message, at offset: Int,
                               file: StaticString = #filePath, line: UInt = #line) {
        guard let error = error(pattern) else { return XCTFail("\(pattern) compiled", file: file, line: line) }
        XCTAssertEqual(error.message, message, pattern, file: file, line: line)
        XCTAssertEqual(error.excerpt?.text, pattern, pattern, file: file, line: line)
        XCTAssertEqual(error.excerpt?.offset, offset, pattern, file: file, line: line)
    }

    func testUnbalancedGroupsAndClasses() {
        assertRefused("(ab", Words.regexUnclosedGroup, at: 0)
        assertRefused("a(b(c)", Words.regexUnclosedGroup, at: 1)
        assertRefused("ab)", Words.regexUnmatchedParenthesis, at: 2)
        assertRefused("[abc", Words.regexUnclosedClass, at: 0)
        assertRefused("x[]", Words.regexUnclosedClass, at: 1)
        assertRefused("[a-", Words.regexUnclosedClass, at: 0)
    }

    func testRepetitionsNeedSomethingToRepeatAndCannotBeDoubled() {
        assertRefused("*a", Words.regexNothingToRepeat("*"), at: 0)
        assertRefused("a|+b", Words.regexNothingToRepeat("+"), at: 2)
        assertRefused("^*", Words.regexNothingToRepeat("*"), at: 1)
        assertRefused("\\b+", Words.regexNothingToRepeat("+"), at: 2)
        assertRefused("{2}", Words.regexNothingToRepeat("{2}"), at: 0)
        assertRefused("a**", Words.regexRepeatedRepetition("*"), at: 2)
        assertRefused("a{2}{3}", Words.regexRepeatedRepetition("{3}"), at: 4)
        assertRefused("a*+", Words.regexRepeatedRepetition("+"), at: 2)
        assertRefused("a???", Words.regexRepeatedRepetition("?"), at: 3)
    }

    func testCountsAreBoundedAndOrdered() {
        assertRefused("a{1001}", Words.regexRepetitionTooLarge(1000), at: 1)
        assertRefused("a{2,99999999999999999999999}", Words.regexRepetitionTooLarge(1000), at: 1)
        assertRefused("a{3,2}", Words.regexRepetitionBackwards(3, 2), at: 1)
        XCTAssertNil(error("a{1000}"))
        XCTAssertNil(error("a{0,1000}?"))
    }

    func testClassRanges() {
        assertRefused("[z-a]", Words.regexRangeBackwards("z", "a"), at: 1)
        assertRefused("[\\d-z]", Words.regexRangeNeedsCharacters, at: 1)
        assertRefused("[a-\\w]", Words.regexRangeNeedsCharacters, at: 1)
        assertRefused("[\\b]", Words.regexBoundaryInClass, at: 1)
        XCTAssertNil(error("[a-]"))
        XCTAssertNil(error("[]-a]"))
    }

    func testEscapes() {
        assertRefused("ab\\", Words.regexTrailingBackslash, at: 2)
        assertRefused("\\q", Words.regexUnknownEscape("\\q"), at: 0)
        assertRefused("x\\0", Words.regexUnknownEscape("\\0"), at: 1)
        assertRefused("[\\1]", Words.regexUnknownEscape("\\1"), at: 1)
        assertRefused("\\x4", Words.regexHexDigits("\\x", count: 2), at: 0)
        assertRefused("a\\u12G4", Words.regexHexDigits("\\u", count: 4), at: 1)
        assertRefused("\\uD800", Words.regexNotACharacter("\\uD800"), at: 0)
    }

    func testBacktrackingFeaturesAreRefusedWithTheReason() {
        assertRefused("(a)\\1", Words.regexBackreference, at: 3)
        assertRefused("(?P=name)", Words.regexBackreference, at: 0)
        assertRefused("(?=a)", Words.regexLookaround, at: 0)
        assertRefused("x(?!a)", Words.regexLookaround, at: 1)
        assertRefused("(?<=a)b", Words.regexLookaround, at: 0)
        assertRefused("(?<!a)b", Words.regexLookaround, at: 0)
        XCTAssertTrue(Words.regexLookaround.en.contains("linear time"))
        XCTAssertTrue(Words.regexBackreference.de.contains("linearer Zeit"))
    }

    func testOtherGroupKindsAndFlags() {
        assertRefused("(?P<name>a)", Words.regexNamedGroup, at: 0)
        assertRefused("(?<name>a)", Words.regexNamedGroup, at: 0)
        assertRefused("a(?i)b", Words.regexFlagsOnlyAtStart, at: 1)
        assertRefused("(?i:a)", Words.regexFlagsOnlyAtStart, at: 0)
        assertRefused("(?x)a", Words.regexUnknownFlag("x"), at: 2)
        assertRefused("(?ib)a", Words.regexUnknownFlag("b"), at: 3)
        assertRefused("(?is)(?m)a", Words.regexUnknownFlag("m"), at: 7)
        assertRefused("(?#note)", Words.regexUnknownGroup, at: 0)
        assertRefused("(?", Words.regexUnknownGroup, at: 0)
        XCTAssertNil(error("(?i)(?s)a"))
    }

    func testSizeLimits() {
        assertRefused(String(repeating: "()", count: 101), Words.regexTooManyGroups(100), at: 200)
        XCTAssertNil(error(String(repeating: "()", count: 100)))
        let deep = String(repeating: "(?:", count: 101) + "a" + String(repeating: ")", count: 101)
        assertRefused(deep, Words.regexTooDeep(100), at: 300)
        // 11 copies of a 1000-fold repetition are 11,000 instructions; nested empty-matching loops count twice.
        assertRefused("(a{1000}){11}", Words.regexTooLarge(10_000), at: 0)
        assertRefused("((?:a?){50}){0,90}", Words.regexTooLarge(10_000), at: 0)
        XCTAssertNil(error("(a{1000}){9}"))
        XCTAssertNil(error("((?:a?){50}){0,40}"))
    }

    func testCaretCountsCharactersNotScalars() {
        // "é" written as e and a combining accent is two scalars but one character.
        assertRefused("e\u{301}(", Words.regexUnclosedGroup, at: 1)
        assertRefused("ä👍[", Words.regexUnclosedClass, at: 2)
    }

    func testMessagesSpeakBothLanguages() {
        let message = error("a{3,2}")?.message
        XCTAssertEqual(message?.en, "{3,2} has its minimum above its maximum")
        XCTAssertEqual(message?.de, "bei {3,2} liegt das Minimum über dem Maximum")
        XCTAssertEqual(error("(a")?.message.de, "zu dieser '(' fehlt die schließende ')'")
    }
}
