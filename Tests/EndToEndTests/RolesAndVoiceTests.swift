import Foundation
import XCTest

/// `roles` and `voice` on the hand-made posts file, as a piped script.
final class RolesAndVoiceTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try ScriptedModeTests.postsCSV.write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
        try "account,voice\nacme,Institution\nanna,person\n".write(to: home.appendingPathComponent("voices.csv"),
                                                                   atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ script: String) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "--json"], stdin: script,
                               home: home, directory: home)
    }

    /// The rows of the last JSON result.
    private func lastRows(_ outcome: ProcessOutcome) throws -> [[Any]] {
        let result = try XCTUnwrap(try outcome.jsonLines().last?["result"] as? [String: Any])
        return try XCTUnwrap(result["rows"] as? [[Any]])
    }

    func testRolesAreShownChangedAndChecked() throws {
        let outcome = try run("import posts.csv as p\nroles p rate=reach likes=none\nroles p\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let roles = Dictionary(uniqueKeysWithValues: try lastRows(outcome).map { ($0[0] as! String, $0[2] as? String) })
        XCTAssertEqual(roles["rate"], "reach")
        XCTAssertEqual(roles["likes"] ?? "cleared", nil)
        XCTAssertEqual(roles["comments"], "comments", "the rapport posts preset mapped it on import")
        let bad = try run("roles p likes=likez\n")
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("did you mean 'likes'"), bad.stderr)
    }

    func testVoiceByAccountAndFromAFile() throws {
        let byAccount = try run("import posts.csv as p\nvoice p anna institution\nshow p --columns account,voice\n")
        XCTAssertEqual(byAccount.status, 0, byAccount.stderr)
        XCTAssertEqual(try lastRows(byAccount).map { $0[1] as? String }, ["institution", "institution", "institution"])
        let fromFile = try run("voice p --from voices.csv\nshow p --columns account,voice\n")
        XCTAssertEqual(fromFile.status, 0, fromFile.stderr)
        XCTAssertEqual(try lastRows(fromFile).map { $0[1] as? String }, ["institution", "person", "institution"])
        let unknown = try run("voice p nobody person\n")
        XCTAssertEqual(unknown.status, 1)
    }
}
