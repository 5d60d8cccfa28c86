import Foundation
import XCTest

/// A stranger's post cannot drive the terminal: control characters from an imported file show as visible escapes in
/// every table and message, while JSON output and exports keep the real characters.
final class TerminalSafetyTests: XCTestCase {
    private var home: URL!

    /// A window title (OSC 0 … BEL), a clipboard write (OSC 52 … ST), a screen clear (CSI 2J) and a C1 CSI, by hand.
    private static let title = "\u{1B}]0;pwned\u{07}"
    private static let clipboard = "\u{1B}]52;c;aGk=\u{1B}\\"
    private static let clear = "\u{1B}[2J"

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        let csv = "account,text\u{1B}[2J,likes\n"
            + "acme,\(Self.title),1\n"
            + "\"a\tb\",\(Self.clipboard),2\n"
            + "acme,\u{9B}31m red,3\n"
        try csv.write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path] + arguments, home: home,
                               directory: home)
    }

    /// Whether a text holds a control character other than a line break (C0, DEL or C1).
    private func holdsControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    func testTablesAndMessagesShowControlCharactersAsEscapes() throws {
        let commands = "import posts.csv as posts; show posts; describe posts; count posts by account; "
            + "datasets; show posts --columns \"nope\u{1B}[2J\""
        let outcome = try run(["-c", commands])
        XCTAssertEqual(outcome.status, 1, "the last command names a column that is not there")
        XCTAssertFalse(holdsControls(outcome.stdout), outcome.stdout)
        XCTAssertFalse(holdsControls(outcome.stderr), outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("^[]0;pwned^G"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("^[]52;c;aGk=^[\\"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("<U+009B>31m red"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("text^[[2J"), "the column name too: \(outcome.stdout)")
        XCTAssertTrue(outcome.stdout.contains("a^Ib"), "a tab in a cell: \(outcome.stdout)")
        XCTAssertTrue(outcome.stderr.contains("nope^[[2J"), "a message quoting a name: \(outcome.stderr)")
    }

    func testJSONAndExportsKeepTheRealCharacters() throws {
        let outcome = try run(["--json", "-c", "import posts.csv as posts; show posts; export posts copy.csv"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let shown = try XCTUnwrap(try outcome.jsonLines()[1]["result"] as? [String: Any])
        let columns = try XCTUnwrap(shown["columns"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        XCTAssertEqual(columns, ["account", "text\(Self.clear)", "likes"])
        let rows = try XCTUnwrap(shown["rows"] as? [[Any]])
        XCTAssertEqual(rows.map { $0[1] as? String }, [Self.title, Self.clipboard, "\u{9B}31m red"])
        XCTAssertEqual(rows[1][0] as? String, "a\tb")
        let exported = try String(contentsOf: home.appendingPathComponent("copy.csv"), encoding: .utf8)
        XCTAssertTrue(exported.contains(Self.title) && exported.contains(Self.clipboard), exported)
    }
}
