import XCTest
@testable import RapportCore
@testable import ScoreModule

/// Reading label columns.
final class FollowerLabelsTests: XCTestCase {
    func testWordsNumbersAndBooleans() throws {
        XCTAssertEqual(try FollowerLabels.read(Column.text("l", [" Bot", "HUMAN", "genuine", nil, "Yes"])),
                       [true, false, false, nil, true])
        XCTAssertEqual(try FollowerLabels.read(Column.integer("l", [1, 0, nil])), [true, false, nil])
        XCTAssertEqual(try FollowerLabels.read(Column.decimal("l", [1.0, 0.0])), [true, false])
        XCTAssertEqual(try FollowerLabels.read(Column(name: "l", data: .boolean([true, false], MissingMask()))), [true, false])
    }

    func testOtherValuesNameTheirRow() {
        XCTAssertThrowsError(try FollowerLabels.read(Column.integer("rating", [1, 0, 2]))) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.badLabel("2", row: 3, column: "rating"))
        }
        XCTAssertThrowsError(try FollowerLabels.read(Column.text("rating", ["fake", "unsure"]))) { error in
            XCTAssertTrue((error as? RapportError)?.message.en.contains("row 2") ?? false)
        }
    }
}
