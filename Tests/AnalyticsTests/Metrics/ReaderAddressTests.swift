import XCTest
@testable import Analytics

/// The four kinds of address from the two findings.
final class ReaderAddressTests: XCTestCase {
    func testKindFromFindings() {
        XCTAssertEqual(ReaderAddress(informal: true, formal: true), .both)
        XCTAssertEqual(ReaderAddress(informal: true, formal: false), .informal)
        XCTAssertEqual(ReaderAddress(informal: false, formal: true), .formal)
        XCTAssertEqual(ReaderAddress(informal: false, formal: false), .neutral)
        XCTAssertEqual(ReaderAddress.allCases.map(\.rawValue), ["informal", "formal", "both", "neutral"])
    }
}
