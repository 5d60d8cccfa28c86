import RapportCore
import XCTest
@testable import Analytics

/// Dividing per-post values by a role's column.
final class PerPostRatioTests: XCTestCase {
    func testDividesAndLeavesOutMissingAndZeroDenominators() throws {
        let data = Dataset(name: "d", columns: [Column.decimal("reach", [200, 0, nil, 50], role: "reach")])
        let ratio = try PerPostRatio([10, 5, 7, .nan], over: "reach", request: MetricRequest(dataset: data), metric: "m")
        // 10/200 = 0.05; reach 0 and missing reach → missing; NaN numerator stays missing.
        XCTAssertEqual(ratio.values[0], 0.05)
        XCTAssertTrue(ratio.values[1].isNaN && ratio.values[2].isNaN && ratio.values[3].isNaN)
        XCTAssertEqual(ratio.denominators[3], 50)
        XCTAssertTrue(ratio.note.text(.en).contains("reach (column 'reach')"))
    }

    func testMissingOrNonNumericRoleIsAnError() {
        let data = Dataset(name: "d", columns: [Column.text("reach", ["x"], role: "reach")])
        XCTAssertThrowsError(try PerPostRatio([1], over: "followers", request: MetricRequest(dataset: data), metric: "m"))
        XCTAssertThrowsError(try PerPostRatio([1], over: "reach", request: MetricRequest(dataset: data), metric: "m")) { error in
            XCTAssertTrue((error as? RapportError)?.message.text(.en).contains("does not hold numbers") == true)
        }
    }
}
