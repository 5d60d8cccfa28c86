import XCTest
@testable import RapportCore

/// Counted nouns of the core words: singular for one, plural otherwise, in both languages.
final class WordsCoreTests: XCTestCase {
    func testRowAndColumnCounts() {
        XCTAssertEqual(Words.rowCount(1).en, "1 row")
        XCTAssertEqual(Words.rowCount(1).de, "1 Zeile")
        XCTAssertEqual(Words.rowCount(0).en, "0 rows")
        XCTAssertEqual(Words.rowCount(2400).de, "2400 Zeilen")
        XCTAssertEqual(Words.columnCount(1).en, "1 column")
        XCTAssertEqual(Words.columnCount(1).de, "1 Spalte")
        XCTAssertEqual(Words.columnCount(9).en, "9 columns")
        XCTAssertEqual(Words.columnCount(9).de, "9 Spalten")
    }
}
