import XCTest
@testable import Analytics

/// Median imputation by hand (its agreement with SimpleImputer is checked in LogisticPipelineTests).
final class MedianImputationTests: XCTestCase {
    func testHandWorkedMediansAndIndicators() throws {
        // Feature 0: 1, 3, 8 → median 3, one missing; feature 1 complete (2, 4, 6, 10 → 5); feature 2 never present.
        let rows: [[Double?]] = [[1, 2, nil], [nil, 4, nil], [3, 6, nil], [8, 10, nil]]
        let imputation = MedianImputation(fitting: rows, width: 3)
        XCTAssertEqual(imputation.medians, [3, 5, 0])
        XCTAssertEqual(imputation.indicatedFeatures, [0, 2])
        XCTAssertEqual(imputation.outputWidth, 5)
        XCTAssertEqual(imputation.apply([nil, 7, nil]), [3, 7, 0, 1, 1])
        XCTAssertEqual(imputation.apply([2, nil, 4]), [2, 5, 4, 0, 0])
        XCTAssertNil(imputation.apply([1, 2]))
    }

    func testStoredImputationIsChecked() {
        XCTAssertNotNil(MedianImputation(medians: [1, 2, 3], indicatedFeatures: [0, 2]))
        XCTAssertNil(MedianImputation(medians: [1, 2], indicatedFeatures: [2]))
        XCTAssertNil(MedianImputation(medians: [1, 2], indicatedFeatures: [1, 0]))
        XCTAssertNil(MedianImputation(medians: [1, .nan], indicatedFeatures: []))
    }
}
