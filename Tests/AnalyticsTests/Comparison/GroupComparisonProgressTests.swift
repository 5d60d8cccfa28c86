import XCTest
import RapportCore
@testable import Analytics

/// A comparison counts its bootstrap resamples: one interval per group and one per pair, `resamples` each.
final class GroupComparisonProgressTests: XCTestCase {
    func testEveryIntervalsResamplesAreCounted() throws {
        let progress = ProgressMeter()
        // Three groups: 3 group intervals and 3 pair intervals of 500 resamples = 3,000.
        XCTAssertEqual(GroupComparison.resampleCount(groups: 3, resamples: 500), 3_000)
        progress.begin(Message(en: "comparing", de: "vergleiche"), unit: .resamples, total: 3_000)
        let values: [[Double]] = [[1, 2, 3, 4], [2, 3, 4, 5], [5, 6, 7, 8]]
        _ = GroupComparison(names: ["a", "b", "c"], values: values, test: .mwu, resamples: 500, seed: 1,
                            ordered: true, progress: progress)
        XCTAssertEqual(progress.reading?.done, 3_000)
        XCTAssertEqual(progress.reading?.fraction, 1)
    }
}
