import XCTest
@testable import Analytics

/// The seeded ratio-of-medians bootstrap against the Python re-implementation of its documented procedure
/// (SplitMix64 and drawing order) in Fixtures/make_statistics_reference.py.
final class BootstrapTests: XCTestCase {
    func testMatchesPythonReimplementation() {
        for reference in StatisticsReference.cases("bootstrap") {
            let label = StatisticsReference.label(reference)
            let result = Bootstrap.ratioOfMedians(
                StatisticsReference.numbers(reference, "numerator"), StatisticsReference.numbers(reference, "denominator"),
                resamples: reference["resamples"] as? Int ?? 0, seed: (reference["seed"] as? NSNumber)?.uint64Value ?? 0,
                confidence: StatisticsReference.number(reference, "confidence"))
            assertClose(result?.estimate, StatisticsReference.number(reference, "estimate"), relative: 1e-12, label)
            assertClose(result?.lower, StatisticsReference.number(reference, "lower"), relative: 1e-12, label)
            assertClose(result?.upper, StatisticsReference.number(reference, "upper"), relative: 1e-12, label)
        }
    }

    func testSameSeedSameResultAndOtherSeedOtherInterval() throws {
        let numerator: [Double] = [3, 9, 4, 12, 7, 5, 8, 15, 2, 6]
        let denominator: [Double] = [2, 5, 3, 6, 4, 9, 1, 7]
        let first = try XCTUnwrap(Bootstrap.ratioOfMedians(numerator, denominator, resamples: 500, seed: 1))
        let again = try XCTUnwrap(Bootstrap.ratioOfMedians(numerator, denominator, resamples: 500, seed: 1))
        let other = try XCTUnwrap(Bootstrap.ratioOfMedians(numerator, denominator, resamples: 500, seed: 2))
        // median(numerator) = (6 + 7)/2 = 6.5, median(denominator) = (4 + 5)/2 = 4.5, ratio 6.5/4.5.
        XCTAssertEqual(first.estimate, 6.5 / 4.5, accuracy: 1e-15)
        XCTAssertEqual(first.lower, again.lower)
        XCTAssertEqual(first.upper, again.upper)
        XCTAssertTrue(first.lower != other.lower || first.upper != other.upper)
        XCTAssertLessThanOrEqual(first.lower, first.upper)
    }

    func testRejectsUnusableInput() {
        XCTAssertNil(Bootstrap.ratioOfMedians([], [1, 2], seed: 1))
        XCTAssertNil(Bootstrap.ratioOfMedians([1, 2], [0, 0, 1], seed: 1))
        XCTAssertNil(Bootstrap.ratioOfMedians([1, .nan], [1, 2], seed: 1))
        XCTAssertNil(Bootstrap.ratioOfMedians([1, 2], [1, 2], resamples: 0, seed: 1))
    }
}
