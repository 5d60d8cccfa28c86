import CompareModule
import Foundation
import ImportModule
import RapportCore
import RapportTestSupport
import XCTest

/// `compare --per month` and `--last 90d` on the Thai Live sellers' status_published (2012–2018) against scipy
/// (Fixtures/make_live_periods_reference.py), and their refusals.
final class SuccessivePeriodsComparisonTests: XCTestCase {
    private static let reference: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/live_periods_reference.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    private func harness() throws -> CommandHarness {
        let harness = try CommandHarness(commands: ImportModule.commands + CompareModule.commands)
        try harness.run("import \(SharedDatasets.path("uci-fb-live-sellers-thailand/Live.csv")) as live")
        return harness
    }

    private func assertClose(_ actual: Double?, _ expected: Double, _ label: String) {
        guard let actual else { return XCTFail("\(label): missing") }
        XCTAssertEqual(actual, expected, accuracy: max(abs(expected) * 1e-6, 1e-300), label)
    }

    func testEachMonthAgainstTheMonthBeforeEqualsScipy() throws {
        let expected = try XCTUnwrap(Self.reference["per_month"] as? [String: Any])
        let harness = try harness()
        let result = try harness.run("compare live interactions --per month --bootstrap 100")
        let months = try XCTUnwrap(expected["months"] as? [String])
        XCTAssertEqual(try harness.cells("live-interactions-per-month", "month"), months.map(Cell.text))
        XCTAssertEqual(try harness.numbers("live-interactions-per-month", "posts"),
                       try XCTUnwrap(expected["posts"] as? [Double]))
        XCTAssertEqual(try harness.numbers("live-interactions-per-month", "median"),
                       try XCTUnwrap(expected["medians"] as? [Double]))
        let pairs = try XCTUnwrap(expected["pairs"] as? [[String: Any]])
        let table = "live-interactions-per-month-pairs"
        XCTAssertEqual(try harness.cells(table, "group"), pairs.compactMap { $0["group"] as? String }.map(Cell.text))
        let earlier = pairs.compactMap { $0["against"] as? String }.map(Cell.text)
        XCTAssertEqual(try harness.cells(table, "against"), earlier)
        let raw = try harness.numbers(table, "p_mwu"), holm = try harness.numbers(table, "p_mwu_holm")
        for (index, pair) in pairs.enumerated() {
            assertClose(raw[index], try XCTUnwrap(pair["p"] as? Double), "p \(index)")
            assertClose(holm[index], try XCTUnwrap(pair["p_holm"] as? Double), "Holm \(index)")
        }
        let sentence = try XCTUnwrap(result.json["sentence"]?.stringValue)
        let differing = pairs.filter { ($0["p_holm"] as? Double ?? 1) < 0.05 }.count
        XCTAssertTrue(sentence.hasPrefix("Of \(pairs.count) changes of interactions from one month to the next, "
                                         + "\(differing) are unlikely to be chance"), sentence)
        XCTAssertNil(result.json["kruskal"], "adjacent periods are not one Kruskal-Wallis test")
        let skipped = result.blocks.contains { block in
            if case .warning(let message) = block { return message.en.contains("skipped") }
            return false
        }
        XCTAssertFalse(skipped, "every month from 2012-07 to 2018-06 has posts")
    }

    func testAMonthAfterAGapIsComparedWithTheLastOneBeforeIt() throws {
        let harness = try harness()
        let result = try harness.run("compare live interactions --per month --bootstrap 100 "
                                     + "where status_published < \"2016-01-01\" or status_published >= \"2016-03-01\"")
        let groups = try harness.cells("live-interactions-per-month-pairs", "group")
        let against = try harness.cells("live-interactions-per-month-pairs", "against")
        let index = try XCTUnwrap(groups.firstIndex(of: .text("2016-03")))
        XCTAssertEqual(against[index], .text("2015-12"))
        XCTAssertTrue(result.blocks.contains { if case .warning(let message) = $0 {
            return message.en.hasPrefix("2 month periods without posts were skipped") }
            return false })
    }

    func testTheLatestNinetyDaysAgainstTheNinetyBeforeEqualScipy() throws {
        let expected = try XCTUnwrap(Self.reference["last_90d"] as? [String: Any])
        let harness = try harness()
        let result = try harness.run("compare live interactions --last 90d --bootstrap 100")
        let posts = try XCTUnwrap(expected["posts"] as? [Double])
        XCTAssertEqual(try harness.numbers("live-interactions-last", "posts"), posts)
        XCTAssertEqual(try harness.numbers("live-interactions-last", "median"),
                       try XCTUnwrap(expected["medians"] as? [Double]))
        let p = try XCTUnwrap(expected["p"] as? Double)
        assertClose(try harness.numbers("live-interactions-last-pairs", "p_mwu")[0], p, "p")
        let sentence = try XCTUnwrap(result.json["sentence"]?.stringValue)
        XCTAssertTrue(sentence.hasPrefix("Posts from the last 90d (2018-03-15 01:12 to 2018-06-13 01:12)"), sentence)
        // --as-of moves the end: the 3 months to 2017-01-01 hold other posts than the latest ones.
        try harness.run("compare live interactions --last 3m --as-of 2017-01-01 --bootstrap 100 as earlier")
        let earlier = try harness.cells("earlier", "period")
        XCTAssertTrue(earlier.first == .text("from the last 3m (2016-10-01 00:00 to 2017-01-01 00:00)"), "\(earlier)")
    }

    func testRefusals() throws {
        let harness = try harness()
        XCTAssertTrue(harness.refusal("compare live interactions --per weekday").contains("calendar period"))
        XCTAssertTrue(harness.refusal("compare live interactions --last 90").contains("span"))
        XCTAssertNotNil(harness.error("compare live interactions --per month --time status_type"))
        XCTAssertNotNil(harness.error("compare live interactions --per year where status_published < \"2013-01-01\""),
                        "one year with posts is nothing to compare")
        XCTAssertFalse(harness.workspace.contains("live-interactions-per-month"))
    }
}
