import Analytics
import CompareModule
import RapportCore
import RapportTestSupport
import XCTest

/// `compare --accounts` records its sentence in English and German in the stored table's source.
final class AccountsComparisonTests: XCTestCase {
    /// Account a: 100 followers, rates 10/100 and 30/100 (median 0.20); b: 1000 followers, 2/1000 and 6/1000 (median 0.004).
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("account", ["a", "a", "b", "b"], role: "account"),
        Column.integer("likes", [10, 30, 2, 6], role: "likes"),
        Column.integer("followers", [100, 100, 1000, 1000], role: "followers"),
    ], kind: "posts")

    func testTableRecordsTheSentenceInBothLanguages() throws {
        let harness = try CommandHarness(commands: CompareModule.commands, datasets: [Self.posts])
        try harness.run("compare posts engagement-rate --accounts a,b")
        let entry = try XCTUnwrap(harness.workspace.entry(named: "posts-engagement-rate-accounts"))
        let record = try XCTUnwrap(ComparisonSource(source: entry.source))
        // Ratio of medians by hand: 0.20 / 0.004 = 50.
        XCTAssertEqual(record.en, "a (100 followers) and b (1000 followers) on one scale: the median engagement-rate of a is 50 times that of b.")
        XCTAssertEqual(record.de, "a (100 Follower) und b (1000 Follower) auf einer Skala: die Median-engagement-rate von a ist das 50-Fache von b.")
    }
}
