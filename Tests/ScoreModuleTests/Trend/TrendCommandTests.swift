import Foundation
import RapportCore
import RapportTestSupport
@testable import ScoreModule
import XCTest

/// `trend` against pandas and scipy on the same period medians (Fixtures/make_periods_reference.py), and its
/// sentences, ranges and refusals on posts whose trend is known by construction.
final class TrendCommandTests: XCTestCase {
    /// Asserts two optional numbers agree (both missing, or within a relative tolerance).
    private func assertClose(_ actual: Double?, _ expected: Any?, _ label: String, relative: Double = 1e-9) {
        let wanted = (expected as? NSNumber)?.doubleValue
        guard let wanted else { return XCTAssertNil(actual, label) }
        guard let actual else { return XCTFail("\(label): missing, expected \(wanted)") }
        XCTAssertEqual(actual, wanted, accuracy: max(abs(wanted) * relative, 1e-15), label)
    }

    func testMediansChangesSlopesAndTestsEqualScipy() throws {
        let cases = try PeriodsReference.cases("trend")
        XCTAssertEqual(cases.count, 12)
        for entry in cases {
            let zone = try XCTUnwrap(entry["zone"] as? String), per = try XCTUnwrap(entry["per"] as? String)
            let voice = try XCTUnwrap(entry["voice"] as? String)
            let label = "\(zone) \(per) \(voice)"
            let harness = try ScorePerPeriodTests.harness(zone: zone)
            try harness.run("trend posts engagement-rate by voice --per \(per) as t")
            let voices = try harness.cells("t", "voice")
            let rows = voices.indices.filter { voices[$0] == .text(voice) }
            let medians = try harness.numbers("t", "median"), changes = try harness.numbers("t", "change")
            let relative = try harness.numbers("t", "change_rel")
            let expectedMedians = try XCTUnwrap(entry["medians"] as? [Any])
            XCTAssertEqual(rows.count, expectedMedians.count, "\(label): every covered period is a row")
            let expectedChanges = try XCTUnwrap(entry["changes"] as? [Any])
            let expectedRelative = try XCTUnwrap(entry["relative"] as? [Any])
            for (index, row) in rows.enumerated() {
                assertClose(medians[row], expectedMedians[index], "\(label) median \(index)")
                assertClose(changes[row], expectedChanges[index], "\(label) change \(index)", relative: 1e-7)
                assertClose(relative[row], expectedRelative[index], "\(label) relative \(index)", relative: 1e-7)
            }
            let slopeVoices = try harness.cells("t-slopes", "voice")
            let slopeRow = try XCTUnwrap(slopeVoices.firstIndex(of: .text(voice)))
            for (column, key) in [("slope", "slope"), ("slope_low", "low"), ("slope_high", "high"), ("tau", "tau"),
                                  ("p", "p")] {
                assertClose(try harness.numbers("t-slopes", column)[slopeRow], entry[key], "\(label) \(column)",
                            relative: 1e-6)
            }
        }
    }

    /// Six monthly posts of one account whose rates fall by 0.5 points a month, plus a flat second voice.
    private static func monthly() -> Dataset {
        let march: Int64 = 1_740_787_200  // 2025-03-01T00:00Z
        let days: [Int64] = [0, 31, 61, 92, 122, 153].map { $0 * 86_400 + march + 3600 * 12 }
        return Dataset(name: "posts", columns: [
            Column.text("voice", Array(repeating: "person", count: 6) + Array(repeating: "institution", count: 6),
                        role: .voice),
            Column(name: "published", role: .published, data: .time(days + days, MissingMask())),
            Column.integer("likes", [60, 55, 50, 45, 40, 35] + [20, 20, 20, 20, 20, 20], role: .likes),
            Column.integer("followers", Array(repeating: 1000, count: 12), role: .followers),
        ], kind: .posts)
    }

