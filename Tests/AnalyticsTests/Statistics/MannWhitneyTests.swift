import XCTest
@testable import Analytics

/// Mann-Whitney U against scipy.stats.mannwhitneyu(x, y, alternative="two-sided", method=...), scipy 1.17.1.
final class MannWhitneyTests: XCTestCase {
    /// The method named in the fixture.
    private func method(_ name: String?) -> MannWhitney.Method {
        switch name {
        case "exact": return .exact
        case "asymptotic": return .asymptotic
        default: return .auto
        }
    }

    func testMatchesScipy() {
        for reference in StatisticsReference.cases("mannWhitney") {
            let label = StatisticsReference.label(reference)
            let result = MannWhitney.test(StatisticsReference.numbers(reference, "x"),
                                          StatisticsReference.numbers(reference, "y"),
                                          method: method(reference["method"] as? String))
            assertClose(result?.u, StatisticsReference.number(reference, "u"), relative: 1e-9, label)
            assertClose(result?.p, StatisticsReference.number(reference, "p"), relative: 1e-6, label)
        }
    }

    func testExactByCounting() throws {
        // x = [1, 2], y = [3, 4, 5]: U1 = 0. Of the C(5, 2) = 10 arrangements only one gives U = 0 and
        // one U = 6, so p = 2 · 1/10 = 0.2.
        let result = try XCTUnwrap(MannWhitney.test([1, 2], [3, 4, 5]))
        XCTAssertEqual(result.u, 0)
        XCTAssertEqual(result.p, 0.2, accuracy: 1e-15)
    }

    func testEmptyOrNaNIsNil() {
        XCTAssertNil(MannWhitney.test([], [1, 2]))
        XCTAssertNil(MannWhitney.test([1, .nan], [1, 2]))
    }
}
