import XCTest
@testable import Analytics

/// Profile fit by hand: correlation, distance and the documented bands.
final class ProfileFitTests: XCTestCase {
    func testFitOfParallelProfiles() throws {
        // (1 2 3 4) against (11 12 13 14): same shape, r = 1; distance √(4 · 10²) = 20.
        let fit = try XCTUnwrap(ProfileFit([1, 2, 3, 4], [11, 12, 13, 14]))
        XCTAssertEqual(try XCTUnwrap(fit.correlation), 1, accuracy: 1e-15)
        XCTAssertEqual(fit.distance, 20, accuracy: 1e-12)
        XCTAssertEqual(fit.band, .strong)
    }

    func testConstantProfileHasNoCorrelation() throws {
        let fit = try XCTUnwrap(ProfileFit([25, 25, 25, 25], [40, 30, 20, 10]))
        XCTAssertNil(fit.correlation)
        XCTAssertEqual(fit.band, .undefined)
        XCTAssertNil(ProfileFit([1, 2], [1, 2, 3]))
    }

    func testBandThresholds() {
        XCTAssertEqual(FitBand(0.7), .strong)
        XCTAssertEqual(FitBand(0.69), .moderate)
        XCTAssertEqual(FitBand(0.4), .moderate)
        XCTAssertEqual(FitBand(0.39), .weak)
        XCTAssertEqual(FitBand(0), .weak)
        XCTAssertEqual(FitBand(-0.01), .opposed)
    }
}
