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
        Column.text("account", ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"], role: .account),
        Column.text("platform", ["x", "x", "x", "x", "ig", "ig", "ig", "ig", "ig", "x"], role: .platform),
        Column.text("voice", ["person", "person", "person", "person", "institution", "institution", "institution",
                              "institution", "institution", "person"], role: .voice),
        Column.integer("likes", [50, 90, 160, 30, 20, 35, 60, 8, 150, 25], role: .likes),
        Column.integer("followers", [1000, 3000, 9000, 27000, 2000, 5000, 12000, 40000, 60000, 6000], role: .followers),
    ], kind: .posts)

    /// The fixture's `POOLED` rows: the same ten, x/institution (2) and x/brand (3) pooled as platform x, li/person (2)
    /// too few even for the table.
    private static let pooled: Dataset = {
        var columns = posts.columns
        let extra: [(String, String, String, Int64, Int64)] = [
            ("b1", "x", "institution", 40, 4000), ("b2", "x", "institution", 12, 8000), ("b3", "x", "brand", 70, 2500),
            ("b4", "x", "brand", 33, 15000), ("b5", "x", "brand", 9, 30000), ("c1", "li", "person", 10, 500),
            ("c2", "li", "person", 80, 700)]
        /// The column's values followed by the extra rows'.
        func texts(_ index: Int, _ values: [String]) -> Column {
            Column.text(columns[index].name, (0..<10).map { row -> String? in
                if case .text(let value) = columns[index].data[row] { return value }
                return nil
            } + values.map(Optional.some), role: columns[index].role)
        }
        /// The column's numbers followed by the extra rows'.
        func integers(_ index: Int, _ values: [Int64]) -> Column {
            Column.integer(columns[index].name, (0..<10).map { row -> Int64? in
                if case .integer(let value) = columns[index].data[row] { return value }
                return nil
            } + values.map(Optional.some), role: columns[index].role)
        }
        columns = [texts(0, extra.map(\.0)), texts(1, extra.map(\.1)), texts(2, extra.map(\.2)),
                   integers(3, extra.map(\.3)), integers(4, extra.map(\.4))]
        return Dataset(name: "pooled", columns: columns, kind: .posts)
    }()

    /// Scores `dataset` and checks every account's z, expected rate and flag against the numpy reference (its
    /// `one_cell` part for a table without platform and voice columns).
    @discardableResult
    private func assertMatchesReference(_ dataset: Dataset, oneCell: Bool = false, part: String? = nil) throws
        -> Dataset {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/authenticity_reference.json")
        var reference = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        if let key = oneCell ? "one_cell" : part { reference = try XCTUnwrap(reference[key] as? [String: Any]) }
        let accounts = try XCTUnwrap(reference["accounts"] as? [String: [String: Any]])
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [dataset])
        let table = try CommandHarness.table(try harness.run("score \(dataset.name) authenticity"))
        XCTAssertEqual(table.rowCount, dataset.rowCount)
        for row in 0..<table.rowCount {
            guard case .text(let name) = table.column(named: "account")!.data[row] else { XCTFail("no account"); continue }
            let expected = try XCTUnwrap(accounts[name])
            if expected["z"] is NSNull {
                XCTAssertEqual(table.column(named: "z")!.data[row], .missing, name)
                XCTAssertEqual(table.column(named: "flagged")!.data[row], .missing, name)
                continue
            }
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
        let likes: [Double] = [50, 90, 160, 30, 20, 35, 60, 8, 150, 25]
        let followers: [Int64] = [1000, 3000, 9000, 27000, 2000, 5000, 12000, 40000, 60000, 6000]
        let ranking = Dataset(name: "ranking", columns: [
            Self.posts.columns[0], Self.posts.columns[1], Self.posts.columns[2],
            Column.integer("fans", followers, role: .followers),
            Column.decimal("er", zip(likes, followers).map { $0 / Double($1) }, role: .engagementRate),
            Column.integer("post_count", [10, 20, 30, 40, 50, 60, 70, 80, 90, 100], role: .posts),
        ], kind: .accounts)
        let table = try assertMatchesReference(ranking)
        let accounts = try XCTUnwrap(table.column(named: "account")).data
        let first = try XCTUnwrap((0..<table.rowCount).first { accounts[$0] == .text("a1") })
        XCTAssertEqual(table.column(named: "posts")!.data[first], .integer(10),
                       "an accounts table's posts are its own count")
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [ranking])
        let notes = try harness.run("score ranking authenticity --weighted").json["notes"]?.arrayValue?.compactMap(\.stringValue)
        XCTAssertTrue(notes?.contains(Words.weightedNotForListedRates.en) == true, "\(notes ?? [])")
    }

    func testTablesWithoutPlatformAndVoiceAreFittedAsOneCell() throws {
        // Both used to trap: the cell of every account came from an empty table of no columns and no rows.
        let columns = [Self.posts.columns[0], Self.posts.columns[3], Self.posts.columns[4]]
        let posts = Dataset(name: "plain", columns: columns, kind: .posts)
        try assertMatchesReference(posts, oneCell: true)
        let likes: [Double] = [50, 90, 160, 30, 20, 35, 60, 8, 150, 25]
        let followers: [Int64] = [1000, 3000, 9000, 27000, 2000, 5000, 12000, 40000, 60000, 6000]
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
        let bare = Dataset(name: "bare", columns: [Self.posts.columns[0], Column.integer("followers", Array(repeating: 5, count: 10), role: .followers)],
                           kind: .accounts)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [bare])
        XCTAssertEqual(harness.error("score bare authenticity")?.message, Words.authenticityNeedsEngagement("bare"))
    }

    func testFlagsOnlyAccountsWithBoughtFollowersInTheSimulation() throws {
        let harness = try CommandHarness(commands: ImportModule.commands + ScoreModule.commands)
        // 100 accounts fill the 10 platform and voice cells with at least 5 each (with 40, most cells are pooled).
        try harness.run("simulate posts 20000 --seed 4 --accounts 100 --bought-share 0.8")
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

    func testSmallCellsArePooledWithTheirPlatformOrLeftUnjudged() throws {
        let table = try assertMatchesReference(Self.pooled, part: "pooled")
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.pooled])
        let notes = try harness.run("score pooled authenticity").json["notes"]?.arrayValue?.compactMap(\.stringValue)
        // b1–b5 join platform x's pool, c1 and c2 the table's, which stays below 5.
        XCTAssertTrue(notes?.contains(Words.authenticityPooled(7).en) == true, "\(notes ?? [])")
        XCTAssertTrue(notes?.contains(Words.authenticityUnjudged(2).en) == true, "\(notes ?? [])")
        let z = table.column(named: "z")!.data
        let judged = (0..<table.rowCount).compactMap { z[$0].number }
        XCTAssertEqual(judged, judged.sorted(), "sorted by z")
        XCTAssertEqual(z[table.rowCount - 1], .missing, "the unjudged come last")
    }

    func testATwoAccountCellFlagsNobody() throws {
        // Today's fit gave the two z = ±5.64 and flagged whichever was lower; two accounts make no comparison.
        let pair = Dataset(name: "pair", columns: [
            Column.text("account", ["p1", "p2"], role: .account), Column.text("platform", ["x", "x"], role: .platform),
            Column.integer("likes", [50, 5], role: .likes), Column.integer("followers", [1000, 2000], role: .followers),
        ], kind: .posts)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [pair])
        let table = try CommandHarness.table(try harness.run("score pair authenticity"))
        XCTAssertEqual(table.column(named: "flagged")!.data[0], .missing)
        XCTAssertEqual(table.column(named: "flagged")!.data[1], .missing)
    }

    func testExplainNamesTheScaleTheCodeUses() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands)
        let formula = try XCTUnwrap(try harness.run("explain authenticity").json["formula"]?.stringValue)
        XCTAssertTrue(formula.contains("1.4826 × the median absolute deviation of the residuals × √(n / (n − p))"),
                      formula)
        XCTAssertFalse(formula.contains("residual standard deviation"), formula)
        XCTAssertTrue(formula.contains("fewer than 5 accounts pooled"), formula)
    }

    func testNeedsAnAccountRole() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [
            Dataset(name: "loose", columns: [Column.integer("likes", [1], role: .likes),
                                             Column.integer("followers", [10], role: .followers)])])
        XCTAssertTrue(try XCTUnwrap(harness.error("score loose authenticity")).message.text(.en).contains("account"))
    }
}
