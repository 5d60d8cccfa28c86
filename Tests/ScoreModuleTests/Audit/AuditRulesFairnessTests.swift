import RapportTestSupport
import XCTest
@testable import RapportCore
@testable import ScoreModule

/// The rules read a mostly empty yes-only column as no, and give no share for an indicator evaluated on too few.
final class AuditRulesFairnessTests: XCTestCase {
    /// The warnings of a result.
    private func warnings(_ result: CommandResult) -> [String] {
        result.blocks.compactMap { block in
            if case .warning(let message) = block { return message.en }
            return nil
        }
    }

    /// A row of the rules dataset: (evaluated, showing, share) of the indicator.
    private func rule(_ harness: CommandHarness, _ name: String) throws -> (Double?, Double?, Double?) {
        let indicators = try harness.cells("sample-audit-rules", "indicator")
        let row = try XCTUnwrap(indicators.firstIndex(of: .text(name)), name)
        return (try harness.numbers("sample-audit-rules", "evaluated")[row],
                try harness.numbers("sample-audit-rules", "showing")[row],
                try harness.numbers("sample-audit-rules", "share")[row])
    }

    func testAMostlyEmptyYesOnlyColumnReadsEmptyAsNo() throws {
        // 10 followers, the picture column true for 2 and empty for 8: the 8 have no picture.
        let sample = Dataset(name: "sample", columns: [
            Column.integer("followers", [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000], role: .followers),
            Column(name: "picture", role: .hasPicture, data: .from(cells: [.boolean(true), .boolean(true)]
                + Array(repeating: .missing, count: 8), as: .boolean)),
        ], kind: .followers)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [sample])
        let result = try harness.run("audit sample --model rules")
        let evaluated = try rule(harness, "camisani.no-picture")
        XCTAssertEqual(evaluated.0, 10)
        XCTAssertEqual(evaluated.1, 8)
        XCTAssertTrue(warnings(result).contains(Words.emptyReadAsNo([.hasPicture]).en), "\(warnings(result))")
    }

    func testAColumnWithNoesKeepsItsEmptyCellsMissing() throws {
        // true, false and 8 empty: a false exists, so empty means unknown, and 2 are evaluated.
        let sample = Dataset(name: "sample", columns: [
            Column.integer("followers", [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000], role: .followers),
            Column(name: "picture", role: .hasPicture, data: .from(cells: [.boolean(true), .boolean(false)]
                + Array(repeating: .missing, count: 8), as: .boolean)),
        ], kind: .followers)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [sample])
        let result = try harness.run("audit sample --model rules")
        XCTAssertEqual(try rule(harness, "camisani.no-picture").0, 2)
        XCTAssertFalse(warnings(result).contains { $0.contains("read as no") }, "\(warnings(result))")
    }

    func testAnIndicatorEvaluatedOnFewerThanFivePercentHasNoShare() throws {
        // 30 followers, one with a listed count (0): 1 of 30 is 3.3 %, below 5 %; the share would read 1.
        let sample = Dataset(name: "sample", columns: [
            Column.integer("followers", (1...30).map { Int64($0 * 100) }, role: .followers),
            Column.integer("listed", [0] + Array(repeating: nil, count: 29), role: .listed),
        ], kind: .followers)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [sample])
        let result = try harness.run("audit sample --model rules")
        let listed = try rule(harness, "camisani.not-listed")
        XCTAssertEqual(listed.0, 1)
        XCTAssertNil(listed.2)
        XCTAssertNotNil(try rule(harness, "camisani.few-followers").2, "an indicator evaluated on all keeps its share")
        XCTAssertTrue(warnings(result).contains(Words.sparseIndicators([("camisani.not-listed", 1)], of: 30).en),
                      "\(warnings(result))")
    }
}
