import XCTest
import RapportCore

/// Language.fixed: numbers with fixed decimal places and the language's decimal mark.
final class LanguageNumbersTests: XCTestCase {
    func testEnglishUsesAPointAndGermanAComma() {
        // 3.14159 rounded to 3 places is 3.142.
        XCTAssertEqual(Language.en.fixed(3.14159, places: 3), "3.142")
        XCTAssertEqual(Language.de.fixed(3.14159, places: 3), "3,142")
    }

    func testPadsWithZerosAndRoundsToTheGivenPlaces() {
        XCTAssertEqual(Language.en.fixed(2, places: 1), "2.0")
        // -0.456 to 2 places is -0.46.
        XCTAssertEqual(Language.de.fixed(-0.456, places: 2), "-0,46")
        XCTAssertEqual(Language.de.fixed(12, places: 0), "12")
    }
}
