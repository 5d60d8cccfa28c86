import RapportCore
import XCTest
@testable import ImportModule

/// The import messages count rows and columns in the singular and the plural.
final class WordsImportTests: XCTestCase {
    func testOneRowAndOneColumnAreSingular() {
        let message = Words.imported(rows: 1, columns: 1, file: "a.csv", name: "a")
        XCTAssertEqual(message.en, "imported 1 row × 1 column from a.csv as a")
        XCTAssertEqual(message.de, "1 Zeile × 1 Spalte aus a.csv als a importiert")
    }

    func testOtherCountsArePlural() {
        let message = Words.imported(rows: 0, columns: 2, file: "b.csv", name: "b")
        XCTAssertEqual(message.en, "imported 0 rows × 2 columns from b.csv as b")
        XCTAssertEqual(message.de, "0 Zeilen × 2 Spalten aus b.csv als b importiert")
    }
}
