import XCTest
@testable import RapportCore

/// Random pattern strings never trap: each compiles or is refused with a caret inside the pattern, and each that
/// compiles searches random texts with answers that agree with one another.
final class RegexFuzzTests: XCTestCase {
    /// The characters random patterns are made of: every metacharacter, escape letters, digits and non-ASCII.
    private let patternAlphabet = Array("ab()[]{}*+?|^$.\\-,:=!<>0129dDwWsSbBxuPi é\u{301}ä👍")
    /// The characters random texts are made of.
    private let textAlphabet = Array("aab- 1_ä\n\u{301}👍")

    /// A random string of up to `length` characters from `alphabet`.
    private func randomString(_ alphabet: [Character], length: Int, _ random: inout SplitMix64) -> String {
        String((0..<random.nextIndex(below: length + 1)).map { _ in alphabet[random.nextIndex(below: alphabet.count)] })
    }

    func testRandomPatternsCompileOrAreRefusedWithACaret() throws {
        var random = SplitMix64(seed: 16)
        var compiled = 0, refused = 0
        for _ in 0..<20_000 {
            let pattern = randomString(patternAlphabet, length: 24, &random)
            let regex: LinearRegex
            do {
                regex = try LinearRegex(pattern)
            } catch let error as RapportError {
                refused += 1
                XCTAssertEqual(error.excerpt?.text, pattern)
                let offset = try XCTUnwrap(error.excerpt?.offset, pattern)
                XCTAssertTrue((0...pattern.count).contains(offset), pattern)
                XCTAssertFalse(error.message.en.isEmpty || error.message.de.isEmpty, pattern)
                continue
            }
            compiled += 1
            XCTAssertLessThanOrEqual(regex.program.stateCount, RegexCompiler.maximumInstructions, pattern)
            for _ in 0..<3 {
                let text = randomString(textAlphabet, length: 12, &random)
                check(regex, on: text)
            }
        }
        // Both outcomes are common, so the loop exercised the parser's errors and the VM alike.
        XCTAssertGreaterThan(compiled, 2_000)
        XCTAssertGreaterThan(refused, 2_000)
    }

    /// The search, the whole match and the yes/no agree, and every range lies inside the match's text.
    private func check(_ regex: LinearRegex, on text: String) {
        let first = regex.firstMatch(in: text), whole = regex.wholeMatch(in: text)
        XCTAssertEqual(regex.matches(text), first != nil, regex.pattern)
        if whole != nil { XCTAssertNotNil(first, regex.pattern) }
        if let whole { XCTAssertEqual(whole.range, text.startIndex..<text.endIndex, regex.pattern) }
        for match in [first, whole].compactMap({ $0 }) {
            XCTAssertEqual(match.groupRanges.count, regex.groupCount, regex.pattern)
            for range in [match.range] + match.groupRanges.compactMap({ $0 }) {
                XCTAssertTrue(range.lowerBound >= text.startIndex && range.upperBound <= text.endIndex, regex.pattern)
            }
        }
    }
}
