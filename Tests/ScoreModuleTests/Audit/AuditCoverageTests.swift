import ImportModule
import RapportTestSupport
import XCTest
@testable import RapportCore
@testable import ScoreModule

/// The adjusted share's interval covers the true fake share of simulated samples, whatever the mix: a model trained
/// on one seed is applied to a sample of another (scripts/audit_coverage.py runs 100 trials per share).
final class AuditCoverageTests: XCTestCase {
    func testTheAdjustedIntervalCoversTheSimulatedFakeShare() throws {
        let harness = try CommandHarness(commands: ImportModule.commands + ScoreModule.commands)
        for (share, trial) in [(0.1, 1), (0.3, 2), (0.5, 3)] {
            try harness.run("simulate followers 2000 --fake-share \(share) --seed \(1000 + trial) as train --replace")
            try harness.run("audit train train --label label --as-of 2026-01-01 as model")
            try harness.run("simulate followers 2000 --fake-share \(share) --seed \(5000 + trial) as sample --replace")
            let result = try harness.run("audit sample --model model --as-of 2026-01-01")
            let interval = try XCTUnwrap(result.json["model"]?["fake_share_adjusted_interval"]?.arrayValue, "\(share)")
            let low = try XCTUnwrap(interval.first?.doubleValue), high = try XCTUnwrap(interval.last?.doubleValue)
            XCTAssertLessThanOrEqual(low, share, "F = \(share)")
            XCTAssertGreaterThanOrEqual(high, share, "F = \(share)")
            // An interval as wide as the whole range would cover anything: this one is narrow.
            XCTAssertLessThan(high - low, 0.1, "F = \(share)")
        }
    }
}
