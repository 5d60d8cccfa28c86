import Analytics
import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// A `score` flag the metric does not use draws a warning, so nobody reads a result as if it had been applied.
final class IgnoredOptionsTests: XCTestCase {
    /// Two posts: likes 10 and 20, comments 2 and 4, followers 100 and 200, reach 50 and 100.
    private static let posts = Dataset(name: "posts", columns: [
        Column.integer("likes", [10, 20], role: .likes), Column.integer("comments", [2, 4], role: .comments),
        Column.integer("followers", [100, 200], role: .followers), Column.integer("reach", [50, 100], role: .reach),
        Column.text("text", ["Hallo du", "Guten Tag, Sie"], role: .text),
    ], kind: .posts)

    private func warnings(_ result: CommandResult) -> [Message] {
        result.blocks.compactMap { block in
            if case .warning(let message) = block { return message }
            return nil
        }
    }

    func testAFlagTheMetricIgnoresIsNamedAndChangesNothing() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts])
        let plain = try CommandHarness.table(try harness.run("score posts engagement-rate"))
        let flagged = try harness.run("score posts engagement-rate --unit post")
        XCTAssertEqual(warnings(flagged), [Words.optionIgnored("unit", metric: "engagement-rate")])
        // (10 + 2) / 100 = 0.12 and (20 + 4) / 200 = 0.12 either way: the unit was not applied.
        XCTAssertEqual(try CommandHarness.table(flagged).column(named: "median"), plain.column(named: "median"))
        let tone = try harness.run("score posts tone --weighted --denominator reach")
        XCTAssertEqual(Set(warnings(tone).map(\.en)), [Words.optionIgnored("weighted", metric: "tone").en,
                                                        Words.optionIgnored("denominator", metric: "tone").en])
    }

    func testFlagsTheMetricUsesDrawNoWarning() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts])
        XCTAssertEqual(warnings(try harness.run("score posts applause-rate --unit post")), [])
        let weighted = try harness.run("score posts engagement-rate --weighted --denominator reach")
        XCTAssertEqual(warnings(weighted), [])
        // Weighted: (10 + 2 × 2) / 50 = 0.28 and (20 + 2 × 4) / 100 = 0.28.
        XCTAssertEqual(try CommandHarness.table(weighted).column(named: "median")?.data[0].number ?? 0, 0.28, accuracy: 1e-12)
    }
}
