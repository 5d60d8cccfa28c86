import XCTest
@testable import Analytics

/// Count, mean and sample variance worked by hand.
final class SampleMomentsTests: XCTestCase {
    func testByHand() throws {
        // [2, 4, 4, 4, 5, 5, 7, 9]: mean 40/8 = 5, squared deviations 9+1+1+1+0+0+4+16 = 32, variance 32/7.
        let moments = try XCTUnwrap(SampleMoments([2, 4, 4, 4, 5, 5, 7, 9]))
        XCTAssertEqual(moments.count, 8)
        XCTAssertEqual(moments.mean, 5, accuracy: 1e-15)
        XCTAssertEqual(moments.variance, 32.0 / 7, accuracy: 1e-15)
    }

    func testTooFewOrNonFiniteIsNil() {
        XCTAssertNil(SampleMoments([1]))
        XCTAssertNil(SampleMoments([1, .nan]))
    }
}
