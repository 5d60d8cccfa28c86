import XCTest
@testable import ExploreModule
@testable import RapportCore

/// `rename-column`: the column's new name, its role and values kept, clashes refused, undo.
final class RenameColumnCommandTests: XCTestCase {
    func testRenamesKeepingRoleValuesAndPlace() throws {
        let harness = try ExploreHarness()
        let before = try harness.workspace.dataset(named: "posts")
        try harness.run("rename-column posts likes `total likes`")
        let after = try harness.workspace.dataset(named: "posts")
        XCTAssertEqual(after.columnNames, ["id", "account", "platform", "total likes"])
        XCTAssertEqual(after.columns[3].role, .likes)
        XCTAssertEqual(after.columns[3].data, before.columns[3].data)
        XCTAssertNotNil(harness.error("filter posts where likes > 1"), "the old name is gone")
        try harness.run("filter posts where `total likes` > 20 as high")
        XCTAssertEqual(try harness.ids("high"), [2, 4])
    }

    func testOnlyTheLetterCaseMayChange() throws {
        let harness = try ExploreHarness()
        try harness.run("rename-column posts likes Likes")
        XCTAssertEqual(try harness.workspace.dataset(named: "posts").columnNames.last, "Likes")
    }

    func testClashesAndUnknownColumnsAreRefused() throws {
        let harness = try ExploreHarness()
        let clash = harness.error("rename-column posts likes ID")
        XCTAssertEqual(clash?.message, Words.columnExistsAlready("id", in: "posts"))
        XCTAssertEqual(clash?.excerpt?.offset, 26)
        let unknown = harness.error("rename-column posts lieks x")
        XCTAssertEqual(unknown?.excerpt?.offset, 20)
        XCTAssertEqual(unknown?.message.en, "dataset 'posts' has no column 'lieks' — did you mean 'likes'?")
        XCTAssertEqual(harness.error("rename-column posts likes \" \"")?.message, Words.emptyColumnName)
    }

    func testUndoGivesTheOldNameBack() throws {
        let harness = try ExploreHarness()
        try harness.run("rename-column posts likes hearts")
        _ = try harness.workspace.perform(command: "undo", logged: false) { try harness.workspace.undo() }
        XCTAssertEqual(try harness.workspace.dataset(named: "posts"), ExploreHarness.posts)
    }
}
