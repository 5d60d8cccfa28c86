import XCTest
@testable import Analytics

/// Confusion counts and rates, counted by hand.
final class ConfusionCountsTests: XCTestCase {
    func testCountsAndRates() throws {
        // Pairs (predicted, label): (T,T) (T,T) (T,F) (F,F) (F,F) (F,F) (F,T); the nil rows are left out.
        let counts = ConfusionCounts(predicted: [true, true, true, false, false, false, false, nil, true],
                                     actual: [true, true, false, false, false, false, true, true, nil])
        XCTAssertEqual(counts.truePositives, 2)
        XCTAssertEqual(counts.falsePositives, 1)
        XCTAssertEqual(counts.trueNegatives, 3)
        XCTAssertEqual(counts.falseNegatives, 1)
        XCTAssertEqual(counts.total, 7)
        XCTAssertEqual(try XCTUnwrap(counts.accuracy), 5.0 / 7, accuracy: 1e-15)  // (2 + 3) / 7
        XCTAssertEqual(try XCTUnwrap(counts.precision), 2.0 / 3, accuracy: 1e-15)  // 2 / (2 + 1)
        XCTAssertEqual(try XCTUnwrap(counts.recall), 2.0 / 3, accuracy: 1e-15)     // 2 / (2 + 1)
        XCTAssertEqual(ConfusionCounts(truePositives: 2, falsePositives: 1, trueNegatives: 3, falseNegatives: 1), counts)
    }

    func testUndefinedRatesAreNil() {
        // Nothing predicted fake, nothing labelled fake.
        let counts = ConfusionCounts(predicted: [false, false], actual: [false, false])
        XCTAssertEqual(counts.accuracy, 1)
        XCTAssertNil(counts.precision)
        XCTAssertNil(counts.recall)
        XCTAssertNil(ConfusionCounts(predicted: [], actual: []).accuracy)
    }
}
