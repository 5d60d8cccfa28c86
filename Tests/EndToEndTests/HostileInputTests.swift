import Foundation
import XCTest

/// Input that used to end the process with a Swift trap ("Illegal instruction", status 132): it must get a message
/// and an ordinary exit status instead.
final class HostileInputTests: XCTestCase {
    private var home: URL!
    private var workspace: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        workspace = home.appendingPathComponent("ws")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", workspace.path] + arguments, stdin: stdin, home: home,
                               environment: environment, directory: home)
    }

    /// Asserts the run ended with status 1 (a failed command), not a trap, and that stderr says `text`.
    private func assertFailsSaying(_ outcome: ProcessOutcome, _ text: String, file: StaticString = #filePath,
                                   line: UInt = #line) {
        XCTAssertEqual(outcome.status, 1, outcome.stderr, file: file, line: line)
        XCTAssertTrue(outcome.stderr.contains(text), outcome.stderr, file: file, line: line)
    }

    func testABackslashEndingTheLineIsAnErrorFromEveryInput() throws {
        let expected = "this \\ ends the line"
        assertFailsSaying(try run(["-c", "\\"]), "-c:1: error: " + expected)
        assertFailsSaying(try run([], stdin: "datasets\nshow x \\"), "<stdin>:2: error: " + expected)
        let script = home.appendingPathComponent("end.rap")
        try "datasets\ndatasets \\\n".write(to: script, atomically: true, encoding: .utf8)
        assertFailsSaying(try run(["--script", script.path]), "end.rap:2: error: " + expected)
    }
}
