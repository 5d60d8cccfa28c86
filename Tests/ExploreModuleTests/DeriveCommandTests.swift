import XCTest
@testable import ExploreModule
@testable import RapportCore

/// `derive`: new columns from expressions, names, `--replace`, undo and errors that point into the line.
final class DeriveCommandTests: XCTestCase {
    func testWithBlanksAroundTheEqualsSign() throws {
        let harness = try ExploreHarness()
        try harness.run("derive posts er = likes / 10")
        XCTAssertEqual(try harness.cells("posts", "er"), [.decimal(1), .decimal(3), .missing, .decimal(3), .decimal(0.5)])
    }

    func testWithoutBlanks() throws {
        let harness = try ExploreHarness()
        try harness.run("derive posts double=likes*2")
        XCTAssertEqual(try harness.cells("posts", "double"), [.integer(20), .integer(60), .missing, .integer(60), .integer(10)])
    }

    func testBacktickedNameAndQuotedText() throws {
        let harness = try ExploreHarness()
        try harness.run("derive posts `on fb` = platform == \"fb\"")
        XCTAssertEqual(try harness.cells("posts", "on fb"),
                       [.boolean(true), .boolean(false), .boolean(true), .boolean(true), .missing])
    }

    func testExistingColumnNeedsReplaceAndKeepsItsRole() throws {
        let harness = try ExploreHarness()
        let error = harness.error("derive posts likes = coalesce(likes, 0)")
        XCTAssertEqual(error?.excerpt?.offset, 13)
        try harness.run("derive posts likes = coalesce(likes, 0) --replace")
        let likes = try XCTUnwrap(try harness.workspace.dataset(named: "posts").column(named: "likes"))
        XCTAssertEqual(likes.role, .likes)
        XCTAssertEqual(likes.data[2], .integer(0))
    }

    func testUndoTakesTheColumnBack() throws {
        let harness = try ExploreHarness()
        try harness.run("derive posts er = likes / 10")
        _ = try harness.workspace.perform(command: "undo", logged: false) { try harness.workspace.undo() }
        XCTAssertNil(try harness.workspace.dataset(named: "posts").column(named: "er"))
    }

    func testErrorsPointIntoTheCommandLine() throws {
        let harness = try ExploreHarness()
        XCTAssertEqual(harness.error("derive posts x = likes + \"a\"")?.excerpt?.offset, 25)
        XCTAssertEqual(harness.error("derive posts x likes")?.excerpt?.offset, 15)
        XCTAssertEqual(harness.error("derive posts x =")?.message, Words.expressionEmpty)
    }
}
