import XCTest
@testable import ImportModule

/// Which column names hold times, so that 10-digit integers in them are read as Unix seconds.
final class TimeColumnNameTests: XCTestCase {
    func testTimeWordsAtTheStartOfAWordOfTheName() {
        for name in ["created_at", "createdAt", "timestamp", "Post Created Time", "publish_time", "Date", "Datum",
                     "Veröffentlichungszeit", "Erstellt am", "posted"] {
            XCTAssertTrue(TimeColumnName.suggestsTime(name), name)
        }
    }

    func testOtherNamesAreNoTimes() {
        for name in ["Lifetime Post Total Reach", "followers", "id", "update_count", "Zeilen"] {
            XCTAssertFalse(TimeColumnName.suggestsTime(name), name)
        }
    }
}
