import XCTest
@testable import ExploreModule
@testable import RapportCore

/// `count`: rows per group, largest first, missing values as a group of their own.
final class CountCommandTests: XCTestCase {
    func testLargestGroupsFirstAndMissingAsItsOwnGroup() throws {
        let table = try ExploreHarness.table(try ExploreHarness().run("count posts by platform"))
        XCTAssertEqual(table.columnNames, ["platform", "count"])
        XCTAssertEqual((0..<3).map { table.columns[0].data[$0] }, [.text("fb"), .text("ig"), .missing])
        XCTAssertEqual((0..<3).map { table.columns[1].data[$0] }, [.integer(3), .integer(1), .integer(1)])
    }

    func testTwoColumns() throws {
        let table = try ExploreHarness.table(try ExploreHarness().run("count posts by account,platform"))
        XCTAssertEqual(table.rowCount, 4)
        let rows = (0..<4).map { row in table.columns.map { $0.data[row] } }
        XCTAssertEqual(rows, [
            [.text("anna"), .text("fb"), .integer(2)],
            [.text("brand"), .text("fb"), .integer(1)],
            [.text("brand"), .text("ig"), .integer(1)],
            [.missing, .missing, .integer(1)],
        ])
    }
}
