import XCTest
@testable import Analytics

/// Holm adjustment against the plain-Python definition in Fixtures/make_statistics_reference.py.
final class HolmTests: XCTestCase {
    func testMatchesReference() {
        for reference in StatisticsReference.cases("holm") {
            let label = StatisticsReference.label(reference)
            let adjusted = Holm.adjust(StatisticsReference.numbers(reference, "p"))
            let expected = StatisticsReference.numbers(reference, "adjusted")
            XCTAssertEqual(adjusted.count, expected.count, label)
            for (value, wanted) in zip(adjusted, expected) { assertClose(value, wanted, relative: 1e-12, label) }
        }
    }

    func testByHand() {
        // Sorted 0.01, 0.03, 0.04 (m = 3): 3·0.01 = 0.03, 2·0.03 = 0.06, 1·0.04 → max(0.06, 0.04) = 0.06.
        let adjusted = Holm.adjust([0.04, 0.01, 0.03])
        XCTAssertEqual(adjusted[0], 0.06, accuracy: 1e-15)
        XCTAssertEqual(adjusted[1], 0.03, accuracy: 1e-15)
        XCTAssertEqual(adjusted[2], 0.06, accuracy: 1e-15)
        XCTAssertEqual(Holm.adjust([]), [])
    }

    func testNaNStaysOutOfTheFamily() {
        // m = 2 without the NaN: 2·0.02 = 0.04, then max(0.04, 0.5) = 0.5.
        let adjusted = Holm.adjust([0.5, .nan, 0.02])
        XCTAssertEqual(adjusted[0], 0.5, accuracy: 1e-15)
        XCTAssertTrue(adjusted[1].isNaN)
        XCTAssertEqual(adjusted[2], 0.04, accuracy: 1e-15)
    }
}
