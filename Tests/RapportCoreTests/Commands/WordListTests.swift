import XCTest
import RapportCore

/// Word.listItems: the comma-separated items of a flag's value.
final class WordListTests: XCTestCase {
    func testSplitsOnCommasAndTrimsBlanks() {
        XCTAssertEqual(Word("a001, a002 ,a003", at: 0).listItems, ["a001", "a002", "a003"])
    }

    func testLeavesOutEmptyItems() {
        XCTAssertEqual(Word(",video,, photo,", at: 0).listItems, ["video", "photo"])
        XCTAssertEqual(Word(" , ", at: 0).listItems, [])
    }

    func testKeepsBlanksAndApostrophesInsideAnItem() {
        XCTAssertEqual(Word("McDonald's,Burger King", at: 0).listItems, ["McDonald's", "Burger King"])
    }
}
