import RapportCore
import XCTest
@testable import Analytics

/// `tone` against pandas on the fixture posts and on small hand-made tables.
final class ToneTests: XCTestCase {
    func testByPlatformByDefaultMatchesPandas() throws {
        let outcome = try Tone().evaluate(TextMetricsReference.request())
        assertMatches(outcome, keys: ["platform"], expected: TextMetricsReference.groups("tone_by_platform"))
        XCTAssertEqual(outcome.columns.first?.name, "platform")
        XCTAssertEqual(outcome.headline, "informal_share")
    }

    func testByAccountMatchesPandas() throws {
        let outcome = try Tone().evaluate(TextMetricsReference.request(by: ["account"]))
        assertMatches(outcome, keys: ["account"], expected: TextMetricsReference.groups("tone_by_account"))
    }

    func testPerPostToneMatchesPandas() throws {
        let outcome = try Tone().evaluate(TextMetricsReference.request())
        let expected = TextMetricsReference.document["tone_per_post"] as? [Any] ?? []
        let perRow = try XCTUnwrap(outcome.perRow)
        XCTAssertEqual(perRow.count, expected.count)
        XCTAssertEqual(expected.count, 48)
        for (row, value) in expected.enumerated() {
            XCTAssertEqual(perRow.data[row], (value as? String).map(Cell.text) ?? .missing, "row \(row)")
        }
    }

    func testOneChannelWithoutPlatformAndEachKindOfPost() throws {
        let posts = Dataset(name: "p", columns: [Column.text("text", [
            "Was meinst du?", "Wir zeigen Ihnen mehr.", "Fortsetzung folgt.", "Danke dir und Ihnen.", nil,
        ], role: .text)])
        let outcome = try Tone().evaluate(MetricRequest(dataset: posts))
        let row = try XCTUnwrap(resultRows(outcome, keys: [])["all"])
        // 4 posts with text: informal, formal, neutral, both → each share 1/4; addressing = 3;
        // informal + both = 2 > 0.1 × 3 and formal + both = 2 > 0.3 → mixed.
        XCTAssertEqual(row["posts"], .integer(4))
        for kind in ["informal", "formal", "both", "neutral"] { XCTAssertEqual(row["\(kind)_share"], .decimal(0.25), kind) }
        XCTAssertEqual(row["addressing_posts"], .integer(3))
        XCTAssertEqual(row["mixed"], .boolean(true))
        let notes = outcome.notes.map { $0.text(.en) }
        XCTAssertTrue(notes.contains(Words.oneChannel.text(.en)))
        XCTAssertTrue(notes.contains { $0.hasPrefix("1 of 5 rows") }, "\(notes)")
    }

    func testMixedNeedsMoreThanTenPercentOfTheAddressingPosts() throws {
        // Channel a: 9 informal + 1 formal → formal is 1/10 = 10 %, not more → not mixed.
        // Channel b: 8 informal + 2 formal → 2/10 = 20 % > 10 % → mixed. The neutral posts do not count.
        let channels = Array(repeating: "a", count: 12) + Array(repeating: "b", count: 10)
        let texts = Array(repeating: "Was sagst du?", count: 9) + ["Was sagen Sie?", "Neutral.", "Auch neutral."]
            + Array(repeating: "Wie geht es dir?", count: 8) + Array(repeating: "Danke für Ihr Vertrauen.", count: 2)
        let posts = Dataset(name: "p", columns: [Column.text("channel", channels), Column.text("text", texts, role: .text)])
        let outcome = try Tone().evaluate(MetricRequest(dataset: posts, groupColumns: [0]))
        let rows = resultRows(outcome, keys: ["channel"])
        XCTAssertEqual(rows["a"]?["addressing_posts"], .integer(10))
        XCTAssertEqual(rows["a"]?["mixed"], .boolean(false))
        // 2 neutral of 12 posts.
        XCTAssertEqual(try XCTUnwrap(rows["a"]?["neutral_share"]?.number), 2.0 / 12, accuracy: 1e-15)
        XCTAssertEqual(rows["b"]?["mixed"], .boolean(true))
        XCTAssertEqual(rows["b"]?["formal_share"], .decimal(0.2))
    }

    func testMissingTextRoleIsNamed() {
        let posts = TextMetricsReference.posts(dropping: ["text"])
        XCTAssertThrowsError(try Tone().evaluate(MetricRequest(dataset: posts))) { error in
            let message = (error as? RapportError)?.message
            XCTAssertTrue(message?.text(.en).contains("role text") == true, "\(String(describing: message))")
            XCTAssertTrue(message?.text(.de).contains("Rolle text") == true)
        }
    }

    func testTextRoleOnNumbersIsAnError() {
        let posts = Dataset(name: "p", columns: [Column.decimal("words", [1, 2], role: .text)])
        XCTAssertThrowsError(try Tone().evaluate(MetricRequest(dataset: posts))) { error in
            XCTAssertTrue((error as? RapportError)?.message.text(.en).contains("does not hold text") == true)
        }
    }
}
