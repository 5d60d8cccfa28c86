import Foundation
import XCTest

/// `score` of tone, attribution and relevance as piped scripts on the fixture posts, against the pandas reference
/// of Tests/AnalyticsTests/Fixtures/make_text_metrics_reference.py.
final class ScoreTextMetricsTests: XCTestCase {
    private var home: URL!
    private static let fixtures = RapportProcess.repository.appendingPathComponent("Tests/AnalyticsTests/Fixtures")

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        let file = Self.fixtures.appendingPathComponent("text_metrics_posts.csv").path
        let imported = try run("import \"\(file)\" as p\n")
        XCTAssertEqual(imported.status, 0, imported.stderr)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    /// Runs a piped script on the workspace that holds the fixture posts as `p`.
    private func run(_ script: String) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "--json"],
                               stdin: script, home: home, directory: home)
    }

    /// The expected groups of one result of the reference.
    private func reference(_ key: String) throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("text_metrics_reference.json"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object[key] as? [String: [String: Any]])
    }

    /// The rows of the last JSON result as name → value, keyed by the first column.
    private func lastTable(_ outcome: ProcessOutcome) throws -> [String: [String: Any]] {
        let result = try XCTUnwrap(try outcome.jsonLines().last?["result"] as? [String: Any])
        let names = try XCTUnwrap(result["columns"] as? [[String: Any]]).map { $0["name"] as? String ?? "" }
        let rows = try XCTUnwrap(result["rows"] as? [[Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { row in
            ("\(row[0])", Dictionary(uniqueKeysWithValues: zip(names, row).map { ($0, $1) }))
        })
    }

    /// The dataset names in the workspace, from `datasets`.
    private func datasetNames() throws -> [String] {
        let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "--json", "-c", "datasets"],
                                             home: home, directory: home)
        let result = try XCTUnwrap(try outcome.jsonLines().last?["result"] as? [String: Any])
        return try XCTUnwrap(result["rows"] as? [[Any]]).map { "\($0[0])" }
    }

    func testToneByPlatformMatchesTheReference() throws {
        let outcome = try run("score p tone\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let table = try lastTable(outcome)
        for (platform, expected) in try reference("tone_by_platform") {
            let row = try XCTUnwrap(table[platform], platform)
            XCTAssertEqual(row["posts"] as? Int, expected["posts"] as? Int)
            XCTAssertEqual(row["mixed"] as? Bool, expected["mixed"] as? Bool)
            let share = try XCTUnwrap(row["informal_share"] as? Double)
            XCTAssertEqual(share, try XCTUnwrap(expected["informal_share"] as? Double), accuracy: 1e-12)
        }
    }

    func testAttributionByAccountWithNamesFromTheSetting() throws {
        let outcome = try run("set company-names \"Acme;ACME GmbH\"\nscore p attribution by account\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let table = try lastTable(outcome)
        for (account, expected) in try reference("attribution_by_account") {
            for name in ["ratio", "lower_95", "upper_95"] {
                let actual = try XCTUnwrap(table[account]?[name] as? Double, "\(account) \(name)")
                XCTAssertEqual(actual, try XCTUnwrap(expected[name] as? Double), accuracy: 1e-12, "\(account) \(name)")
            }
        }
    }

    func testRelevanceByFormatMatchesTheReference() throws {
        let outcome = try run("score p relevance by format where account == \"ben\"\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let result = try XCTUnwrap(try outcome.jsonLines().last?["result"] as? [String: Any])
        let rows = try XCTUnwrap(result["rows"] as? [[Any]])
        let expected = try reference("relevance_by_format")
        XCTAssertEqual(rows.count, 3)
        for row in rows {
            let want = try XCTUnwrap(expected["ben|\(row[1])"]?["relevance"] as? Double)
            XCTAssertEqual(try XCTUnwrap(row[5] as? Double), want, accuracy: 1e-12)
        }
    }

    func testMissingNamesAndRolesFailClearlyAndLeaveTheWorkspaceUnchanged() throws {
        let before = try datasetNames()
        let noNames = try run("score p attribution\n")
        XCTAssertEqual(noNames.status, 1)
        XCTAssertTrue(noNames.stderr.contains("set company-names"), noNames.stderr)
        let noText = try run("roles p text=none\nscore p tone\n")
        XCTAssertEqual(noText.status, 1)
        XCTAssertTrue(noText.stderr.contains("tone needs the role text"), noText.stderr)
        XCTAssertEqual(try datasetNames(), before)
    }
}
