import Foundation
import RapportCore
import RapportTestSupport
@testable import ScoreModule
import XCTest

/// `heatmap` against pandas' pivot_table (Fixtures/make_heatmap_reference.py) with the minimum-posts rule, and its
/// sentence and refusals on posts whose cells are known by construction.
final class HeatmapCommandTests: XCTestCase {
    /// The cases of heatmap_reference.json.
    private func cases() throws -> [[String: Any]] {
        let url = PeriodsReference.folder.appendingPathComponent("heatmap_reference.json")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try XCTUnwrap(object["cases"] as? [[String: Any]])
    }

    /// A stored cell as the reference writes a side's value.
    private func text(_ cell: Cell) -> String {
        switch cell {
        case .integer(let value): return String(value)
        case .text(let value): return value
        default: return "?"
        }
    }

    func testCellsEqualPandasPivotTableWithTheMinimumPostsRule() throws {
        let cases = try cases()
        XCTAssertEqual(cases.count, 8)
        for entry in cases {
            let zone = try XCTUnwrap(entry["zone"] as? String), rows = try XCTUnwrap(entry["rows"] as? String)
            let columns = try XCTUnwrap(entry["columns"] as? String)
            let minimum = try XCTUnwrap(entry["min_posts"] as? Int)
            let label = "\(zone) \(rows)×\(columns) min \(minimum)"
            let harness = try ScorePerPeriodTests.harness(zone: zone)
            let defaults = rows == "weekday" && columns == "hour" && minimum == 5
            let flags = defaults ? "" : " --rows \(rows) --columns \(columns) --min-posts \(minimum)"
            let result = try harness.run("heatmap posts engagement-rate" + flags + " as h")
            let rowValues = try XCTUnwrap(entry["row_values"] as? [String])
            let columnValues = try XCTUnwrap(entry["column_values"] as? [String])
            let expectedRows = rowValues.flatMap { value in columnValues.map { _ in value } }
            let expectedColumns = rowValues.flatMap { _ in columnValues }
            XCTAssertEqual(try harness.cells("h", rows).map(text), expectedRows, label)
            XCTAssertEqual(try harness.cells("h", columns).map(text), expectedColumns, label)
            let posts = try XCTUnwrap(entry["posts"] as? [Int])
            XCTAssertEqual(try harness.numbers("h", "posts").map { $0.map { Int($0) } }, posts, label)
            let expected = try XCTUnwrap(entry["medians"] as? [Any])
            let medians = try harness.numbers("h", "median")
            XCTAssertEqual(medians.count, expected.count, label)
            for (index, wanted) in expected.enumerated() where index < medians.count {
                guard let wanted = (wanted as? NSNumber)?.doubleValue else {
                    XCTAssertNil(medians[index], "\(label) cell \(index) has too few posts")
                    continue
                }
                XCTAssertEqual(medians[index] ?? .nan, wanted, accuracy: 1e-12, "\(label) cell \(index)")
            }
            let empty = try XCTUnwrap(entry["empty"] as? Int)
            XCTAssertEqual(result.json["empty_cells"], .integer(Int64(empty)), label)
        }
    }

    /// Posts on known weekdays and hours in UTC: Tuesday 14:00 earns 5 %, Friday 09:00 1 %, Sunday 20:00 has 2 posts.
    private static func posts() -> Dataset {
        let tuesday: Int64 = 1_741_096_800  // 2025-03-04T14:00Z, a Tuesday
        let friday = tuesday + 3 * 86_400 - 5 * 3600, sunday = tuesday + 5 * 86_400 + 6 * 3600
        let times = Array(repeating: tuesday, count: 5) + Array(repeating: friday, count: 6) + [sunday, sunday]
        return Dataset(name: "posts", columns: [
            Column(name: "published", role: .published, data: .time(times, MissingMask())),
            Column.integer("likes", Array(repeating: 50, count: 5) + Array(repeating: 10, count: 6) + [90, 90],
                           role: .likes),
            Column.integer("followers", Array(repeating: 1000, count: 13), role: .followers),
        ], kind: .posts)
    }

    func testTheSentenceNamesTheStrongestAndWeakestCellsWithEnoughPosts() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts()])
        let result = try harness.run("heatmap posts engagement-rate")
        XCTAssertEqual(result.json["sentence"]?.stringValue,
                       "The engagement-rate is highest at Tuesday, 14:00 (median 5.0 %, 5 posts) and lowest at "
                       + "Friday, 09:00 (median 1.0 %, 6 posts). 166 of 168 cells have fewer than 5 posts and stay "
                       + "empty. The cells are not independent tests: among many cells some stand out by chance, so "
                       + "take the extremes as ideas to try, not as findings.")
        XCTAssertEqual(try harness.numbers("posts-engagement-rate-heatmap", "posts")[6 * 24 + 20], 2,
                       "Sunday 20:00 keeps its posts")
        XCTAssertNil(try harness.numbers("posts-engagement-rate-heatmap", "median")[6 * 24 + 20],
                     "but no median below the minimum")
        let german = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts()], language: .de)
        let satz = try german.run("heatmap posts engagement-rate --min-posts 2").json["sentence"]?.stringValue ?? ""
        XCTAssertTrue(satz.hasPrefix("Die engagement-rate ist am höchsten bei Sonntag, 20:00 (Median 9,0 %, "
                                     + "2 Beiträge) und am niedrigsten bei Freitag, 09:00"), satz)
        XCTAssertTrue(satz.contains("keine unabhängigen Tests"), satz)
    }

    func testNoCellWithEnoughPostsSaysSo() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts()])
        let sentence = try harness.run("heatmap posts engagement-rate --min-posts 7").json["sentence"]?.stringValue
        XCTAssertTrue(sentence?.hasPrefix("No cell has 7 posts or more") ?? false, sentence ?? "")
    }

    func testRefusals() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts()])
        XCTAssertTrue(harness.refusal("heatmap posts relationship-stages").contains("no value per post"))
        XCTAssertTrue(harness.refusal("heatmap posts engagement-rate --rows hour").contains("both hour"))
        XCTAssertTrue(harness.refusal("heatmap posts engagement-rate --min-posts 0").contains("at least 1"))
        XCTAssertNotNil(harness.error("heatmap posts engagement-rate --columns nosuchcolumn"))
        XCTAssertFalse(harness.workspace.contains("posts-engagement-rate-heatmap"))
        let years = Dataset(name: "posts", columns: [
            Column(name: "published", role: .published, data: .time([0, 2000 * 86_400], MissingMask())),
            Column.integer("likes", [1, 2], role: .likes),
            Column.integer("followers", [100, 100], role: .followers),
        ], kind: .posts)
        let wide = try CommandHarness(commands: ScoreModule.commands, datasets: [years])
        XCTAssertTrue(wide.refusal("heatmap posts engagement-rate --rows day").contains("more than the 1000"))
    }
}
