import XCTest
@testable import Analytics

/// The standard normal against scipy.stats.norm.
final class NormalDistributionTests: XCTestCase {
    func testCdfAndSurvivalMatchScipy() {
        for reference in StatisticsReference.cases("normal") {
            let z = StatisticsReference.number(reference, "z")
            let label = StatisticsReference.label(reference)
            assertClose(NormalDistribution.cdf(z), StatisticsReference.number(reference, "cdf"), relative: 1e-12, label)
            assertClose(NormalDistribution.survival(z), StatisticsReference.number(reference, "survival"),
                        relative: 1e-12, label)
        }
    }

    func testQuantileMatchesScipy() {
        for reference in StatisticsReference.cases("normalQuantile") {
            let p = StatisticsReference.number(reference, "p")
            assertClose(NormalDistribution.quantile(p), StatisticsReference.number(reference, "z"), relative: 1e-12,
                        absolute: 1e-15, StatisticsReference.label(reference))
        }
    }

    func testQuantileEnds() {
        XCTAssertEqual(NormalDistribution.quantile(0), -.infinity)
        XCTAssertEqual(NormalDistribution.quantile(1), .infinity)
        XCTAssertTrue(NormalDistribution.quantile(1.5).isNaN)
    }
}
