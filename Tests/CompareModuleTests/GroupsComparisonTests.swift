import CompareModule
import Foundation
import ImportModule
import RapportCore
import RapportTestSupport
import XCTest

/// `compare … by COLUMN` against scipy on fixture posts with heavy ties (Fixtures/make_compare_reference.py).
final class GroupsComparisonTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("compare_reference.json"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func harness() throws -> CommandHarness {
        let harness = try CommandHarness(commands: ImportModule.commands + CompareModule.commands)
        try harness.run("import \(Self.fixtures.appendingPathComponent("compare_posts.csv").path) as posts --preset none")
        try harness.run("roles posts likes=likes followers=followers")
        return harness
    }

    /// Relative closeness, for p-values down to 1e-10.
    private func assertClose(_ actual: Double?, _ expected: Any?, _ label: String, relative: Double = 1e-6) {
        guard let actual, let expected = expected as? Double else { return XCTFail("\(label): missing value") }
        XCTAssertEqual(actual, expected, accuracy: relative * max(abs(expected), 1e-300), label)
    }

    func testRowsWithoutAGroupOrAValueAreCountedInAWarning() throws {
        // By hand: two rows have no format, one has no likes (so no engagement rate); six rows are compared.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("left-out-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            post_id,format,likes,followers
            p1,photo,10,100
            p2,photo,20,100
            p3,photo,30,100
            p4,video,5,100
            p5,video,,100
            p6,video,15,100
            p7,video,25,100
            p8,,40,100
            p9,,50,100
            """.write(to: file, atomically: true, encoding: .utf8)
        let harness = try CommandHarness(commands: ImportModule.commands + CompareModule.commands)
        try harness.run("import \(file.path) as posts --preset none")
        try harness.run("roles posts likes=likes followers=followers")
        let result = try harness.run("compare posts engagement-rate by format")
        let warnings = result.blocks.compactMap { block -> String? in
            if case .warning(let message) = block { return message.text(.en) }
            return nil
        }
        XCTAssertTrue(warnings.contains("3 rows left out: 2 without a value in format, 1 whose engagement-rate is "
                                        + "missing (score shows the first as a group of their own)"), "\(warnings)")
        let groups = try harness.workspace.dataset(named: "posts-engagement-rate-by-format")
        let posts = try XCTUnwrap(groups.column(named: "posts"))
        XCTAssertEqual((0..<groups.rowCount).compactMap { posts.data[$0].number }.reduce(0, +), 6)
    }

    func testAllPairsKruskalAndHolmMatchScipy() throws {
        let harness = try harness()
        let result = try harness.run("compare posts engagement-rate by format --test both")
        let expected = try reference()
        let kruskal = try XCTUnwrap(expected["kruskal"] as? [String: Any])
        assertClose(result.json["kruskal"]?["p"]?.doubleValue, kruskal["p"], "kruskal p")
        assertClose(result.json["kruskal"]?["h"]?.doubleValue, kruskal["h"], "kruskal h", relative: 1e-9)
        let pairs = try harness.workspace.dataset(named: "posts-engagement-rate-by-format-pairs")
        let expectedPairs = try XCTUnwrap(expected["pairs"] as? [[String: Any]])
        XCTAssertEqual(pairs.rowCount, expectedPairs.count)
        for row in 0..<pairs.rowCount {
            let first = pairs.column(named: "group")!.data[row], second = pairs.column(named: "against")!.data[row]
            guard case .text(let a) = first, case .text(let b) = second,
                  let pair = expectedPairs.first(where: { $0["group"] as? String == a && $0["against"] as? String == b }) else {
                return XCTFail("pair \(first) / \(second) is not oriented as the reference")
            }
            for name in ["p_mwu", "p_mwu_holm", "p_welch", "p_welch_holm"] {
                assertClose(pairs.column(named: name)?.data[row].number, pair[name], "\(a)/\(b) \(name)")
            }
            for name in ["cliffs_delta", "difference", "ratio"] {
                assertClose(pairs.column(named: name)?.data[row].number, pair[name], "\(a)/\(b) \(name)", relative: 1e-12)
            }
        }
        let groups = try harness.workspace.dataset(named: "posts-engagement-rate-by-format")
        let expectedGroups = try XCTUnwrap(expected["groups"] as? [String: [String: Double]])
        for row in 0..<groups.rowCount {
            guard case .text(let name) = groups.column(named: "format")!.data[row] else { return XCTFail("group name") }
            for column in ["median", "mean", "p25", "p75"] {
                assertClose(groups.column(named: column)?.data[row].number, expectedGroups[name]?[column], "\(name) \(column)",
                            relative: 1e-12)
            }
        }
    }

    func testExactMannWhitneyForSmallGroupsWithoutTies() throws {
        let harness = try harness()
        let result = try harness.run("compare posts engagement-rate by format --groups reel,story --test both")
        let expected = try XCTUnwrap(try reference()["exact_pair"] as? [String: Any])
        let rows = try XCTUnwrap(result.json["pairs"]?["rows"]?.arrayValue?.first?.arrayValue)
        let columns = try XCTUnwrap(result.json["pairs"]?["columns"]?.arrayValue).compactMap { $0["name"]?.stringValue }
        let p = rows[try XCTUnwrap(columns.firstIndex(of: "p_mwu"))].doubleValue
        assertClose(p, expected["p_mwu"], "exact p")
        XCTAssertEqual(rows[0].stringValue, "reel", "--groups keeps the given order")
    }

    func testSmallGroupsWarnAndTheSentenceSaysWhetherChanceExplainsIt() throws {
        let harness = try harness()
        let result = try harness.run("compare posts engagement-rate by format")
        let warnings = result.blocks.compactMap { block -> String? in
            if case .warning(let message) = block { return message.text(.en) }
            return nil
        }
        XCTAssertEqual(warnings.count, 3, "link (9), story (8) and reel (6) have fewer than 10 posts: \(warnings)")
        let sentence = try XCTUnwrap(result.json["sentence"]?.stringValue)
        XCTAssertTrue(sentence.contains("groups differ"), sentence)
        let two = try harness.run("compare posts engagement-rate by format --groups reel,story")
        XCTAssertTrue(try XCTUnwrap(two.json["sentence"]?.stringValue).contains("no difference could be shown"))
    }

    func testSameSeedSameIntervals() throws {
        let harness = try harness()
        let first = try harness.run("compare posts engagement-rate by format --seed 9")
        let second = try harness.run("compare posts engagement-rate by format --seed 9")
        XCTAssertEqual(first.json["pairs"], second.json["pairs"])
        let other = try harness.run("compare posts engagement-rate by format --seed 10")
        XCTAssertNotEqual(first.json["pairs"], other.json["pairs"])
    }

    func testBadInputLeavesTheWorkspaceAsItWas() throws {
        let harness = try harness()
        let before = harness.workspace.entries.map(\.name)
        XCTAssertNotNil(harness.error("compare posts engagement-rate"))
        XCTAssertNotNil(harness.error("compare posts engagement-rate by nothing"))
        XCTAssertNotNil(harness.error("compare posts engagement-rate by format --groups video,nope"))
        XCTAssertNotNil(harness.error("compare posts person-premium by format"))
        XCTAssertNotNil(harness.error("compare posts engagement-rate by format --bootstrap 5"))
        XCTAssertEqual(harness.workspace.entries.map(\.name), before)
    }
}
