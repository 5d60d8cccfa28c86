import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// Cost metrics and the reach-waste fallback on a hand-made table, the arithmetic in comments.
final class CostAndWasteTests: XCTestCase {
    /// Posts 1–3 are paid (spend 10, 20, 30), post 4 is organic; post 3 got no clicks.
    private static let posts = Dataset(name: "posts", columns: [
        Column.decimal("spend", [10, 20, 30, 0], role: .spend),
        Column.integer("impressions", [1000, 4000, 5000, 9000], role: .impressions),
        Column.integer("clicks", [5, 10, 0, 7], role: .clicks),
        Column.integer("likes", [8, 30, 10, 50], role: .likes),
        Column.integer("comments", [2, 10, 5, 10], role: .comments),
        Column.integer("reach", [500, 2000, 3000, 6000], role: .reach),
    ], kind: .posts)

    private func value(_ harness: CommandHarness, _ line: String, _ column: String) throws -> Double {
        try XCTUnwrap(CommandHarness.table(try harness.run(line)).column(named: column)?.data[0].number, line)
    }

    func testCostsCountPaidPostsOnly() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts])
        // CPM per paid post: 10/1000·1000 = 10, 20/4000·1000 = 5, 30/5000·1000 = 6 → median 6; pooled 60·1000/10000 = 6.
        XCTAssertEqual(try value(harness, "score posts cpm", "median"), 6, accuracy: 1e-12)
        XCTAssertEqual(try value(harness, "score posts cpm", "pooled"), 6, accuracy: 1e-12)
        XCTAssertEqual(try value(harness, "score posts cpm", "posts"), 3)
        // CPC: 10/5 = 2, 20/10 = 2, post 3 has no clicks (no CPC of its own) → median 2; pooled 60/15 = 4.
        XCTAssertEqual(try value(harness, "score posts cpc", "median"), 2, accuracy: 1e-12)
        XCTAssertEqual(try value(harness, "score posts cpc", "pooled"), 4, accuracy: 1e-12)
        // Cost per engagement: interactions 10, 40, 15 → 1, 0.5, 2 → median 1; pooled 60/65.
        XCTAssertEqual(try value(harness, "score posts cost-per-engagement", "median"), 1, accuracy: 1e-12)
        XCTAssertEqual(try value(harness, "score posts cost-per-engagement", "pooled"), 60.0 / 65, accuracy: 1e-12)
    }

    func testReachWasteFallsBackToInteractionsAndSaysSo() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts])
        // Without engaged users: 1 − 10/500 = 0.98, 1 − 40/2000 = 0.98, 1 − 15/3000 = 0.995, 1 − 60/6000 = 0.99
        // → median (0.98 + 0.99)/2 = 0.985; pooled 1 − 125/11500.
        let result = try harness.run("score posts reach-waste")
        let table = try CommandHarness.table(result)
        XCTAssertEqual(table.column(named: "median")?.data[0].number ?? .nan, 0.985, accuracy: 1e-12)
        XCTAssertEqual(table.column(named: "pooled")?.data[0].number ?? .nan, 1 - 125.0 / 11500, accuracy: 1e-12)
        let notes = result.json["notes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        XCTAssertTrue(notes.contains { $0.contains("weaker proxy") }, "\(notes)")
    }

    func testCostsNameTheCurrencySetting() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts])
        let notes = { (line: String) in try harness.run(line).json["notes"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        XCTAssertTrue(try notes("score posts cpm").contains(Words.amountsIn("EUR").en))
        try harness.workspace.perform(command: "set currency CHF", logged: false) { try harness.workspace.setSetting("currency", to: "CHF") }
        XCTAssertTrue(try notes("score posts cpc").contains(Words.amountsIn("CHF").en))
        XCTAssertEqual(try value(harness, "score posts cpc", "median"), 2, accuracy: 1e-12, "a label only: nothing is converted")
    }
}
