import XCTest
@testable import Analytics

/// Kendall's tau-b and its p against scipy.stats.kendalltau(x, y), scipy 1.17.1 (Fixtures/make_trend_reference.py).
final class KendallTauTests: XCTestCase {
    func testMatchesScipy() {
        for reference in StatisticsReference.cases("kendallTau", in: .trend) {
            let label = StatisticsReference.label(reference)
            let result = KendallTau.test(StatisticsReference.numbers(reference, "x"),
                                         StatisticsReference.numbers(reference, "y"))
            guard reference["tau"] is NSNumber else {
                XCTAssertNil(result, "scipy gives NaN: \(label)")
                continue
            }
            assertClose(result?.tau, StatisticsReference.number(reference, "tau"), relative: 1e-12, label)
            let p = StatisticsReference.number(reference, "p")
            if result?.isExact == true {
                assertClose(result?.p, p, relative: 1e-10, absolute: 1e-12, label)
            } else {
                assertClose(result?.p, p, relative: 1e-12, label)
            }
        }
    }

    func testChoosesTheExactDistributionAsScipyDoes() {
        let ascending = (0..<40).map(Double.init)
        XCTAssertEqual(KendallTau.test(Array(ascending[..<33]), Array(ascending[..<33].reversed()))?.isExact, true)
        var oneSwap = ascending
        oneSwap.swapAt(3, 4)
        XCTAssertEqual(KendallTau.test(ascending, oneSwap)?.isExact, true)
        oneSwap.swapAt(20, 21)
        XCTAssertEqual(KendallTau.test(ascending, oneSwap)?.isExact, false)
        XCTAssertEqual(KendallTau.test([0, 1, 2, 3], [1, 1, 2, 3])?.isExact, false)
    }

    func testHandWorkedThreePoints() throws {
        // Pairs of (0, 1), (1, 0.5), (2, 2): one discordant, two concordant, tau = 1/3; exact with c = 1:
        // p = 2/(n − 1)! = 1.
        let result = try XCTUnwrap(KendallTau.test([0, 1, 2], [1, 0.5, 2]))
        XCTAssertEqual(result.tau, 1.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(result.p, 1)
        XCTAssertTrue(result.isExact)
    }

    func testUnusableInputIsNil() {
        XCTAssertNil(KendallTau.test([0, 1, 2], [1, 2]))
        XCTAssertNil(KendallTau.test([0], [1]))
        XCTAssertNil(KendallTau.test([], []))
        XCTAssertNil(KendallTau.test([0, 1, .nan], [1, 2, 3]))
        XCTAssertNil(KendallTau.test([5, 5, 5], [1, 2, 3]))
    }
}
