import Analytics
import CompareModule
import RapportCore
import RapportTestSupport
import XCTest

/// The stored comparison tables record the plain sentence in English and German, for reports written later.
final class ComparisonTablesTests: XCTestCase {
    /// Person rates 0.10 and 0.30 (median 0.20), institution 0.002 and 0.006 (median 0.004): a ratio of 50.
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("voice", ["person", "person", "institution", "institution"], role: .voice),
        Column.integer("likes", [10, 30, 2, 6], role: .likes),
        Column.integer("followers", [100, 100, 1000, 1000], role: .followers),
    ], kind: .posts)

    func testBothTablesRecordTheSentenceTheCommandPrinted() throws {
        let harness = try CommandHarness(commands: CompareModule.commands, datasets: [Self.posts])
        let result = try harness.run("compare posts engagement-rate by voice")
        let printed = result.blocks.compactMap { block -> String? in
            if case .text(let text) = block, text.hasPrefix("person posts earned") { return text }
            return nil
        }
        let groups = try XCTUnwrap(harness.workspace.entry(named: "posts-engagement-rate-by-voice"))
        let pairs = try XCTUnwrap(harness.workspace.entry(named: "posts-engagement-rate-by-voice-pairs"))
        let record = try XCTUnwrap(groups.origin?.finding?.sentence)
        XCTAssertEqual([record.en], printed)
        XCTAssertTrue(record.de.hasPrefix("person-Beiträge erzielten das 50-Fache"), record.de)
        XCTAssertEqual(groups.origin?.finding?.kind, .compare)
        XCTAssertEqual(pairs.origin?.finding, Finding(.comparePairs, sentence: record))
        XCTAssertEqual(groups.origin?.command, "compare posts engagement-rate by voice")
        XCTAssertTrue(try XCTUnwrap(pairs.origin).isSameRun(as: try XCTUnwrap(groups.origin)), "the report pairs them by it")
    }
}
