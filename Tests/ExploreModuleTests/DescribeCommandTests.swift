import XCTest
@testable import ExploreModule
import ImportModule
@testable import RapportCore
import RapportTestSupport

/// `describe`: summaries of number and text columns, medians like numpy, on hand-made and real data.
final class DescribeCommandTests: XCTestCase {
    func testSummarisesNumbersAndTexts() throws {
        let harness = try ExploreHarness()
        let table = try ExploreHarness.table(try harness.run("describe posts"))
        XCTAssertEqual(table.column(named: "column")?.data.count, 4)
        // likes: 10, 30, missing, 30, 5 → sorted 5 10 30 30; mean 75/4; median (10 + 30) / 2
        let likes = 3
        XCTAssertEqual(table.column(named: "type")?.data[likes], .text("integer"))
        XCTAssertEqual(table.column(named: "role")?.data[likes], .text("likes"))
        XCTAssertEqual(table.column(named: "missing")?.data[likes], .integer(1))
        XCTAssertEqual(table.column(named: "distinct")?.data[likes], .integer(3))
        XCTAssertEqual(table.column(named: "min")?.data[likes], .decimal(5))
        XCTAssertEqual(table.column(named: "max")?.data[likes], .decimal(30))
        XCTAssertEqual(table.column(named: "mean")?.data[likes], .decimal(18.75))
        XCTAssertEqual(table.column(named: "median")?.data[likes], .decimal(20))
        XCTAssertEqual(table.column(named: "top")?.data[likes], .missing)
        // platform: fb ×3, ig ×1, one missing; account: a tie of two, broken alphabetically
        XCTAssertEqual(table.column(named: "top")?.data[2], .text("fb (3), ig (1)"))
        XCTAssertEqual(table.column(named: "distinct")?.data[2], .integer(2))
        XCTAssertEqual(table.column(named: "top")?.data[1], .text("anna (2), brand (2)"))
        XCTAssertEqual(table.column(named: "mean")?.data[1], .missing)
    }

    func testTimesShowTheirFirstAndLastAndBooleansTheirCountsInTheSessionsLanguage() throws {
        let times: [Int64?] = [1_740_837_900, nil, 1_735_686_000, 1_738_000_000]
        // By hand: 1_735_686_000 s = 2024-12-31 23:00:00 UTC (20088 days × 86400 + 82800);
        // 1_740_837_900 s = 2025-03-01 14:05:00 UTC (20148 days × 86400 + 50700).
        let published = Column(name: "published", data: .time(times.map { $0 ?? 0 }, MissingMask(flags: times.map { $0 == nil })))
        let paid = Column(name: "paid", data: .boolean([true, false, true, false], MissingMask(flags: [false, false, false, true])))
        let dataset = Dataset(name: "posts", columns: [Column.integer("id", [1, 2, 3, 4]), published, paid])
        for (language, expected, truths) in [(Language.en, "2024-12-31 23:00 – 2025-03-01 14:05", "true (2), false (1)"),
                                             (.de, "31.12.2024 23:00 – 01.03.2025 14:05", "wahr (2), falsch (1)")] {
            let harness = try CommandHarness(commands: ExploreModule.commands, datasets: [dataset], language: language)
            let shown = try CommandHarness.table(try harness.run("describe posts"))
            XCTAssertEqual(shown.column(named: "top")?.data[1], .text(expected))
            XCTAssertEqual(shown.column(named: "top")?.data[2], .text(truths), "booleans: true and false counted, missing left out")
            XCTAssertEqual(shown.column(named: "missing")?.data[1], .integer(1))
        }
    }

    func testUnknownDatasetPointsAtItsName() throws {
        let error = try ExploreHarness().error("describe post")
        XCTAssertEqual(error?.excerpt?.offset, 9)
        XCTAssertEqual(error?.message.en, "no dataset named 'post' — did you mean 'posts'?")
    }

    func testOnTheUCIFacebookMetrics() throws {
        let harness = try ExploreHarness(commands: ImportModule.commands + ExploreModule.commands)
        try harness.run("import \(SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv")) as fb")
        let table = try ExploreHarness.table(try harness.run("describe fb"))
        let names = (0..<table.rowCount).map { table.columns[0].data[$0] }
        let like = try XCTUnwrap(names.firstIndex(of: .text("like")))
        let type = try XCTUnwrap(names.firstIndex(of: .text("Type")))
        // Expected values from Python: csv.DictReader(delimiter=";") on the file, empty cells as missing,
        // statistics.fmean and statistics.median of the rest, collections.Counter(...).most_common(3).
        XCTAssertEqual(table.column(named: "missing")?.data[like], .integer(1))
        XCTAssertEqual(table.column(named: "distinct")?.data[like], .integer(257))
        XCTAssertEqual(table.column(named: "min")?.data[like], .decimal(0))
        XCTAssertEqual(table.column(named: "max")?.data[like], .decimal(5172))
        XCTAssertEqual(table.column(named: "mean")?.data[like].number ?? 0, 177.94589178356713, accuracy: 1e-9)
        XCTAssertEqual(table.column(named: "median")?.data[like], .decimal(101))
        XCTAssertEqual(table.column(named: "missing")?.data[type], .integer(0))
        XCTAssertEqual(table.column(named: "distinct")?.data[type], .integer(4))
        XCTAssertEqual(table.column(named: "top")?.data[type], .text("Photo (426), Status (45), Link (22)"))
    }
}
