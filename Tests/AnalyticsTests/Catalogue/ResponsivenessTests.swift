import Analytics
import RapportCore
import XCTest

/// Responsiveness against pandas/scipy on Fixtures/relationship_replies.csv and against hand-worked small tables.
final class ResponsivenessTests: XCTestCase {
    /// The replies fixture with the roles of the replies preset.
    private func fixture() throws -> Dataset {
        try RelationshipFixtures.dataset("relationship_replies.csv", name: "replies", columns: [
            "comment_id": (.text, .commentID), "post_id": (.text, .postID), "commented_at": (.time, .commentedAt),
            "replied_at": (.time, .repliedAt), "replied_by": (.text, .repliedBy), "responder": (.text, .responder),
        ])
    }

    func testFixtureByAccountMatchesPandas() throws {
        let dataset = try fixture()
        let account = try XCTUnwrap(dataset.columnIndex(named: "account"))
        let outcome = try Responsiveness().evaluate(MetricRequest(dataset: dataset, groupColumns: [account]))
        let accounts = RelationshipFixtures.texts(outcome.columns, "account")
        let responders = RelationshipFixtures.texts(outcome.columns, "responder")
        let expected = RelationshipFixtures.rows("responsiveness_by_account")
        XCTAssertEqual(accounts.count, expected.count)
        for row in expected {
            let responder = row["responder"] as? String
            guard let index = accounts.indices.first(where: { accounts[$0] == row["account"] as? String && responders[$0] == responder }) else {
                XCTFail("no result row for \(row)"); continue
            }
            XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "comments")[index], RelationshipFixtures.number(row, "comments"))
            XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "answered")[index], RelationshipFixtures.number(row, "answered"))
            for (column, key) in [("answered_share", "share"), ("share_lower", "lower"), ("share_upper", "upper"),
                                  ("median_hours", "median_hours"), ("p90_hours", "p90_hours")] {
                let actual = RelationshipFixtures.numbers(outcome.columns, column)[index]
                let wanted = RelationshipFixtures.number(row, key)
                XCTAssertEqual(actual == nil, wanted == nil, "\(column) of \(row)")
                if let actual, let wanted { XCTAssertEqual(actual, wanted, accuracy: 1e-9, "\(column) of \(row)") }
            }
        }
        XCTAssertEqual(outcome.headline, "answered_share")
    }

    func testPerRowHoursMatchPandas() throws {
        let outcome = try Responsiveness().evaluate(MetricRequest(dataset: try fixture()))
        let expected = try XCTUnwrap(RelationshipFixtures.reference["responsiveness_hours"] as? [Any])
        let perRow = try XCTUnwrap(outcome.perRow)
        XCTAssertEqual(perRow.count, expected.count)
        for (row, value) in expected.enumerated() {
            let wanted = (value as? NSNumber)?.doubleValue
            let actual = perRow.data[row].number
            XCTAssertEqual(actual == nil, wanted == nil, "row \(row)")
            if let actual, let wanted { XCTAssertEqual(actual, wanted, accuracy: 1e-9, "row \(row)") }
        }
    }

    /// Four comments at 00:00: staff answer after 1 h and 3 h, the agency after 10 h and not at all.
    private func handTable(withResponder: Bool = true) -> Dataset {
        let hour: Int64 = 3600
        var columns = [
            Column(name: "at", role: .commentedAt, data: .time([0, 0, 0, 0], MissingMask())),
            Column(name: "answer", role: .repliedAt, data: .time([hour, 3 * hour, 10 * hour, 0],
                                                                   MissingMask(flags: [false, false, false, true]))),
        ]
        if withResponder { columns.append(Column.text("who", ["staff", "staff", "agency", "agency"], role: .responder)) }
        return Dataset(name: "replies", columns: columns)
    }

    func testHandTableOverallAndPerResponder() throws {
        let outcome = try Responsiveness().evaluate(MetricRequest(dataset: handTable()))
        XCTAssertEqual(RelationshipFixtures.texts(outcome.columns, "responder"), ["all", "agency", "staff"])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "comments"), [4, 2, 2])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "answered"), [3, 1, 2])
        // shares: 3/4, 1/2, 2/2
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "answered_share"), [0.75, 0.5, 1])
        // Wilson 95 % for 3 of 4: z² = 3.841459, centre (6 + z²) / (2 (4 + z²)) = 0.627527,
        // half width z / 15.682918 × √(3 + z²) = 0.326883 → 0.300644 … 0.954410 (scipy binomtest agrees)
        let lower = RelationshipFixtures.numbers(outcome.columns, "share_lower")
        let upper = RelationshipFixtures.numbers(outcome.columns, "share_upper")
        XCTAssertEqual(lower[0] ?? 0, 0.300644, accuracy: 1e-5)
        XCTAssertEqual(upper[0] ?? 0, 0.954410, accuracy: 1e-5)
        XCTAssertEqual(upper[2], 1, "all answered: the upper bound is 1")
        // hours: all [1, 3, 10]: median 3, p90 at position 0.9 × 2 = 1.8 → 3 + 0.8 × 7 = 8.6;
        // agency [10] (the unanswered one has no time); staff [1, 3]: median 2, p90 1 + 0.9 × 2 = 2.8
        let medians = RelationshipFixtures.numbers(outcome.columns, "median_hours")
        let p90s = RelationshipFixtures.numbers(outcome.columns, "p90_hours")
        XCTAssertEqual(medians, [3, 10, 2])
        XCTAssertEqual(p90s[0] ?? 0, 8.6, accuracy: 1e-12)
        XCTAssertEqual(p90s[2] ?? 0, 2.8, accuracy: 1e-12)
        let perRow = try XCTUnwrap(outcome.perRow)
        XCTAssertEqual((0..<4).map { perRow.data[$0].number }, [1, 3, 10, nil])
    }

    func testGroupingByTheResponderColumnIsRefusedAsItSplitsByItAlready() throws {
        let table = handTable()
        let who = try XCTUnwrap(table.columns.firstIndex { $0.name == "who" })
        XCTAssertThrowsError(try Responsiveness().evaluate(MetricRequest(dataset: table, groupColumns: [who]))) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.responderSplitAlready("who"))
        }
    }

    func testWithoutResponderOnlyTheOverallRowAndANote() throws {
        let outcome = try Responsiveness().evaluate(MetricRequest(dataset: handTable(withResponder: false)))
        XCTAssertEqual(RelationshipFixtures.texts(outcome.columns, "responder"), ["all"])
        XCTAssertTrue(outcome.notes.contains(Words.noResponderColumn))
    }

    func testReplyBeforeCommentCountsAsAnsweredWithoutTime() throws {
        let dataset = Dataset(name: "replies", columns: [
            Column(name: "at", role: .commentedAt, data: .time([7200, 0], MissingMask())),
            Column(name: "answer", role: .repliedAt, data: .time([3600, 1800], MissingMask())),
        ])
        let outcome = try Responsiveness().evaluate(MetricRequest(dataset: dataset))
        // 2 of 2 answered; only the second has a time: 1800 s = 0.5 h
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "answered_share"), [1])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "median_hours"), [0.5])
        XCTAssertTrue(outcome.notes.contains(Words.repliesBeforeComments(1)))
    }

    func testMissingRoleIsNamed() throws {
        let dataset = Dataset(name: "replies", columns: [
            Column(name: "at", role: .commentedAt, data: .time([0], MissingMask())),
        ])
        XCTAssertThrowsError(try Responsiveness().evaluate(MetricRequest(dataset: dataset))) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.metricNeedsRoles("responsiveness", [.repliedAt], dataset: "replies"))
        }
    }

    func testTextTimesAreRefused() throws {
        let dataset = Dataset(name: "replies", columns: [
            Column.text("at", ["yesterday"], role: .commentedAt),
            Column(name: "answer", role: .repliedAt, data: .time([0], MissingMask())),
        ])
        XCTAssertThrowsError(try Responsiveness().evaluate(MetricRequest(dataset: dataset))) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.roleNotTime(.commentedAt, column: "at", dataset: "replies"))
        }
    }
}
