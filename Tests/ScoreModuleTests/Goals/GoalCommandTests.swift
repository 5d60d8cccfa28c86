import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// `goal set|list|drop|check` on a small hand-made posts table.
final class GoalCommandTests: XCTestCase {
    /// Four posts: person rates 10/100 = 0.10 and 30/100 = 0.30 (median 0.20); institution 2/1000 and 6/1000 (median 0.004).
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("voice", ["person", "person", "institution", "institution"], role: .voice),
        Column.integer("likes", [10, 30, 2, 6], role: .likes),
        Column.integer("followers", [100, 100, 1000, 1000], role: .followers),
    ], kind: .posts)

    private func harness() throws -> CommandHarness {
        try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts])
    }

    func testCheckComparesTheMedianOfEachGroupWithTheTarget() throws {
        let harness = try harness()
        try harness.run("goal set er posts engagement-rate >= 3% by voice")
        let table = try CommandHarness.table(try harness.run("goal check"))
        XCTAssertEqual(table.rowCount, 2)
        // Groups sort ascending: institution (median 0.004, gap 0.004 - 0.03 = -0.026), person (0.20, gap 0.17).
        XCTAssertEqual(table.column(named: "group")?.data[0], .text("voice=institution"))
        XCTAssertEqual(table.column(named: "actual")?.data[0].number ?? .nan, 0.004, accuracy: 1e-12)
        XCTAssertEqual(table.column(named: "met")?.data[0], .boolean(false))
        XCTAssertEqual(table.column(named: "gap")?.data[0].number ?? .nan, -0.026, accuracy: 1e-12)
        XCTAssertEqual(table.column(named: "actual")?.data[1].number ?? .nan, 0.20, accuracy: 1e-12)
        XCTAssertEqual(table.column(named: "met")?.data[1], .boolean(true))
        XCTAssertEqual(table.column(named: "target")?.data[1].number ?? .nan, 0.03, accuracy: 1e-15)
    }

    func testPercentAndFractionTargetsAreTheSame() throws {
        let harness = try harness()
        try harness.run("goal set a posts engagement-rate >= 3%")
        try harness.run("goal set b posts engagement-rate >= 0.03")
        try harness.run("goal set c posts engagement-rate >= 3,0%")
        let table = try CommandHarness.table(try harness.run("goal check"))
        let targets = (0..<table.rowCount).compactMap { table.column(named: "target")?.data[$0].number }
        XCTAssertEqual(targets.count, 3)
        for target in targets { XCTAssertEqual(target, 0.03, accuracy: 1e-15) }
    }

    func testWhereClauseRestrictsTheRows() throws {
        let harness = try harness()
        try harness.run("goal set inst posts engagement-rate <= 1% where voice == \"institution\"")
        let table = try CommandHarness.table(try harness.run("goal check"))
        XCTAssertEqual(table.column(named: "actual")?.data[0].number ?? .nan, 0.004, accuracy: 1e-12)
        XCTAssertEqual(table.column(named: "met")?.data[0], .boolean(true))
    }

    func testScoreShowsTheGoalsOfItsMetric() throws {
        let harness = try harness()
        try harness.run("goal set er posts engagement-rate >= 3%")
        let result = try harness.run("score posts engagement-rate by voice")
        let tables = result.blocks.compactMap { block -> Dataset? in
            if case .table(let dataset, _) = block { return dataset }
            return nil
        }
        XCTAssertEqual(tables.count, 2)
        XCTAssertEqual(tables.last?.column(named: "goal")?.data[0], .text("er"))
        XCTAssertNotNil(result.json["goals"])
        let other = try harness.run("score posts interactions")
        XCTAssertNil(other.json["goals"])
    }

    func testListDropAndBadInputLeaveGoalsAsTheyWere() throws {
        let harness = try harness()
        try harness.run("goal set er posts engagement-rate >= 3%")
        XCTAssertEqual(try CommandHarness.table(try harness.run("goal list")).rowCount, 1)
        XCTAssertNotNil(harness.error("goal set er posts engagement-rate >= 5%"), "exists without --replace")
        XCTAssertNotNil(harness.error("goal set x posts engagement-rate >= lots"))
        XCTAssertNotNil(harness.error("goal set x posts engagement-rate => 3%"))
        XCTAssertNotNil(harness.error("goal set x posts cpm <= 3"), "no spend role")
        XCTAssertNotNil(harness.error("goal set x nothere engagement-rate >= 3%"))
        XCTAssertNotNil(harness.error("goal drop nothere"))
        XCTAssertEqual(Array(harness.workspace.goals.keys), ["er"])
        try harness.run("goal set er posts engagement-rate >= 5% --replace")
        try harness.run("goal drop er")
        XCTAssertTrue(harness.workspace.goals.isEmpty)
    }

    func testRowsOfMetricsWithMoreThanTheGroupsAreLabelledApart() throws {
        // Three comments at 0 h; staff answers one after 1 h, the agency one after 5 h, one stays unanswered.
        let replies = Dataset(name: "replies", columns: [
            Column.text("comment", ["c1", "c2", "c3"], role: .commentID),
            Column(name: "commented_at", role: .commentedAt, data: .time([0, 0, 0], MissingMask())),
            Column(name: "replied_at", role: .repliedAt, data: .time([3600, 18000, 0], MissingMask(flags: [false, false, true]))),
            Column.text("responder", ["staff", "agency", nil], role: .responder),
        ])
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [replies])
        try harness.run("goal set answered replies responsiveness >= 50%")
        let table = try CommandHarness.table(try harness.run("goal check"))
        let groups = (0..<table.rowCount).compactMap { row -> String? in
            if case .text(let text) = table.column(named: "group")!.data[row] { return text }
            return nil
        }
        XCTAssertEqual(Set(groups).count, groups.count, "labels must tell the rows apart: \(groups)")
        XCTAssertTrue(groups.contains { $0.contains("staff") }, "\(groups)")
    }
}
