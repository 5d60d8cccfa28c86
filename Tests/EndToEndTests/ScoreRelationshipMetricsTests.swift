import Foundation
import XCTest

/// `score` of responsiveness, relationship-stages and frequency-pressure as piped scripts on the Analytics fixtures,
/// against the pandas/scipy reference in Tests/AnalyticsTests/Fixtures/relationship_reference.json.
final class ScoreRelationshipMetricsTests: XCTestCase {
    private var home: URL!
    /// The fixtures folder of the Analytics tests.
    private let fixtures = RapportProcess.repository.appendingPathComponent("Tests/AnalyticsTests/Fixtures")

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ script: String) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "--json"], stdin: script,
                               home: home, directory: fixtures)
    }

    /// An entry of the reference file.
    private func reference(_ key: String) throws -> Any {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("relationship_reference.json"))
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(document[key])
    }

    /// The columns and rows of the JSON result of the line that ran `command`.
    private func result(of command: String, in outcome: ProcessOutcome) throws -> (columns: [String], rows: [[Any]]) {
        let line = try XCTUnwrap(try outcome.jsonLines().first { ($0["command"] as? String) == command }, command)
        let result = try XCTUnwrap(line["result"] as? [String: Any])
        let columns = try XCTUnwrap(result["columns"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        return (columns, try XCTUnwrap(result["rows"] as? [[Any]]))
    }

    func testResponsivenessByAccount() throws {
        let score = "score r responsiveness by account"
        let outcome = try run("""
            import relationship_replies.csv as r
            roles r commented_at=commented_at replied_at=replied_at responder=responder
            \(score)
            """)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let table = try result(of: score, in: outcome)
        let expected = try XCTUnwrap(try reference("responsiveness_by_account") as? [[String: Any]])
        XCTAssertEqual(table.rows.count, expected.count)
        let share = try XCTUnwrap(table.columns.firstIndex(of: "answered_share"))
        for row in expected {
            let match = try XCTUnwrap(table.rows.first { ($0[0] as? String) == (row["account"] as? String)
                && ($0[1] as? String) == (row["responder"] as? String) }, "\(row)")
            XCTAssertEqual((match[share] as? NSNumber)?.doubleValue ?? .nan, (row["share"] as? NSNumber)?.doubleValue ?? 0,
                           accuracy: 1e-12)
        }
    }

    func testRelationshipStagesWithSettingsAndAsOf() throws {
        let custom = try XCTUnwrap(try reference("stages_as_of_custom") as? [String: Any])
        let asOf = try XCTUnwrap(custom["as_of"] as? String)
        let score = "score i relationship-stages --as-of \(asOf)"
        let outcome = try run("""
            import relationship_interactions.csv as i
            roles i person=person type=type time=time
            set stage-window 90
            set stage-friend 3
            set stage-confidant 10
            set stage-recent 14
            \(score)
            """)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let table = try result(of: score, in: outcome)
        let group = try XCTUnwrap((custom["groups"] as? [[String: Any]])?.first)
        for name in ["people", "strangers", "acquaintances", "friends", "confidants"] {
            let index = try XCTUnwrap(table.columns.firstIndex(of: name))
            XCTAssertEqual(table.rows.first?[index] as? Int, group[name] as? Int, name)
        }
    }

    func testFrequencyPressureInBerlin() throws {
        let score = "score p frequency-pressure"
        let outcome = try run("""
            set timezone Europe/Berlin
            import relationship_posts.csv as p
            \(score)
            """)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let table = try result(of: score, in: outcome)
        let expected = try XCTUnwrap(try reference("frequency_berlin") as? [[String: Any]])
        let rho = try XCTUnwrap(table.columns.firstIndex(of: "rho"))
        let weeks = try XCTUnwrap(table.columns.firstIndex(of: "weeks"))
        XCTAssertEqual(table.rows.map { $0[weeks] as? Int }, expected.map { $0["weeks"] as? Int })
        for (row, wanted) in zip(table.rows, expected) {
            let actual = (row[rho] as? NSNumber)?.doubleValue, reference = (wanted["rho"] as? NSNumber)?.doubleValue
            XCTAssertEqual(actual == nil, reference == nil, "\(wanted)")
            if let actual, let reference { XCTAssertEqual(actual, reference, accuracy: 1e-9, "\(wanted)") }
        }
    }

    func testFrequencyPressureOnTheRealInstagramInsights() throws {
        let file = RapportProcess.shared.appendingPathComponent("datasets/instagram-insights-creator/instagram_insights.csv")
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw XCTSkip("../shared/datasets is not beside this checkout, and this file's licence keeps it out of the repository")
        }
        let score = "score ig frequency-pressure --denominator impressions"
        let outcome = try run("""
            import \(file.path) as ig
            \(score)
            """)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("recognised as instagram-insights") || outcome.stdout.contains("recognised as instagram-insights"),
                      "the preset maps the roles: \(outcome.stderr)")
        let table = try result(of: score, in: outcome)
        let expected = try XCTUnwrap(try reference("frequency_instagram_insights") as? [String: Any])
        let row = try XCTUnwrap(table.rows.first)
        XCTAssertEqual(table.rows.count, 1, "no account column: one account")
        for (column, key) in [("weeks", "weeks"), ("posts", "posts"), ("posts_per_week", "posts_per_week"), ("rho", "rho"),
                              ("p_value", "p")] {
            let index = try XCTUnwrap(table.columns.firstIndex(of: column))
            let wanted = try XCTUnwrap((expected[key] as? NSNumber)?.doubleValue)
            XCTAssertEqual((row[index] as? NSNumber)?.doubleValue ?? .nan, wanted, accuracy: 1e-9 * max(1, abs(wanted)), column)
        }
    }

    func testMissingRolesFailAndLeaveTheWorkspaceUnchanged() throws {
        // Without a preset the names would give the roles (replies data), so they are left unmapped here.
        let setup = try run("import relationship_replies.csv as r --preset none\n")
        XCTAssertEqual(setup.status, 0, setup.stderr)
        for (metric, role) in [("responsiveness", "commented_at"), ("relationship-stages", "person"),
                               ("frequency-pressure", "published")] {
            let failed = try run("score r \(metric)\n")
            XCTAssertEqual(failed.status, 1, metric)
            XCTAssertTrue(failed.stderr.contains("needs the role \(role)"), failed.stderr)
        }
        let listing = try run("datasets\n")
        let names = try XCTUnwrap(try result(of: "datasets", in: listing).rows.map { $0[0] as? String })
        XCTAssertEqual(names, ["r"], "no result dataset was stored")
    }
}
