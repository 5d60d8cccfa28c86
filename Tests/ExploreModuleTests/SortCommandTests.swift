import XCTest
@testable import ExploreModule
@testable import RapportCore

/// `sort`: stable order on one or several columns, missing values last, unknown columns.
final class SortCommandTests: XCTestCase {
    func testDescendingIsStableWithMissingLast() throws {
        let harness = try ExploreHarness()
        try harness.run("sort posts by likes desc")
        // likes 10 30 ? 30 5 → 30 (id 2), 30 (id 4), 10, 5, missing
        XCTAssertEqual(try harness.ids("posts"), [2, 4, 1, 5, 3])
    }

    func testAscendingIntoANewDataset() throws {
        let harness = try ExploreHarness()
        try harness.run("sort posts by likes as by_likes")
        XCTAssertEqual(try harness.ids("by_likes"), [5, 1, 2, 4, 3])
        XCTAssertEqual(try harness.ids("posts"), [1, 2, 3, 4, 5])
    }

    func testSeveralColumns() throws {
        let harness = try ExploreHarness()
        try harness.run("sort posts by platform,likes")
        // fb: 10 (1), 30 (4), missing (3); ig (2); missing platform (5)
        XCTAssertEqual(try harness.ids("posts"), [1, 4, 3, 2, 5])
    }

    func testUnknownColumnPointsAtIt() throws {
        let error = try ExploreHarness().error("sort posts by lieks")
        XCTAssertEqual(error?.excerpt?.offset, 14)
        XCTAssertEqual(error?.message.en, "dataset 'posts' has no column 'lieks' — did you mean 'likes'?")
    }
}
