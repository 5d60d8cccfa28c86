import Foundation
import ImportModule
import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// `score posts authenticity`: engagement too low for an account's size, against numpy (Fixtures/make_authenticity_reference.py).
final class AccountAuthenticityTests: XCTestCase {
    /// The same rows as the fixture script: one post per account.
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("account", ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"], role: .account),
        Column.text("platform", ["x", "x", "x", "x", "ig", "ig", "ig", "ig", "ig"], role: .platform),
        Column.text("voice", ["person", "person", "person", "person", "institution", "institution", "institution",
                              "institution", "institution"], role: .voice),
        Column.integer("likes", [50, 90, 160, 30, 20, 35, 60, 8, 150], role: .likes),
        Column.integer("followers", [1000, 3000, 9000, 27000, 2000, 5000, 12000, 40000, 60000], role: .followers),
    ], kind: .posts)

    /// Scores `dataset` and checks every account's z, expected rate and flag against the numpy reference (its
    /// `one_cell` part for a table without platform and voice columns).
    @discardableResult
    private func assertMatchesReference(_ dataset: Dataset, oneCell: Bool = false) throws -> Dataset {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/authenticity_reference.json")
        var reference = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        if oneCell { reference = try XCTUnwrap(reference["one_cell"] as? [String: Any]) }
        let accounts = try XCTUnwrap(reference["accounts"] as? [String: [String: Any]])
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [dataset])
        let table = try CommandHarness.table(try harness.run("score \(dataset.name) authenticity"))
        XCTAssertEqual(table.rowCount, 9)
        for row in 0..<table.rowCount {
            guard case .text(let name) = table.column(named: "account")!.data[row] else { XCTFail("no account"); continue }
            let expected = try XCTUnwrap(accounts[name])
            XCTAssertEqual(table.column(named: "z")!.data[row].number!, expected["z"] as! Double, accuracy: 1e-9, name)
            XCTAssertEqual(table.column(named: "expected_rate")!.data[row].number!, expected["expected_rate"] as! Double,
                           accuracy: 1e-12, name)
            XCTAssertEqual(table.column(named: "flagged")!.data[row], .boolean(expected["flagged"] as! Bool), name)
        }
        return table
    }

    func testMatchesNumpyLeastSquaresWithCellLevels() throws {
        try assertMatchesReference(Self.posts)
    }

    func testAnAccountsTableWithEngagementRatesMatchesTheSameNumpyReference() throws {
        // The same nine accounts as a ranking lists them: the rate is likes / followers of the fixture's one post.
        let likes: [Double] = [50, 90, 160, 30, 20, 35, 60, 8, 150]
        let followers: [Int64] = [1000, 3000, 9000, 27000, 2000, 5000, 12000, 40000, 60000]
        let ranking = Dataset(name: "ranking", columns: [
            Self.posts.columns[0], Self.posts.columns[1], Self.posts.columns[2],
            Column.integer("fans", followers, role: .followers),
            Column.decimal("er", zip(likes, followers).map { $0 / Double($1) }, role: .engagementRate),
            Column.integer("post_count", [10, 20, 30, 40, 50, 60, 70, 80, 90], role: .posts),
        ], kind: .accounts)
        let table = try assertMatchesReference(ranking)
        XCTAssertEqual(table.column(named: "posts")!.data[0], .integer(10), "an accounts table's posts are its own count")
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [ranking])
        let notes = try harness.run("score ranking authenticity --weighted").json["notes"]?.arrayValue?.compactMap(\.stringValue)
        XCTAssertTrue(notes?.contains(Words.weightedNotForListedRates.en) == true, "\(notes ?? [])")
    }

    func testTablesWithoutPlatformAndVoiceAreFittedAsOneCell() throws {
        // Both used to trap: the cell of every account came from an empty table of no columns and no rows.
        let columns = [Self.posts.columns[0], Self.posts.columns[3], Self.posts.columns[4]]
        let posts = Dataset(name: "plain", columns: columns, kind: .posts)
        try assertMatchesReference(posts, oneCell: true)
        let likes: [Double] = [50, 90, 160, 30, 20, 35, 60, 8, 150]
        let followers: [Int64] = [1000, 3000, 9000, 27000, 2000, 5000, 12000, 40000, 60000]
        let ranking = Dataset(name: "ranking", columns: [
            Self.posts.columns[0], Column.integer("fans", followers, role: .followers),
            Column.decimal("er", zip(likes, followers).map { $0 / Double($1) }, role: .engagementRate),
        ], kind: .accounts)
        try assertMatchesReference(ranking, oneCell: true)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [ranking])
        let notes = try harness.run("score ranking authenticity").json["notes"]?.arrayValue?.compactMap(\.stringValue)
        XCTAssertTrue(notes?.contains(Words.authenticityOneCell("ranking").en) == true, "\(notes ?? [])")
    }

    func testAnAccountsTableWithoutEngagementSaysWhatItNeeds() throws {
        let bare = Dataset(name: "bare", columns: [Self.posts.columns[0], Column.integer("followers", Array(repeating: 5, count: 9), role: .followers)],
                           kind: .accounts)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [bare])
        XCTAssertEqual(harness.error("score bare authenticity")?.message, Words.authenticityNeedsEngagement("bare"))
    }

    func testFlagsOnlyAccountsWithBoughtFollowersInTheSimulation() throws {
        let harness = try CommandHarness(commands: ImportModule.commands + ScoreModule.commands)
        try harness.run("simulate posts 20000 --seed 4 --accounts 40 --bought-share 0.8")
        try harness.run("score posts authenticity")
        let flags = try harness.cells("posts-authenticity", "flagged")
        let accounts = try harness.cells("posts-authenticity", "account")
        var flagged: [Int] = []
        for (row, flag) in flags.enumerated() where flag == .boolean(true) {
            guard case .text(let id) = accounts[row], let number = Int(id.dropFirst()) else { return XCTFail("account id") }
            flagged.append(number - 1)
        }
        // The simulator gives bought followers to every 4th account: indices 3, 7, 11 … (AccountRoster).
        XCTAssertGreaterThanOrEqual(flagged.count, 3)
        for index in flagged { XCTAssertEqual(index % 4, 3, "account index \(index) has no bought followers") }
    }

    func testNeedsAnAccountRole() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [
            Dataset(name: "loose", columns: [Column.integer("likes", [1], role: .likes),
                                             Column.integer("followers", [10], role: .followers)])])
        XCTAssertTrue(try XCTUnwrap(harness.error("score loose authenticity")).message.text(.en).contains("account"))
    }
}
