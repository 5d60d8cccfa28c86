import XCTest
@testable import Analytics

/// The first-digit test on a hand-made list; χ², p and MAD from scipy:
/// `c = [3,2,1,0,1,0,0,0,0]; p = log10(1 + 1/d); scipy.stats.chisquare(c, f_exp=p*7)`, `mean(|c/7 − p|)`.
final class BenfordTestTests: XCTestCase {
    func testCountsOnlyPositiveValuesByFirstDigit() throws {
        // First digits 1, 1, 1, 2, 2, 3, 5; 0 and −5 have none.
        let test = try XCTUnwrap(BenfordTest([1, 10, 100, 2, 25, 3, 0, -5, 0.5]))
        XCTAssertEqual(test.counts, [3, 2, 1, 0, 1, 0, 0, 0, 0])
        XCTAssertEqual(test.total, 7)
        XCTAssertEqual(test.chiSquared, 3.463717588460141, accuracy: 1e-12)
        XCTAssertEqual(test.pValue, 0.9019872110942595, accuracy: 1e-9)
        XCTAssertEqual(test.meanAbsoluteDeviation, 0.07083528058320283, accuracy: 1e-15)
        XCTAssertEqual(test.conformity, .nonconformity)
    }

    func testBenfordSharesSumToOne() {
        // log10(2) = 0.30103 for digit 1; the shares telescope to log10(10) = 1.
        XCTAssertEqual(BenfordTest.expectedShares[0], 0.3010299956639812, accuracy: 1e-15)
        XCTAssertEqual(BenfordTest.expectedShares.reduce(0, +), 1, accuracy: 1e-12)
    }

    func testFirstDigit() {
        XCTAssertEqual(BenfordTest.firstDigit(0.0042), 4)
        XCTAssertEqual(BenfordTest.firstDigit(987_654), 9)
        XCTAssertEqual(BenfordTest.firstDigit(1), 1)
        XCTAssertEqual(BenfordTest.firstDigit(1000), 1)
        XCTAssertNil(BenfordTest.firstDigit(0))
        XCTAssertNil(BenfordTest.firstDigit(-3))
        XCTAssertNil(BenfordTest.firstDigit(.infinity))
    }

    func testNoPositiveValuesNoTest() {
        XCTAssertNil(BenfordTest([0, -1]))
        XCTAssertNil(BenfordTest([]))
    }

    func testNigriniRanges() {
        XCTAssertEqual(BenfordTest.Conformity(mad: 0.006), .close)
        XCTAssertEqual(BenfordTest.Conformity(mad: 0.0061), .acceptable)
        XCTAssertEqual(BenfordTest.Conformity(mad: 0.012), .acceptable)
        XCTAssertEqual(BenfordTest.Conformity(mad: 0.015), .marginal)
        XCTAssertEqual(BenfordTest.Conformity(mad: 0.0151), .nonconformity)
    }
}
