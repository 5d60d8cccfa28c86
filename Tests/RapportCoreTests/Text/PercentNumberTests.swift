import XCTest
@testable import RapportCore

/// Rates as people type them.
final class PercentNumberTests: XCTestCase {
    func testPointsCommasAndPercentSigns() throws {
        XCTAssertEqual(PercentNumber.parse("0.03"), 0.03)
        XCTAssertEqual(PercentNumber.parse("0,03"), 0.03)
        XCTAssertEqual(try XCTUnwrap(PercentNumber.parse("3%")), 0.03, accuracy: 1e-15)      // 3 / 100
        XCTAssertEqual(try XCTUnwrap(PercentNumber.parse(" 3,5 % ")), 0.035, accuracy: 1e-15) // 3.5 / 100
        XCTAssertNil(PercentNumber.parse("three"))
        XCTAssertNil(PercentNumber.parse("inf"))
        XCTAssertNil(PercentNumber.parse("%"))
    }

    func testFractionSettingsStayWithinZeroAndOne() {
        XCTAssertEqual(Settings.fraction("50%"), 0.5)
        XCTAssertEqual(Settings.fraction("1"), 1)
        XCTAssertNil(Settings.fraction("1.5"))
        XCTAssertNil(Settings.fraction("-0.1"))
        XCTAssertEqual(Settings().auditThreshold, 0.5)
    }
}
