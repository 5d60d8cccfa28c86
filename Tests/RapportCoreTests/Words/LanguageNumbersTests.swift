import RapportCore
import XCTest

/// Numbers and sizes written for people, with each language's decimal mark.
final class LanguageNumbersTests: XCTestCase {
    func testSizesReadAsPeopleReadThem() {
        XCTAssertEqual(Language.en.byteSize(1023), "1023 bytes")
        XCTAssertEqual(Language.de.byteSize(1), "1 Byte")
        XCTAssertEqual(Language.en.byteSize(1536), "1.5 KiB")  // 1536 / 1024
        XCTAssertEqual(Language.de.byteSize(151 << 20), "151,0 MiB")
        XCTAssertEqual(Language.en.byteSize(3 << 30), "3.0 GiB")
    }

    func testFixedPlacesUseTheLanguagesMark() {
        XCTAssertEqual(Language.en.fixed(3.14159, places: 3), "3.142")
        XCTAssertEqual(Language.de.fixed(3.14159, places: 3), "3,142")
    }
}
