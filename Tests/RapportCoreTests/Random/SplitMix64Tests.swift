import XCTest
@testable import RapportCore

/// SplitMix64 against the reference implementation, and its ranges.
final class SplitMix64Tests: XCTestCase {
    /// The first outputs for seed 0 of Vigna's reference splitmix64.c.
    func testMatchesTheReferenceImplementation() {
        var generator = SplitMix64(seed: 0)
        XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(generator.next(), 0x6E78_9E6A_A1B9_65F4)
        XCTAssertEqual(generator.next(), 0x06C4_5D18_8009_454F)
    }

    func testUnitAndIndexStayInRange() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<10_000 {
            let unit = generator.nextUnit()
            XCTAssertTrue(unit >= 0 && unit < 1)
            XCTAssertTrue((0..<3).contains(generator.nextIndex(below: 3)))
        }
    }
}
