import CompareModule
import ImportModule
import RapportCore
import RapportTestSupport
import XCTest

/// `compare --split`, `--around … --window` and `--accounts` on hand-made posts, and the simulated premium.
final class PeriodAndAccountsComparisonTests: XCTestCase {
    private static let day: Int64 = 86_400
    /// 2025-03-01T00:00:00Z.
    private static let march: Int64 = 1_740_787_200

    /// Six posts of two accounts, three before March and three from March 1st.
    /// Rates: before 0.01, 0.02, 0.03 (median 0.02); from 0.05, 0.06, 0.07 (median 0.06).
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("account", ["big", "big", "small", "small", "big", "small"], role: .account),
        Column(name: "published", role: .published, data: .time(
            [march - 10 * day, march - 3 * day, march - 1 * day, march, march + 2 * day, march + 12 * day], MissingMask())),
        Column.integer("likes", [10, 20, 3, 5, 60, 7], role: .likes),
        Column.integer("followers", [1000, 1000, 100, 100, 1000, 100], role: .followers),
    ], kind: .posts)

    /// One event on March 1st at noon.
    private static let events = Dataset(name: "events", columns: [
        Column(name: "published", role: .published, data: .time([march + day / 2], MissingMask())),
    ])

    private func harness() throws -> CommandHarness {
        try CommandHarness(commands: ImportModule.commands + CompareModule.commands, datasets: [Self.posts, Self.events])
    }

    func testSplitComparesFromTheDateAgainstBefore() throws {
        let harness = try harness()
        let result = try harness.run("compare posts engagement-rate --split 2025-03-01")
        let sentence = try XCTUnwrap(result.json["sentence"]?.stringValue)
        XCTAssertTrue(sentence.hasPrefix("Posts from 2025-03-01 earned 3 times"), sentence)
        XCTAssertTrue(sentence.contains("the engagement-rate of posts before 2025-03-01"), sentence)
        let medians = try harness.numbers("posts-engagement-rate-split", "median")
        XCTAssertEqual(medians[0] ?? .nan, 0.06, accuracy: 1e-12)
        XCTAssertEqual(medians[1] ?? .nan, 0.02, accuracy: 1e-12)
        let ratio = try harness.numbers("posts-engagement-rate-split-pairs", "ratio")
        XCTAssertEqual(ratio[0] ?? .nan, 3, accuracy: 1e-12)
    }

    func testAroundTakesTheWindowBeforeAndAfterEachEvent() throws {
        let harness = try harness()
        // Event 2025-03-01 12:00; window 7 days: before = Feb 22 12:00 … event (posts at -3 d, -1 d, 0 d 00:00),
        // after = event … Mar 8 12:00 (post at +2 d); -10 d and +12 d fall outside.
        try harness.run("compare posts engagement-rate --around events --window 7")
        let counts = try harness.numbers("posts-engagement-rate-around", "posts")
        XCTAssertEqual(counts, [1, 3])
        let medians = try harness.numbers("posts-engagement-rate-around", "median")
        XCTAssertEqual(medians[0] ?? .nan, 0.06, accuracy: 1e-12)
        XCTAssertEqual(medians[1] ?? .nan, 0.03, accuracy: 1e-12)
        XCTAssertFalse(harness.workspace.contains("posts-engagement-rate-split"), "no split was run yet")
        try harness.run("compare posts engagement-rate --split 2025-03-01")
        XCTAssertEqual(try harness.numbers("posts-engagement-rate-around", "posts"), [1, 3], "a split does not replace it")
        XCTAssertNotNil(harness.error("compare posts engagement-rate --around events --window 0"))
        XCTAssertNotNil(harness.error("compare posts engagement-rate --around nothere"))
    }

    func testAccountsSideBySide() throws {
        let harness = try harness()
        try harness.run("compare posts engagement-rate --accounts big,small")
        let table = try harness.workspace.dataset(named: "posts-engagement-rate-accounts")
        // big: followers 1000, 3 posts, interactions 10, 20, 60 (mean 30), rates 0.01, 0.02, 0.06 (median 0.02), pooled 90/3000.
        XCTAssertEqual(table.column(named: "followers")?.data[0].number, 1000)
        XCTAssertEqual(table.column(named: "posts")?.data[0], .integer(3))
        XCTAssertEqual(table.column(named: "interactions_per_post")?.data[0].number ?? .nan, 30, accuracy: 1e-12)
        XCTAssertEqual(table.column(named: "median")?.data[0].number ?? .nan, 0.02, accuracy: 1e-12)
        XCTAssertEqual(table.column(named: "pooled")?.data[0].number ?? .nan, 0.03, accuracy: 1e-12)
        // small: rates 0.03, 0.05, 0.07 (median 0.05), pooled 15/300.
        XCTAssertEqual(table.column(named: "median")?.data[1].number ?? .nan, 0.05, accuracy: 1e-12)
        XCTAssertEqual(table.column(named: "pooled")?.data[1].number ?? .nan, 0.05, accuracy: 1e-12)
        XCTAssertNotNil(harness.error("compare posts engagement-rate --accounts big"))
        XCTAssertNotNil(harness.error("compare posts engagement-rate --accounts big,nobody"))
    }

    func testRecoversTheSimulatedPersonPremiumWithinItsInterval() throws {
        let harness = try CommandHarness(commands: ImportModule.commands + CompareModule.commands)
        try harness.run("simulate posts 8000 --seed 21 --person-premium 3")
        try harness.run("compare posts engagement-rate by voice --groups person,institution")
        let pairs = try harness.workspace.dataset(named: "posts-engagement-rate-by-voice-pairs")
        let low = try XCTUnwrap(pairs.column(named: "ratio_low")?.data[0].number)
        let high = try XCTUnwrap(pairs.column(named: "ratio_high")?.data[0].number)
        XCTAssertTrue(low <= 3 && 3 <= high, "premium 3 outside [\(low), \(high)]")
        XCTAssertLessThan(try XCTUnwrap(pairs.column(named: "p_mwu")?.data[0].number), 0.001)
    }
}
