import XCTest
@testable import Analytics
import RapportCore

/// The radix sort against the standard library's sort, on negative, zero, tiny, huge and repeated values.
final class RadixSortTests: XCTestCase {
    func testMatchesTheStandardSort() {
        var generator = SplitMix64(seed: 17)
        for count in [0, 1, 5, 4095, 4096, 100_003] {
            let values = (0..<count).map { index -> Double in
                switch index % 5 {
                case 0: return Double(generator.nextIndex(below: 50))
                case 1: return -generator.nextUnit() * 1e6
                case 2: return generator.nextUnit() * 1e-300
                case 3: return 0
                default: return generator.nextUnit() * 1e300
                }
            }
            XCTAssertEqual(RadixSort.sorted(values), values.sorted(), "n \(count)")
        }
    }

    func testInfinitiesAndNegativeZeroSortInPlace() {
        let values = [1.0, -.infinity, 0.0, -0.0, .infinity, -2.5] + Array(repeating: 3.0, count: 5000)
        let sorted = RadixSort.sorted(values)
        XCTAssertEqual(sorted.first, -.infinity)
        XCTAssertEqual(sorted.last, .infinity)
        XCTAssertEqual(Array(sorted.prefix(5)), [-.infinity, -2.5, -0.0, 0.0, 1.0])
        XCTAssertEqual(sorted[2].sign, .minus, "-0.0 comes before 0.0")
    }
}
