import XCTest
import RapportCore
@testable import ImportModule

/// Stacking columns by name; every expected value is worked out by hand from the literal columns of its test.
final class DatasetAppenderTests: XCTestCase {
    /// The cells of a named column, top to bottom.
    private func cells(_ dataset: Dataset, _ name: String) -> [Cell] {
        guard let column = dataset.column(named: name) else { return [] }
        return (0..<column.count).map { column.data[$0] }
    }

    /// January's posts: ids 1, 2, 3 with likes 10, 20, 30 and texts a, b, c, with roles.
    private func january() -> Dataset {
        Dataset(name: "posts", columns: [.integer("post_id", [1, 2, 3], role: .postID),
                                         .integer("likes", [10, 20, 30], role: .likes),
                                         .text("text", ["a", "b", "c"], role: .text)],
                kind: .posts)
    }

    func testColumnsMatchByNameAndMissingOnEitherSideAreMissing() throws {
        // The file lacks `text` and brings `shares`: old rows get missing shares, new rows missing text.
        let file: [Column] = [.integer("shares", [5, 6]), .integer("post_id", [4, 5]), .integer("likes", [40, 50])]
        let outcome = try DatasetAppender.append(file, from: "feb.csv", to: january(), dedupeOn: nil)
        let stacked = outcome.dataset
        XCTAssertEqual(stacked.columnNames, ["post_id", "likes", "text", "shares"])
        XCTAssertEqual(cells(stacked, "post_id"), [.integer(1), .integer(2), .integer(3), .integer(4), .integer(5)])
        XCTAssertEqual(cells(stacked, "text"), [.text("a"), .text("b"), .text("c"), .missing, .missing])
        XCTAssertEqual(cells(stacked, "shares"), [.missing, .missing, .missing, .integer(5), .integer(6)])
        XCTAssertEqual(outcome.added, 2)
        XCTAssertEqual(outcome.replaced, 0)
    }

    func testRolesAndKindOfTheDatasetAreKept() throws {
        let file: [Column] = [.integer("post_id", [4], role: .likes), .integer("reach", [9])]
        let stacked = try DatasetAppender.append(file, from: "feb.csv", to: january(), dedupeOn: nil).dataset
        XCTAssertEqual(stacked.columns.map(\.role), [.postID, .likes, .text, nil])
        XCTAssertEqual(stacked.kind, .posts)
    }

    func testIntegersMeetingDecimalsBecomeDecimals() throws {
        let file: [Column] = [.integer("post_id", [4]), .decimal("likes", [2.5])]
        let stacked = try DatasetAppender.append(file, from: "feb.csv", to: january(), dedupeOn: nil).dataset
        XCTAssertEqual(stacked.column(named: "likes")?.type, .decimal)
        XCTAssertEqual(cells(stacked, "likes"), [.decimal(10), .decimal(20), .decimal(30), .decimal(2.5)])
        XCTAssertEqual(stacked.column(named: "post_id")?.type, .integer)
    }

    func testAColumnWithOnlyMissingValuesTakesTheOtherSidesType() throws {
        // The file's `likes` is all missing and typed text; the dataset's integers decide.
        let file: [Column] = [.integer("post_id", [4, 5]), .text("likes", [nil, nil])]
        let stacked = try DatasetAppender.append(file, from: "feb.csv", to: january(), dedupeOn: nil).dataset
        XCTAssertEqual(stacked.column(named: "likes")?.type, .integer)
        XCTAssertEqual(cells(stacked, "likes"), [.integer(10), .integer(20), .integer(30), .missing, .missing])
    }

    func testATypeClashIsRefused() {
        let file: [Column] = [.text("likes", ["many"])]
        XCTAssertThrowsError(try DatasetAppender.append(file, from: "feb.csv", to: january(), dedupeOn: nil)) {
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.appendTypeClash("likes", dataset: "posts", existing: "integer", file: "feb.csv", found: "text"))
        }
    }

    func testDedupeKeepsTheNewestRow() throws {
        // File rows: 3 (likes 31), 4 (41), 3 again (32), missing key (7), 5 (50).
        // Within the file the last 3 wins (32); it replaces January's 3; 4 and 5 are new; the missing key stays.
        let file: [Column] = [.integer("post_id", [3, 4, 3, nil, 5]), .integer("likes", [31, 41, 32, 7, 50])]
        let outcome = try DatasetAppender.append(file, from: "feb.csv", to: january(), dedupeOn: "post_id")
        XCTAssertEqual(cells(outcome.dataset, "post_id"), [.integer(1), .integer(2), .integer(4), .integer(3), .missing, .integer(5)])
        XCTAssertEqual(cells(outcome.dataset, "likes"), [.integer(10), .integer(20), .integer(41), .integer(32), .integer(7), .integer(50)])
        // Kept file rows: 4, 3, missing, 5 — one of them (3) replaced a January row, three were added.
        XCTAssertEqual(outcome.replaced, 1)
        XCTAssertEqual(outcome.added, 3)
    }

    func testDedupeComparesNumbersByValueAcrossIntegerAndDecimal() throws {
        let file: [Column] = [.decimal("post_id", [2.0, 2.5])]
        let outcome = try DatasetAppender.append(file, from: "feb.csv", to: january(), dedupeOn: "post_id")
        // 2.0 replaces row 2; 2.5 is new: 1, 3, 2.0, 2.5.
        XCTAssertEqual(cells(outcome.dataset, "post_id"), [.decimal(1), .decimal(3), .decimal(2), .decimal(2.5)])
        XCTAssertEqual(outcome.replaced, 1)
        XCTAssertEqual(outcome.added, 1)
    }

    func testDedupeKeyMustExistOnBothSides() {
        XCTAssertThrowsError(try DatasetAppender.append([.integer("id", [1])], from: "feb.csv", to: january(), dedupeOn: "id")) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.unknownColumn("id", in: "posts"))
        }
        XCTAssertThrowsError(try DatasetAppender.append([.integer("likes", [1])], from: "feb.csv", to: january(), dedupeOn: "post_id")) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.appendKeyNotInFile("post_id", file: "feb.csv"))
        }
    }
}