    func testAFallingSeriesReadsAsFallingAndAFlatOneAsUnchanged() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.monthly()])
        let result = try harness.run("trend posts engagement-rate by voice")
        let sentences = try XCTUnwrap(result.json["sentences"]?.arrayValue?.compactMap(\.stringValue))
        XCTAssertEqual(sentences.count, 2)
        // Institution (first in key order): the same 2 % every month.
        XCTAssertTrue(sentences[0].contains("did not change"), sentences[0])
        // Person: 6 %, 5.5 % … 3.5 %: every pairwise slope is -0.5 points; tau = -1, exact p = 2/6! = 0.00278.
        XCTAssertEqual(sentences[1], "The engagement-rate of person posts fell by 0.5 points a month "
                       + "(95 % CI 0.5–0.5), a trend unlikely to be chance (p = 0.003).")
        let slopes = try harness.numbers("posts-engagement-rate-trend-slopes", "slope")
        XCTAssertEqual(slopes[1] ?? .nan, -0.005, accuracy: 1e-15)
        XCTAssertEqual(try harness.numbers("posts-engagement-rate-trend-slopes", "p")[1] ?? .nan, 2.0 / 720,
                       accuracy: 1e-15)
        let german = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.monthly()], language: .de)
        let deutsch = try german.run("trend posts engagement-rate by voice").json["sentences"]?.arrayValue?
            .compactMap(\.stringValue) ?? []
        XCTAssertEqual(deutsch.last, "Die engagement-rate der Beiträge von person sank um 0,5 Prozentpunkte pro Monat "
                       + "(95-%-KI 0,5–0,5), ein Trend, der kaum Zufall ist (p = 0,003).")
    }

    func testFewerThanFourPeriodsGiveNoTestAndSayWhy() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.monthly()])
        let result = try harness.run("trend posts engagement-rate where voice == \"person\" "
                                     + "--from 2025-04-01 --to 2025-06-30")
        let sentence = try XCTUnwrap(result.json["sentences"]?.arrayValue?.first?.stringValue)
        XCTAssertTrue(sentence.contains("posts in only 3 months, and a trend needs at least 4"), sentence)
        XCTAssertFalse(sentence.contains("p ="), sentence)
        XCTAssertEqual(try harness.cells("posts-engagement-rate-trend", "period"),
                       [.text("2025-04"), .text("2025-05"), .text("2025-06")])
        XCTAssertEqual(try harness.numbers("posts-engagement-rate-trend-slopes", "p"), [nil])
    }

    func testTheRangeKeepsEmptyPeriodsAtItsEdges() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.monthly()])
        try harness.run("trend posts engagement-rate --from 2025-01-15 --to 2025-09-10 as wide")
        XCTAssertEqual(try harness.cells("wide", "period").count, 9, "January to September")
        XCTAssertEqual(try harness.numbers("wide", "posts"), [0, 0, 2, 2, 2, 2, 2, 2, 0])
        XCTAssertEqual(try harness.numbers("wide", "change")[2], nil, "no change against an empty month")
    }

    func testSlopesReadWithoutScientificNotation() {
        XCTAssertEqual(TrendReport.amount(0.000205, .en), "0.000205")
        XCTAssertEqual(TrendReport.amount(-0.2791, .en), "-0.279")
        XCTAssertEqual(TrendReport.amount(0.5, .de), "0,5")
        XCTAssertEqual(TrendReport.amount(12.3456, .en), "12.35")
        XCTAssertEqual(TrendReport.amount(100, .en), "100")
        XCTAssertEqual(TrendReport.amount(0, .en), "0")
        XCTAssertEqual(TrendReport.amount(-1e-9, .en), "0", "below six decimals reads as 0")
    }

    func testRefusals() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.monthly()])
        XCTAssertNotNil(harness.error("trend posts engagement-rate --per weekday"), "trends need calendar periods")
        XCTAssertTrue(harness.refusal("trend posts engagement-rate --from 2025-13-45").contains("not a date"))
        XCTAssertNotNil(harness.error("trend posts engagement-rate --from 2025-06-01 --to 2025-05-01"))
        XCTAssertNotNil(harness.error("trend posts engagement-rate --from 2030-01-01"))
        XCTAssertTrue(harness.refusal("trend posts relationship-stages").contains("no value per post"))
        XCTAssertTrue(harness.refusal("trend posts engagement-rate --per day --from 1990-01-01")
            .contains("more than the 10000 a trend covers"))
        XCTAssertFalse(harness.workspace.contains("posts-engagement-rate-trend"))
    }
}
