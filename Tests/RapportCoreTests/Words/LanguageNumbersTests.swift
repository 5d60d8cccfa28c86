import XCTest
import RapportCore

/// Language.fixed and byteSize: numbers with fixed decimal places and sizes, with the language's decimal mark.
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

    func testSizesReadAsPeopleReadThem() {
        XCTAssertEqual(Language.en.byteSize(1023), "1023 bytes")
        XCTAssertEqual(Language.de.byteSize(1), "1 Byte")
        XCTAssertEqual(Language.en.byteSize(1536), "1.5 KiB")  // 1536 / 1024
        XCTAssertEqual(Language.de.byteSize(151 << 20), "151,0 MiB")
        XCTAssertEqual(Language.en.byteSize(3 << 30), "3.0 GiB")
        XCTAssertEqual(Language.en.byteSize((1 << 20) - 1), "1.0 MiB", "1,048,575 bytes round to 1024.0 KiB, so a MiB")
    }
}
