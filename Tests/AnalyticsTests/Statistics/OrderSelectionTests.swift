import XCTest
@testable import Analytics
import RapportCore

/// Selection-based quantiles against sorting: the same numbers, with ties, odd and even counts.
final class OrderSelectionTests: XCTestCase {
    func testMatchesNumpyOnASmallExample() throws {
        // numpy.quantile([7, 1, 3, 10, 3], [0.25, 0.5, 0.75]) == [3.0, 3.0, 7.0]
        var values: [Double] = [7, 1, 3, 10, 3]
        XCTAssertEqual(try XCTUnwrap(OrderSelection.quantiles(&values, [0.25, 0.5, 0.75])), [3, 3, 7])
        var empty: [Double] = []
        XCTAssertNil(OrderSelection.quantiles(&empty, [0.5]))
    }

    func testAgreesWithSortingOnRandomDataWithTies() throws {
        var generator = SplitMix64(seed: 3)
        for count in [1, 2, 3, 17, 18, 1000, 100_001] {
            let values = (0..<count).map { _ in Double(generator.nextIndex(below: max(1, count / 3))) + 0.5 * generator.nextUnit() }
            let sorted = values.sorted()
            var copy = values
            let qs = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]
            let selected = try XCTUnwrap(OrderSelection.quantiles(&copy, qs))
            for (q, value) in zip(qs, selected) {
                XCTAssertEqual(value, Quantile.ofSorted(sorted, q)!, "n \(count) q \(q)")
            }
        }
    }
}
