import XCTest
@testable import RapportShell

/// How the log records a command that writes files: `--force` after its last word, once.
final class ReplayLineTests: XCTestCase {
    func testForceGoesAfterTheLastWord() {
        XCTAssertEqual(ReplayLine.forcing("export posts out.csv"), "export posts out.csv --force")
        XCTAssertEqual(ReplayLine.forcing("report 'my report.html' --title \"Q3\""),
                       "report 'my report.html' --title \"Q3\" --force")
    }

    func testACommentStaysAfterTheForce() {
        XCTAssertEqual(ReplayLine.forcing("export posts out.csv  # for Anna"),
                       "export posts out.csv --force  # for Anna")
    }

    func testAForceGivenAlreadyIsNotRepeated() {
        XCTAssertEqual(ReplayLine.forcing("log save s.rap --force"), "log save s.rap --force")
        XCTAssertEqual(ReplayLine.forcing("export posts out.csv '--force'"), "export posts out.csv '--force' --force",
                       "a quoted --force is a word, not the switch")
    }
}
