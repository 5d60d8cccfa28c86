import Foundation
import ImportModule
import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// `score` on the real UCI Facebook metrics file against pandas (Fixtures/make_facebook_reference.py).
final class ScoreOnFacebookTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The reference cases: the score arguments, then per group posts, median, mean, p25, p75, pooled.
    private func reference() throws -> [String: [String: [String: Double]]] {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("facebook_reference.json"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object["cases"] as? [String: [String: [String: Double]]])
    }

    private func harness() throws -> CommandHarness {
        let harness = try CommandHarness(commands: ImportModule.commands + ScoreModule.commands)
        let file = SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv")
        try harness.run("import \(file) as fb")
        return harness
    }

    func testEveryReferenceCaseMatchesPandas() throws {
        let harness = try harness()
        let cases = try reference()
        XCTAssertEqual(cases.count, 11)
        for (arguments, groups) in cases {
            let result = try CommandHarness.table(try harness.run("score fb \(arguments)"))
            let keyColumn = result.columns.first { !["posts", "median", "mean", "p25", "p75", "pooled", "total"].contains($0.name) }
            XCTAssertEqual(result.rowCount, groups.count, arguments)
            for row in 0..<result.rowCount {
                let key = keyColumn.map { Self.key($0.data[row]) } ?? "all"
                guard let expected = groups[key] ?? groups.first(where: { Double($0.key) != nil && Double($0.key) == Double(key) })?.value else {
                    XCTFail("\(arguments): group \(key) is not in the reference \(groups.keys.sorted())")
                    continue
                }
                for (name, value) in expected {
                    let column = name == "pooled" && result.column(named: "pooled") == nil ? "total" : name
                    let actual = try XCTUnwrap(result.column(named: column)?.data[row].number, "\(arguments) \(key) \(name)")
                    XCTAssertEqual(actual, value, accuracy: 1e-12 * max(1, abs(value)), "\(arguments) \(key) \(name)")
                }
            }
        }
    }

    func testResultIsStoredUnderDatasetAndMetricAndReplacedOnRerun() throws {
        let harness = try harness()
        try harness.run("score fb engagement-rate by Type")
        XCTAssertEqual(try harness.workspace.dataset(named: "fb-engagement-rate").rowCount, 4)
        try harness.run("score fb engagement-rate")
        XCTAssertEqual(try harness.workspace.dataset(named: "fb-engagement-rate").rowCount, 1)
    }

    func testPerPostAddsTheRateAsAColumn() throws {
        let harness = try harness()
        try harness.run("score fb engagement-rate --per-post where Type == \"Photo\"")
        let rates = try harness.numbers("fb", "engagement-rate")
        let likes = try harness.numbers("fb", "like"), comments = try harness.numbers("fb", "comment")
        let shares = try harness.numbers("fb", "share"), followers = try harness.numbers("fb", "Page total likes")
        let types = try harness.cells("fb", "Type")
        for row in rates.indices {
            guard types[row] == .text("Photo"), let l = likes[row], let c = comments[row], let s = shares[row] else {
                XCTAssertNil(rates[row], "row \(row) is outside the where clause or lacks a count")
                continue
            }
            XCTAssertEqual(try XCTUnwrap(rates[row]), (l + c + s) / followers[row]!, accuracy: 1e-15)
        }
    }

    func testMissingRoleIsNamedAndWorkspaceUnchanged() throws {
        let harness = try harness()
        let before = harness.workspace.entries.map(\.name)
        let error = try XCTUnwrap(harness.error("score fb cpm"))
        XCTAssertTrue(error.message.text(.en).contains("spend"), error.message.text(.en))
        XCTAssertTrue(error.message.text(.de).contains("spend"))
        XCTAssertEqual(harness.workspace.entries.map(\.name), before)
        XCTAssertNotNil(harness.error("score fb engagement-rate by Nope"))
        XCTAssertNotNil(harness.error("score fb engagment-rate"))
        XCTAssertEqual(harness.workspace.entries.map(\.name), before)
    }

    /// A group key as the reference writes it.
    private static func key(_ cell: Cell) -> String {
        switch cell {
        case .missing: return "<missing>"
        case .text(let text): return text
        case .integer(let value): return String(value)
        default: return "\(cell)"
        }
    }
}
