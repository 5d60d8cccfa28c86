import XCTest
@testable import Analytics

/// Which scalars make words: letters, marks and digits of any script, nothing else.
final class WordScalarsTests: XCTestCase {
    func testLettersDigitsAndMarksAreWordParts() {
        for scalar in "aZ09äÖßéжλ漢\u{0301}".unicodeScalars {
            XCTAssertTrue(WordScalars.isWordPart(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    func testPunctuationSpacesAndSymbolsAreNot() {
        for scalar in " .,!?-_#@'\u{00A0}\u{2026}«»–🎉\n".unicodeScalars {
            XCTAssertFalse(WordScalars.isWordPart(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }
}
