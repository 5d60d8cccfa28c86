import XCTest
@testable import Analytics

/// Standardisation by hand (its agreement with StandardScaler is checked in LogisticPipelineTests).
final class StandardisationTests: XCTestCase {
    func testHandWorkedMeansAndPopulationScales() throws {
        // Column 0: 2, 4, 6, 8 → mean 5, population variance (9 + 1 + 1 + 9)/4 = 5; column 1 constant → scale 1.
        let standardisation = Standardisation(fitting: [[2, 0.1], [4, 0.1], [6, 0.1], [8, 0.1]], width: 2)
        XCTAssertEqual(standardisation.means[0], 5)
        XCTAssertEqual(standardisation.scales[0], 5.0.squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(standardisation.means[1], 0.1, accuracy: 1e-16)
        XCTAssertEqual(standardisation.scales[1], 1)
        let row = try XCTUnwrap(standardisation.apply([7, 0.1]))
        XCTAssertEqual(row[0], 2 / 5.0.squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(row[1], 0, accuracy: 1e-16)
        XCTAssertNil(standardisation.apply([1]))
    }

    func testStoredStandardisationIsChecked() {
        XCTAssertNotNil(Standardisation(means: [0, 1], scales: [1, 2]))
        XCTAssertNil(Standardisation(means: [0], scales: [1, 2]))
        XCTAssertNil(Standardisation(means: [0], scales: [0]))
        XCTAssertNil(Standardisation(means: [.infinity], scales: [1]))
    }
}
