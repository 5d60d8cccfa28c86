import XCTest
@testable import Analytics

/// Kruskal-Wallis H against scipy.stats.kruskal(*groups), scipy 1.17.1.
final class KruskalWallisTests: XCTestCase {
    func testMatchesScipy() {
        for reference in StatisticsReference.cases("kruskal") {
            let label = StatisticsReference.label(reference)
            let result = KruskalWallis.test(StatisticsReference.numberLists(reference, "groups"))
            assertClose(result?.h, StatisticsReference.number(reference, "h"), relative: 1e-9, absolute: 1e-12, label)
            XCTAssertEqual(result?.degreesOfFreedom, reference["df"] as? Int, label)
            assertClose(result?.p, StatisticsReference.number(reference, "p"), relative: 1e-6, label)
        }
    }

    func testUnusableGroupsAreNil() {
        XCTAssertNil(KruskalWallis.test([[1, 2, 3]]))
        XCTAssertNil(KruskalWallis.test([[1, 2], []]))
        XCTAssertNil(KruskalWallis.test([[4, 4], [4, 4, 4]]))
    }
}
