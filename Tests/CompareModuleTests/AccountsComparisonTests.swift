import Analytics
import CompareModule
import RapportCore
import RapportTestSupport
import XCTest

/// `compare --accounts` records its sentence in English and German in the stored table's source.
final class AccountsComparisonTests: XCTestCase {
    /// Account a: 100 followers, rates 10/100 and 30/100 (median 0.20); b: 1000 followers, 2/1000 and 6/1000 (median 0.004).
    /// Reach: a 50 and 150, b 20 and 20.
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("account", ["a", "a", "b", "b"], role: .account),
        Column.integer("likes", [10, 30, 2, 6], role: .likes),
        Column.integer("followers", [100, 100, 1000, 1000], role: .followers),
        Column.integer("reach", [50, 150, 20, 20], role: .reach),
    ], kind: .posts)

    func testThePooledValueIsTheMetricsOwnRatio() throws {
        let harness = try CommandHarness(commands: CompareModule.commands, datasets: [Self.posts])
        try harness.run("compare posts engagement-rate --accounts a,b --denominator reach")
        // By reach: a (10 + 30) / (50 + 150) = 0.2, b (2 + 6) / (20 + 20) = 0.2; medians a (0.2 + 0.2) / 2, b (0.1 + 0.3) / 2.
        let pooled = try harness.numbers("posts-engagement-rate-accounts", "pooled")
        XCTAssertEqual(pooled[0] ?? .nan, 0.2, accuracy: 1e-12)
        XCTAssertEqual(pooled[1] ?? .nan, 0.2, accuracy: 1e-12, "not interactions over followers (8 / 2000)")
        let medians = try harness.numbers("posts-engagement-rate-accounts", "median")
        XCTAssertEqual(medians[1] ?? .nan, 0.2, accuracy: 1e-12)
        try harness.run("compare posts interactions --accounts a,b")
        XCTAssertEqual(try harness.numbers("posts-interactions-accounts", "pooled"), [nil, nil], "a count has no pooled ratio")
    }

    func testTableRecordsTheSentenceInBothLanguages() throws {
        let harness = try CommandHarness(commands: CompareModule.commands, datasets: [Self.posts])
        try harness.run("compare posts engagement-rate --accounts a,b")
        let entry = try XCTUnwrap(harness.workspace.entry(named: "posts-engagement-rate-accounts"))
        XCTAssertEqual(entry.origin?.finding?.kind, .compareAccounts)
        let record = try XCTUnwrap(entry.origin?.finding?.sentence)
        // Ratio of medians by hand: 0.20 / 0.004 = 50.
        XCTAssertEqual(record.en, "a (100 followers) and b (1000 followers) on one scale: the median engagement-rate of a is 50 times that of b.")
        XCTAssertEqual(record.de, "a (100 Follower) und b (1000 Follower) auf einer Skala: die Median-engagement-rate von a ist das 50-Fache von b.")
    }
}
