import Analytics
import RapportCore
import XCTest

/// Relationship stages against pandas on Fixtures/relationship_interactions.csv and against hand-worked small tables.
final class RelationshipStagesTests: XCTestCase {
    /// The interactions fixture with the roles of the interactions preset.
    private func fixture() throws -> Dataset {
        try RelationshipFixtures.dataset("relationship_interactions.csv", name: "interactions", columns: [
            "person": (.text, .person), "post_id": (.text, .postID), "type": (.text, .interactionType), "time": (.time, .time),
        ])
    }

    /// Checks the counts per group and the stage of every row against a reference entry.
    private func check(_ outcome: MetricOutcome, against key: String, grouped: Bool,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let reference = try XCTUnwrap(RelationshipFixtures.reference[key] as? [String: Any], file: file, line: line)
        let groups = try XCTUnwrap(reference["groups"] as? [[String: Any]], file: file, line: line)
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "people").count, groups.count, file: file, line: line)
        for (index, group) in groups.enumerated() {
            if grouped {
                XCTAssertEqual(RelationshipFixtures.texts(outcome.columns, "account")[index], group["account"] as? String,
                               file: file, line: line)
            }
            let people = try XCTUnwrap(RelationshipFixtures.number(group, "people"), file: file, line: line)
            XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "people")[index], people, file: file, line: line)
            for stage in RelationshipStages.stages {
                let count = try XCTUnwrap(RelationshipFixtures.number(group, stage + "s"), file: file, line: line)
                XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, stage + "s")[index], count, stage, file: file, line: line)
                let share = try XCTUnwrap(RelationshipFixtures.numbers(outcome.columns, stage + "_share")[index], file: file, line: line)
                XCTAssertEqual(share, count / people, accuracy: 1e-12, stage, file: file, line: line)
            }
        }
        let perRow = try XCTUnwrap(outcome.perRow, file: file, line: line)
        let expected = try XCTUnwrap(reference["per_row"] as? [String], file: file, line: line)
        XCTAssertEqual((0..<perRow.count).map { row -> String? in
            if case .text(let stage) = perRow.data[row] { return stage }
            return nil
        }, expected, file: file, line: line)
    }

    func testFixtureByAccountMatchesPandas() throws {
        let dataset = try fixture()
        let account = try XCTUnwrap(dataset.columnIndex(named: "account"))
        let outcome = try RelationshipStages().evaluate(MetricRequest(dataset: dataset, groupColumns: [account]))
        try check(outcome, against: "stages_by_account", grouped: true)
        XCTAssertEqual(outcome.headline, "confidant_share")
    }

    func testFixtureOverallMatchesPandas() throws {
        try check(try RelationshipStages().evaluate(MetricRequest(dataset: try fixture())), against: "stages_overall", grouped: false)
    }

    func testFixtureAsOfWithOtherThresholdsMatchesPandas() throws {
        let reference = try XCTUnwrap(RelationshipFixtures.reference["stages_as_of_custom"] as? [String: Any])
        let asOf = try XCTUnwrap(ISOTime.parse(Substring(try XCTUnwrap(reference["as_of"] as? String)))?.seconds)
        let thresholds = StageThresholds(windowDays: 90, friendPoints: 3, confidantPoints: 10, recentDays: 14)
        let outcome = try RelationshipStages().evaluate(MetricRequest(dataset: try fixture(), asOf: asOf,
                                                                      stageThresholds: thresholds))
        try check(outcome, against: "stages_as_of_custom", grouped: false)
    }

    /// Days before the latest interaction (at day 400), as seconds.
    private func day(_ number: Int64) -> Int64 { number * 86_400 }

    func testHandTableStages() throws {
        // ana: like 1 + comment 2 + share 3 + reply 4 = 10 → friend (5–19)
        // ben: 7 shares = 21 points, the last 40 days before the end → not recent: friend
        // cem: 7 shares = 21 points and a comment 10 days before the end: 23 → confidant
        // dora: one like 200 days before the end → outside the 180-day window: stranger
        // eli: one like and one "save" (no points) → 1: acquaintance
        var people: [String] = [], types: [String] = [], times: [Int64] = []
        func add(_ person: String, _ type: String, _ at: Int64) { people.append(person); types.append(type); times.append(at) }
        for (type, at) in [("like", 390), ("comment", 391), ("share", 392), ("reply", 393)] { add("ana", type, day(Int64(at))) }
        for at in 354...360 { add("ben", "share", day(Int64(at))) }
        for at in 300...306 { add("cem", "share", day(Int64(at))) }
        add("cem", "comment", day(390))
        add("dora", "like", day(200))
        add("eli", "like", day(399))
        add("eli", "save", day(400))
        let dataset = Dataset(name: "interactions", columns: [
            Column.text("person", people, role: .person), Column.text("type", types, role: .interactionType),
            Column(name: "time", role: .time, data: .time(times, MissingMask())),
        ])
        let outcome = try RelationshipStages().evaluate(MetricRequest(dataset: dataset))
        // 5 people: 1 stranger, 1 acquaintance, 2 friends, 1 confidant
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "people"), [5])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "strangers"), [1])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "acquaintances"), [1])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "friends"), [2])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "confidants"), [1])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "confidant_share"), [0.2])
        XCTAssertTrue(outcome.notes.contains(Words.unknownInteractionTypes(1)))
        let perRow = try XCTUnwrap(outcome.perRow)
        XCTAssertEqual(perRow.data[0], .text("friend"))
        XCTAssertEqual(perRow.data[people.firstIndex(of: "cem") ?? 0], .text("confidant"))
        XCTAssertEqual(perRow.data[people.firstIndex(of: "dora") ?? 0], .text("stranger"))

        // as of day 395 with the default window: eli's like (day 399) lies after the end → eli is a stranger too,
        // cem's comment (day 390) is 5 days before the end → still a confidant; ana keeps 10 points.
        let earlier = try RelationshipStages().evaluate(MetricRequest(dataset: dataset, asOf: day(395)))
        XCTAssertEqual(RelationshipFixtures.numbers(earlier.columns, "strangers"), [2])
        XCTAssertEqual(RelationshipFixtures.numbers(earlier.columns, "acquaintances"), [0])
        XCTAssertEqual(RelationshipFixtures.numbers(earlier.columns, "confidants"), [1])
    }

    func testMissingRoleIsNamed() throws {
        let dataset = Dataset(name: "interactions", columns: [
            Column.text("person", ["ana"], role: .person),
            Column(name: "time", role: .time, data: .time([0], MissingMask())),
        ])
        XCTAssertThrowsError(try RelationshipStages().evaluate(MetricRequest(dataset: dataset))) { error in
            XCTAssertEqual((error as? RapportError)?.message,
                           Words.metricNeedsRoles("relationship-stages", [.interactionType], dataset: "interactions"))
        }
    }
}
