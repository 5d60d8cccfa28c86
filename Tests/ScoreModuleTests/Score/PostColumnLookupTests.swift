import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// `score … by account --posts NAME`: the account of each interaction looked up from the posts it names.
final class PostColumnLookupTests: XCTestCase {
    /// Two accounts' posts; p9 is not among the interactions, and the interactions name p4, which no post is.
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("post_id", ["p1", "p2", "p3", "p9"], role: .postID),
        Column.text("account", ["shop", "shop", "ceo", "ceo"], role: .account),
    ], kind: .posts)

    /// Hand-made interactions, all on one day: ann likes and comments on shop (3 points), bob likes shop (1) and
    /// shares ceo (3), cyd likes ceo (1), and dan likes p4, a post not in `posts`.
    private static let interactions = Dataset(name: "interactions", columns: [
        Column.text("person", ["ann", "ann", "bob", "bob", "cyd", "dan"], role: .person),
        Column.text("post_id", ["p1", "p2", "p1", "p3", "p3", "p4"], role: .postID),
        Column.text("type", ["like", "comment", "like", "share", "like", "like"], role: .interactionType),
        Column(name: "time", role: .time, data: .time(Array(repeating: 1_750_000_000, count: 6), MissingMask())),
    ], kind: .interactions)

    func testStagesPerAccountOfThePostsCounted() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts, Self.interactions])
        let result = try harness.run("score interactions relationship-stages by account --posts posts")
        let table = try CommandHarness.table(result)
        // By hand: groups in key order: (missing) for dan's p4, ceo {bob 3, cyd 1}, shop {ann 3, bob 1};
        // every one of them is an acquaintance (1–4 points), nobody a friend (5+).
        let accounts = table.column(named: "account")!.data
        let people = table.column(named: "people")!.data
        let acquaintances = table.column(named: "acquaintances")!.data
        var byAccount: [String: (Cell, Cell)] = [:]
        for row in 0..<table.rowCount {
            if case .text(let account) = accounts[row] { byAccount[account] = (people[row], acquaintances[row]) }
        }
        XCTAssertEqual(byAccount["ceo"]?.0, .integer(2))
        XCTAssertEqual(byAccount["ceo"]?.1, .integer(2))
        XCTAssertEqual(byAccount["shop"]?.0, .integer(2))
        let warnings = result.blocks.compactMap { block -> String? in
            if case .warning(let message) = block { return message.en }
            return nil
        }
        XCTAssertEqual(warnings, [Words.postsNotFound(1, of: 6).en])
        XCTAssertNil(try harness.workspace.dataset(named: "interactions").column(named: "account"),
                     "the looked-up column is not written into the interactions")
    }

    func testWithoutPostsTheMissingColumnPointsAtTheFlag() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts, Self.interactions])
        XCTAssertEqual(harness.error("score interactions relationship-stages by account")?.message,
                       Words.unknownColumnLookUpInPosts("account", in: "interactions"))
        XCTAssertEqual(harness.error("score interactions relationship-stages by acount --posts posts")?.message,
                       Words.unknownColumn("acount", in: "posts").suggesting("account"))
    }

    func testAPostsDatasetGetsNoPostsHintAndAnUnneededPostsIsSaid() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts, Self.interactions])
        XCTAssertEqual(harness.error("score posts relationship-stages by missing")?.message,
                       Words.unknownColumn("missing", in: "posts"), "posts need no --posts")
        let result = try harness.run("score interactions relationship-stages --posts posts --per-post")
        let warnings = result.blocks.compactMap { block -> Message? in
            if case .warning(let message) = block { return message }
            return nil
        }
        XCTAssertEqual(warnings.map(\.en), [Words.postsNotNeeded("interactions").en], "also on the --per-post path")
    }

    func testAPostsDatasetWithoutPostIDsIsRefused() throws {
        let bare = Dataset(name: "bare", columns: [Column.text("account", ["shop"])])
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [bare, Self.interactions])
        XCTAssertEqual(harness.error("score interactions relationship-stages by account --posts bare")?.message,
                       Words.lookupNeedsPostID("bare"))
    }
}
