import XCTest
@testable import ExploreModule
import ImportModule
@testable import RapportCore
import RapportTestSupport

/// `dedupe` against pandas' drop_duplicates on the UCI Facebook Live sellers file, which holds 51 exact duplicate
/// rows (Fixtures/make_dedupe_reference.py), and on a small table by hand.
final class DedupeCommandTests: XCTestCase {
    /// One case of the reference: the columns, which row stays, and the rows pandas keeps.
    private struct Case {
        let on: [String]
        let keep: String
        let removed: Int
        let kept: [Int]
    }

    private static func reference() throws -> (rows: Int, cases: [Case]) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/dedupe_reference.json")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let cases = try XCTUnwrap(object["cases"] as? [[String: Any]]).map { item in
            Case(on: item["on"] as? [String] ?? [], keep: item["keep"] as? String ?? "",
                 removed: item["removed"] as? Int ?? -1,
                 kept: (item["kept"] as? [[Int]] ?? []).flatMap { Array($0[0]..<$0[1]) })
        }
        return (try XCTUnwrap(object["rows"] as? Int), cases)
    }

    /// The Live sellers file imported as `live`, with a column `line` of each row's 0-based index when asked.
    private func harness(numbered: Bool) throws -> CommandHarness {
        let harness = try CommandHarness(commands: ImportModule.commands + ExploreModule.commands)
        try harness.run("import \(SharedDatasets.path("uci-fb-live-sellers-thailand/Live.csv")) as live")
        if numbered {
            var live = try harness.workspace.dataset(named: "live")
            live.setColumn(Column.integer("line", (0..<live.rowCount).map { Int64($0) }))
            try harness.workspace.perform(command: "number the rows", logged: false) {
                try harness.workspace.put(live, replacing: true)
            }
        }
        return harness
    }

    func testEveryCaseKeepsTheRowsPandasKeeps() throws {
        let (rows, cases) = try Self.reference()
        XCTAssertEqual(cases.count, 10)
        let harness = try harness(numbered: true)
        let live = try harness.workspace.dataset(named: "live")
        XCTAssertEqual(live.rowCount, rows)
        let original = live.columnNames.filter { $0 != "line" }
        for (index, item) in cases.enumerated() {
            // Without `on` pandas compares every column of the file: named here, so `line` stays out of it.
            let columns = item.on.isEmpty ? original : item.on
            let line = "dedupe live on \(columns.joined(separator: ",")) --keep \(item.keep) as d\(index)"
            let result = try harness.run(line)
            let kept = try harness.cells("d\(index)", "line").map { cell -> Int in
                if case .integer(let line) = cell { return Int(line) }
                return -1
            }
            XCTAssertEqual(kept, item.kept, "\(item.on) keep \(item.keep)")
            if case .object(let fields) = result.json {
                XCTAssertEqual(fields.first { $0.0 == "removed" }?.1, .integer(Int64(item.removed)))
            } else {
                XCTFail("dedupe's JSON is an object")
            }
        }
    }

    func testWithoutOnEveryColumnCounts() throws {
        let (_, cases) = try Self.reference()
        let harness = try harness(numbered: false)
        let live = try harness.workspace.dataset(named: "live")
        for item in cases where item.on.isEmpty {
            try harness.run("dedupe live --keep \(item.keep) as unique --replace")
            let unique = try harness.workspace.dataset(named: "unique")
            XCTAssertEqual(unique.rowCount, 7050 - 51)
            XCTAssertEqual(unique.columns, live.gathering(item.kept).columns, "keep \(item.keep)")
        }
    }

    func testInPlaceWithFirstByDefaultAndUndo() throws {
        let harness = try ExploreHarness()
        // posts: id 1…5; account anna brand anna brand ?; platform fb ig fb fb ?; likes 10 30 ? 30 5.
        let result = try harness.run("dedupe posts on account, platform")
        XCTAssertEqual(try harness.ids("posts"), [1, 2, 4, 5], "row 3 repeats row 1 (anna, fb)")
        XCTAssertTrue(result.blocks.contains { if case .text(let text) = $0 { return text.contains("removed 1 of 5") }
                                               return false })
        try harness.run("dedupe posts on likes --keep last as by_likes")
        XCTAssertEqual(try harness.ids("by_likes"), [1, 4, 5], "likes 30 twice: the last (id 4) stays")
        _ = try harness.workspace.perform(command: "undo", logged: false) { try harness.workspace.undo() }
        _ = try harness.workspace.perform(command: "undo", logged: false) { try harness.workspace.undo() }
        XCTAssertEqual(try harness.ids("posts"), [1, 2, 3, 4, 5])
        XCTAssertFalse(harness.workspace.contains("by_likes"))
    }

    func testMissingEqualsMissingAndErrorsPoint() throws {
        let table = Dataset(name: "t", columns: [
            Column.text("a", [nil, nil, "x", nil]),
            Column.integer("b", [1, 1, 1, 2]),
        ])
        let harness = try CommandHarness(commands: ExploreModule.commands, datasets: [table])
        try harness.run("dedupe t")
        XCTAssertEqual(try harness.cells("t", "b"), [.integer(1), .integer(1), .integer(2)], "rows 1 and 2 are equal")
        XCTAssertEqual(try harness.cells("t", "a"), [.missing, .text("x"), .missing])
        let posts = try ExploreHarness()
        let error = posts.error("dedupe posts on likes, lieks")
        XCTAssertEqual(error?.excerpt?.offset, 23)
        XCTAssertEqual(posts.error("dedupe posts on likes, likes")?.message, Words.columnRepeated("likes", after: "on"))
        XCTAssertEqual(posts.error("dedupe posts as accounts")?.message, Words.datasetExists("accounts"))
        XCTAssertNotNil(posts.error("dedupe posts --keep middle"))
    }
}
