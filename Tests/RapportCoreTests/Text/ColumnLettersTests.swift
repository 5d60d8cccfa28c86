import RapportCore
import XCTest

/// Column letters of spreadsheet references.
final class ColumnLettersTests: XCTestCase {
    func testLettersCountInBase26WithoutAZero() {
        // 0 → A, 25 → Z, 26 → AA, 27 → AB, 701 → ZZ (26 + 26 × 26 − 1), 702 → AAA, 16383 → XFD (Excel's last column:
        // 24 × 676 + 6 × 26 + 4 − 1 = 16383).
        XCTAssertEqual([0, 25, 26, 27, 701, 702, 16_383].map(ColumnLetters.of),
                       ["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"])
    }
}
