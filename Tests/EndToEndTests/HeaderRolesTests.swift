import Foundation
import XCTest

/// Files whose headers no platform preset knows (Fixtures/headers, made and checked by make_header_fixtures.py):
/// roles guessed from the names, then `score … engagement-rate` without any `roles` command.
final class HeaderRolesTests: XCTestCase {
    private var home: URL!
    private static let fixtures = RapportProcess.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/headers")

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ script: String, _ flags: [String] = ["--json"]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path] + flags, stdin: script,
                               home: home, directory: Self.fixtures)
    }

    /// The result of one JSON line.
    private func result(_ outcome: ProcessOutcome, _ index: Int) throws -> [String: Any] {
        let lines = try outcome.jsonLines()
        return try XCTUnwrap(lines[index]["result"] as? [String: Any])
    }

    /// pandas: Likes / Followers per post, median 0.07453333333333334, pooled 0.053733242599523647.
    private func checkScore(_ outcome: ProcessOutcome, line: Int) throws {
        let rows = try XCTUnwrap(try result(outcome, line)["rows"] as? [[Any]])
        XCTAssertEqual(rows[0][0] as? Int, 40)
        XCTAssertEqual(try XCTUnwrap(rows[0][1] as? Double), 0.07453333333333334, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(rows[0][5] as? Double), 0.053733242599523647, accuracy: 1e-12)
    }

    func testTheEnglishHeaderGetsItsRolesAndScores() throws {
        let outcome = try run("import influencers.csv as ig\nscore ig engagement-rate\nroles ig\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let imported = try result(outcome, 0)
        XCTAssertEqual(imported["kind"] as? String, "posts")
        let guessed = try XCTUnwrap(imported["guessed_roles"] as? [[String: String]])
        XCTAssertEqual(guessed.map { $0["column"] ?? "" }, ["USERNAME", "Caption", "Followers", "Likes"])
        XCTAssertEqual(guessed.map { $0["role"] ?? "" }, ["account", "text", "followers", "likes"])
        try checkScore(outcome, line: 1)
        let roles = try XCTUnwrap(try result(outcome, 2)["rows"] as? [[Any]])
        XCTAssertEqual(roles.map { $0[3] as? String }, ["guessed from its name", "guessed from its name",
                                                        "guessed from its name", nil, "guessed from its name", nil])
    }

    func testTheGermanTwinGetsTheSameRolesAndScore() throws {
        let outcome = try run("import influencer_de.csv as de\nscore de engagement-rate\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let guessed = try XCTUnwrap(try result(outcome, 0)["guessed_roles"] as? [[String: String]])
        XCTAssertEqual(guessed.map { $0["role"] ?? "" }, ["account", "text", "followers", "likes"])
        try checkScore(outcome, line: 1)
    }

    func testTheImportSaysWhatItGuessedInBothLanguages() throws {
        let english = try run("import influencers.csv as ig\n", [])
        XCTAssertTrue(english.stdout.contains("guessed from column names: posts data, USERNAME → account"),
                      english.stdout)
        let german = try run("import influencer_de.csv as de\n", ["--lang", "de"])
        XCTAssertTrue(german.stdout.contains("aus Spaltennamen erraten: posts-Daten, Konto → account"), german.stdout)
    }

    func testRolesRefusesATextColumnForACountAndSaysHowToConvert() throws {
        let outcome = try run("import influencers.csv as ig\nroles ig Hashtags=likes\n", [])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("likes needs a column of type decimal or integer, but 'Hashtags' is text"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("convert ig Hashtags to decimal"), outcome.stderr)
    }

    func testRolesListsEveryRoleOrOneKindsWithMeanings() throws {
        let outcome = try run("roles --list\nroles --list --kind replies\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let all = try XCTUnwrap(try result(outcome, 0)["rows"] as? [[Any]])
        XCTAssertTrue(all.contains { $0[0] as? String == "likes" && $0[3] as? String == "likes or reactions" })
        XCTAssertTrue(all.contains { $0[0] as? String == "followers" && $0[1] as? String == "posts, accounts, followers" })
        let replies = try XCTUnwrap(try result(outcome, 1)["rows"] as? [[Any]])
        XCTAssertEqual(replies.map { $0[0] as? String },
                       ["comment_id", "post_id", "commented_at", "replied_at", "replied_by", "responder"])
        let help = try run("help roles\n", ["--lang", "de"])
        XCTAssertTrue(help.stdout.contains("likes (posts): Likes oder Reaktionen"), help.stdout)
    }

    /// pandas: 199 of the 200 percentages, mean 0.042669849246231156; the NaN% is on line 169.
    func testOneNaNPercentAmongTwoHundredIsMissingWarnedAndRefusedWithStrict() throws {
        let outcome = try run("import rates.csv as r\ndescribe r\n", [])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stderr.components(separatedBy: "60_day_eng_rate: 1 cell not a number, line 169: \"NaN%\"")
            .count, 3, "the import warns and describe recalls it: \(outcome.stderr)")
        let json = try run("describe r\n")
        let rows = try XCTUnwrap(try result(json, 0)["rows"] as? [[Any]])
        XCTAssertEqual(rows[1][1] as? String, "decimal")
        XCTAssertEqual(rows[1][3] as? Int, 1)
        XCTAssertEqual(try XCTUnwrap(rows[1][7] as? Double), 0.042669849246231156, accuracy: 1e-12)
        let strict = try run("import rates.csv as s --strict\n", [])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("rates.csv:169:5: \"NaN%\" in column 60_day_eng_rate is not a number"),
                      strict.stderr)
    }
}
