import XCTest
@testable import ExploreModule
@testable import RapportCore

/// `filter`: the rows that match, the result's name, `--replace` and errors that point into the line.
final class FilterCommandTests: XCTestCase {
    func testKeepsMatchingRowsUnderADefaultName() throws {
        let harness = try ExploreHarness()
        let result = try harness.run("filter posts where likes >= 10")
        XCTAssertEqual(try harness.ids("posts_filtered"), [1, 2, 4])
        XCTAssertEqual(try harness.ids("posts"), [1, 2, 3, 4, 5])
        XCTAssertEqual(try ExploreHarness.table(result).rowCount, 3)
    }

    func testAnExistingNameNeedsReplace() throws {
        let harness = try ExploreHarness()
        try harness.run("filter posts where likes >= 10")
        let error = harness.error("filter posts where platform == \"fb\"")
        XCTAssertEqual(error?.excerpt?.offset, 7)
        try harness.run("filter posts where platform == \"fb\" --replace")
        XCTAssertEqual(try harness.ids("posts_filtered"), [1, 3, 4])
    }

    func testAsNamesTheResult() throws {
        let harness = try ExploreHarness()
        try harness.run("filter posts where account in ('anna') and likes is not missing as anna")
        XCTAssertEqual(try harness.ids("anna"), [1])
    }

    func testExpressionErrorsPointIntoTheCommandLine() throws {
        let harness = try ExploreHarness()
        let error = harness.error("filter posts where likse > 3")
        XCTAssertEqual(error?.excerpt?.offset, 19)
        XCTAssertEqual(error?.excerpt?.text, "filter posts where likse > 3")
        XCTAssertFalse(harness.workspace.contains("posts_filtered"))
    }

    func testNeedsACondition() throws {
        XCTAssertEqual(try ExploreHarness().error("filter posts")?.message, Words.filterNeedsWhere)
    }
}
