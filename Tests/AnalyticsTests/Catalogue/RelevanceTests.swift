import RapportCore
import XCTest
@testable import Analytics

/// `relevance` against pandas on the fixture posts and on hand-made tables.
final class RelevanceTests: XCTestCase {
    func testByFormatPerAccountMatchesPandas() throws {
        let outcome = try Relevance().evaluate(TextMetricsReference.request(by: ["format"]))
        assertMatches(outcome, keys: ["account", "format"], expected: TextMetricsReference.groups("relevance_by_format"))
        XCTAssertEqual(outcome.columns.map(\.name), ["account", "format", "posts", "median", "account_median", "relevance"])
        XCTAssertEqual(outcome.headline, "relevance")
    }

    func testWithoutByTheFormatColumnIsUsed() throws {
        let outcome = try Relevance().evaluate(TextMetricsReference.request())
        assertMatches(outcome, keys: ["account", "format"], expected: TextMetricsReference.groups("relevance_by_format"))
    }

    func testWithoutAccountColumnTheDatasetIsOneAccount() throws {
        // Followers 100: hour 9 rates 0.01, 0.03 → median 0.02; hour 18 rates 0.04, 0.06, 0.08 → median 0.06;
        // all five → median 0.04; relevance 0.02 / 0.04 = 0.5 and 0.06 / 0.04 = 1.5.
        let posts = Dataset(name: "p", columns: [
            Column.text("hour", ["9", "18", "9", "18", "18"]), Column.decimal("likes", [1, 4, 3, 8, 6], role: .likes),
            Column.decimal("followers", Array(repeating: 100, count: 5), role: .followers),
        ])
        let outcome = try Relevance().evaluate(MetricRequest(dataset: posts, groupColumns: [0]))
        let rows = resultRows(outcome, keys: ["hour"])
        XCTAssertEqual(try XCTUnwrap(rows["9"]?["relevance"]?.number), 0.5, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rows["18"]?["relevance"]?.number), 1.5, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rows["18"]?["account_median"]?.number), 0.04, accuracy: 1e-15)
        XCTAssertEqual(rows["18"]?["posts"], .integer(3))
        XCTAssertTrue(outcome.notes.contains { $0.text(.en) == Words.relevanceOneAccount.text(.en) })
    }

    func testByTheAccountItselfIsOneGroupPerAccount() throws {
        let outcome = try Relevance().evaluate(TextMetricsReference.request(by: ["account"]))
        XCTAssertEqual(outcome.columns.map(\.name), ["account", "posts", "median", "account_median", "relevance"])
        for row in 0..<4 { XCTAssertEqual(outcome.columns[4].data[row].number, 1) }
    }

    func testWithoutByAndFormatSaysWhatToName() {
        let posts = TextMetricsReference.posts(dropping: ["format"])
        XCTAssertThrowsError(try Relevance().evaluate(MetricRequest(dataset: posts))) { error in
            XCTAssertTrue((error as? RapportError)?.message.text(.en).contains("relevance by COLUMN") == true)
        }
    }

    func testMissingFollowersRoleIsNamed() {
        let posts = TextMetricsReference.posts(dropping: ["followers"])
        XCTAssertThrowsError(try Relevance().evaluate(MetricRequest(dataset: posts, groupColumns: [4]))) { error in
            XCTAssertTrue((error as? RapportError)?.message.text(.en).contains("role followers") == true)
        }
    }
}
