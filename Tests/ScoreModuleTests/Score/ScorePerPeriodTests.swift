import Foundation
import ImportModule
import RapportCore
import RapportTestSupport
@testable import ScoreModule
import XCTest

/// `score … by voice --per PERIOD` and `count --per` against pandas (Fixtures/make_periods_reference.py) in UTC and
/// Europe/Berlin, with posts around the clock changes and at the year ends; empty periods are the only extra rows.
final class ScorePerPeriodTests: XCTestCase {
    /// The posts of the fixture imported as `posts`, in a zone.
    static func harness(zone: String) throws -> CommandHarness {
        let harness = try CommandHarness(commands: ImportModule.commands + ScoreModule.commands)
        try harness.workspace.perform(command: "set timezone", logged: false) {
            try harness.workspace.setSetting("timezone", to: zone)
        }
        try harness.run("import \(PeriodsReference.folder.appendingPathComponent("periods_posts.csv").path) as posts")
        try harness.run("roles posts published=published followers=followers likes=likes comments=comments "
                        + "shares=shares saves=saves voice=voice")
        return harness
    }

    func testScorePerPeriodEqualsPandasInBothZones() throws {
        let cases = try PeriodsReference.cases("score")
        XCTAssertEqual(cases.count, 6)
        for entry in cases {
            let zone = try XCTUnwrap(entry["zone"] as? String), per = try XCTUnwrap(entry["per"] as? String)
            let harness = try Self.harness(zone: zone)
            try harness.run("score posts engagement-rate by voice --per \(per) as scored")
            let table = try harness.workspace.dataset(named: "scored")
            XCTAssertEqual(table.columnNames.prefix(2), [per, "voice"], "the period comes before the by columns")
            let periods = try harness.cells("scored", per), voices = try harness.cells("scored", "voice")
            let posts = try harness.numbers("scored", "posts"), medians = try harness.numbers("scored", "median")
            let means = try harness.numbers("scored", "mean"), pooled = try harness.numbers("scored", "pooled")
            var rowOf: [String: Int] = [:]
            for row in 0..<table.rowCount {
                guard case .text(let period) = periods[row] else { return XCTFail("a row without a period") }
                let voice: String
                if case .text(let text) = voices[row] { voice = text } else { voice = "" }
                rowOf[period + "|" + voice] = row
            }
            let groups = try XCTUnwrap(entry["groups"] as? [[String: Any]])
            for group in groups {
                let key = "\(group["period"] ?? "")|\(group["voice"] ?? "")"
                let row = try XCTUnwrap(rowOf[key], "\(zone) \(per): no row \(key)")
                XCTAssertEqual(posts[row], (group["posts"] as? NSNumber)?.doubleValue, key)
                for (name, values) in [("median", medians), ("mean", means), ("pooled", pooled)] {
                    let expected = try XCTUnwrap((group[name] as? NSNumber)?.doubleValue)
                    XCTAssertEqual(values[row] ?? .nan, expected, accuracy: 1e-12, "\(zone) \(per) \(key) \(name)")
                }
            }
            // The only rows pandas lacks are the covered periods without any post: missing voice, 0 posts.
            let covered = try XCTUnwrap(entry["covered"] as? [String])
            let withPosts = Set(groups.compactMap { $0["period"] as? String })
            let empty = covered.filter { !withPosts.contains($0) }
            XCTAssertEqual(table.rowCount, groups.count + empty.count, "\(zone) \(per)")
            for period in empty {
                let row = try XCTUnwrap(rowOf[period + "|"], "\(zone) \(per): no empty row for \(period)")
                XCTAssertEqual(posts[row], 0)
                XCTAssertNil(medians[row])
            }
            XCTAssertEqual(periods.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
                .reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }, covered, "rows follow the periods")
        }
    }

    func testTheEmptyMonthAndWeeksAreThere() throws {
        let harness = try Self.harness(zone: "Europe/Berlin")
        try harness.run("score posts engagement-rate --per month as monthly")
        let months = try harness.cells("monthly", "month")
        let august = try XCTUnwrap(months.firstIndex(of: .text("2025-08")))
        XCTAssertEqual(try harness.numbers("monthly", "posts")[august], 0)
        try harness.run("score posts engagement-rate --per week as weekly")
        let weeks = try harness.cells("weekly", "week")
        XCTAssertTrue(weeks.contains(.text("2026-W53")), "2026 has an ISO week 53")
        XCTAssertTrue(weeks.contains(.text("2026-W20")) && weeks.contains(.text("2026-W21")))
        XCTAssertFalse(weeks.contains(.text("2025-W53")), "2025 has 52 ISO weeks")
    }

    func testWeekdayIsStoredAsNumbersAndShownAsNames() throws {
        let harness = try Self.harness(zone: "UTC")
        let result = try harness.run("score posts engagement-rate --per weekday as days")
        XCTAssertEqual(try harness.numbers("days", "weekday"), [1, 2, 3, 4, 5, 6, 7])
        let shown = try CommandHarness.table(result)
        XCTAssertEqual(shown.column(named: "weekday")?.data[0], .text("Monday"))
        XCTAssertEqual(shown.column(named: "weekday")?.data[6], .text("Sunday"))
        try harness.run("score posts engagement-rate --per hour as hours")
        let hours = try harness.numbers("hours", "hour").compactMap { $0 }
        XCTAssertEqual(hours, hours.sorted())
        XCTAssertTrue(hours.allSatisfy { (0...23).contains($0) })
    }

    func testAColumnNamedLikeThePeriodDoesNotChangeTheResult() throws {
        let harness = try Self.harness(zone: "UTC")
        try harness.run("score posts engagement-rate --per month as plain")
        var posts = try harness.workspace.dataset(named: "posts")
        posts.setColumn(Column.integer("month", [Int64](repeating: 7, count: posts.rowCount)))
        try harness.workspace.perform(command: "add a column month", logged: false) {
            try harness.workspace.put(posts, replacing: true)
        }
        try harness.run("score posts engagement-rate --per month as shadowed")
        XCTAssertEqual(try harness.cells("shadowed", "month_period"), try harness.cells("plain", "month"))
        XCTAssertEqual(try harness.numbers("shadowed", "median"), try harness.numbers("plain", "median"))
    }

    func testFarApartTimesDoNotAskForMillionsOfEmptyRows() throws {
        // 1800-01-01 and 2025-01-01: about 82,000 days apart, so days are filled in; 10,000 years of days are not.
        let posts = Dataset(name: "posts", columns: [
            Column(name: "published", role: .published, data: .time([-5_364_662_400, 1_735_689_600, 253_402_300_799],
                                                                     MissingMask(flags: [false, false, true]))),
            Column.integer("likes", [1, 2, 3], role: .likes),
            Column.integer("followers", [10, 10, 10], role: .followers),
        ], kind: .posts)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [posts])
        try harness.run("score posts engagement-rate --per day as days")
        XCTAssertEqual(try harness.cells("days", "day").count, 82_181 + 1, "every day, and one row without a time")
        let far = Dataset(name: "far", columns: [
            Column(name: "published", role: .published, data: .time([-62_135_596_800, 253_402_300_799], MissingMask())),
            Column.integer("likes", [1, 2], role: .likes), Column.integer("followers", [10, 10], role: .followers),
        ], kind: .posts)
        let wide = try CommandHarness(commands: ScoreModule.commands, datasets: [far])
        try wide.run("score far engagement-rate --per day as days")
        XCTAssertEqual(try wide.cells("days", "day"), [.text("0001-01-01"), .text("9999-12-31")])
    }

    func testBadPeriodFlagsAreClearErrors() throws {
        let harness = try Self.harness(zone: "UTC")
        XCTAssertTrue(harness.refusal("score posts engagement-rate --per fortnight").contains("fortnight"))
        XCTAssertTrue(harness.refusal("score posts engagement-rate --per month --time likes").contains("not times"))
        XCTAssertTrue(harness.refusal("score posts engagement-rate --time published").contains("--per"))
        XCTAssertNotNil(harness.error("score posts engagement-rate --per month --per-post"))
        XCTAssertFalse(harness.workspace.contains("posts-engagement-rate"), "a refused command stores nothing")
    }
}

/// The fixture of Fixtures/make_periods_reference.py.
enum PeriodsReference {
    /// The fixture folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The cases under a key (`score`, `trend`).
    static func cases(_ key: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("periods_reference.json"))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object[key] as? [[String: Any]])
    }
}
