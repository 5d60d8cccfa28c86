import XCTest
@testable import ExploreModule
@testable import RapportCore

/// `join`: a left join bringing columns and roles, key names, and duplicate or unknown keys as errors.
final class JoinCommandTests: XCTestCase {
    func testLeftJoinBringsColumnsAndRoles() throws {
        let harness = try ExploreHarness()
        try harness.run("join posts accounts on account=handle")
        let posts = try harness.workspace.dataset(named: "posts")
        XCTAssertEqual(posts.columnNames, ["id", "account", "platform", "likes", "followers", "voice", "platform_accounts"])
        XCTAssertEqual(try harness.cells("posts", "followers"),
                       [.integer(1000), .integer(50000), .integer(1000), .integer(50000), .missing])
        XCTAssertEqual(posts.column(role: .voice)?.data[1], .text("institution"))
        XCTAssertEqual(posts.column(named: "followers")?.role, .followers)
    }

    func testSameKeyNameOnBothSidesAndAs() throws {
        let harness = try ExploreHarness()
        try harness.run("derive accounts account = handle")
        try harness.run("join posts accounts on account as enriched")
        XCTAssertEqual(try harness.cells("enriched", "voice"),
                       [.text("person"), .text("institution"), .text("person"), .text("institution"), .missing])
        XCTAssertNil(try harness.workspace.dataset(named: "posts").column(named: "voice"))
    }

    func testDuplicateKeysOnTheRightAreAnError() throws {
        let harness = try ExploreHarness()
        let line = "join accounts posts on handle=account"
        let error = harness.error(line)
        XCTAssertEqual(error?.excerpt?.offset, 14)
        XCTAssertEqual(error?.message.en,
                       "'anna' appears more than once in column 'account' of 'posts'; a join needs each key once on the right")
    }

    func testUnknownKeyColumn() throws {
        let error = try ExploreHarness().error("join posts accounts on account=handel")
        XCTAssertEqual(error?.excerpt?.offset, 23)
        XCTAssertEqual(error?.message.en, "dataset 'accounts' has no column 'handel' — did you mean 'handle'?")
    }

    func testJoinTakesOneKey() throws {
        let error = try ExploreHarness().error("join posts accounts on account, platform")
        XCTAssertEqual(error?.message, Words.joinTakesOneKey)
        XCTAssertEqual(error?.excerpt?.offset, 32)
    }
}
