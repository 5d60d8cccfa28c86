import XCTest
@testable import ExploreModule
@testable import RapportCore
import RapportTestSupport

/// Patterns that make a backtracking engine take exponential time, on a 100 kB cell, through `derive` and `filter`:
/// the linear-time engine answers within a second.
final class HostilePatternTests: XCTestCase {
    func testCatastrophicPatternsOnA100KBCellFinishWithinASecond() throws {
        let hostile = String(repeating: "a", count: 100_000) + "!"
        let table = Dataset(name: "t", columns: [Column.text("cell", [hostile, "aaa", nil])])
        let harness = try CommandHarness(commands: ExploreModule.commands, datasets: [table])
        let start = Date()
        try harness.run("filter t where regexmatch(cell, '^(a+)+$') as matched")
        let filtered = Date().timeIntervalSince(start)
        try harness.run("derive t run = regexextract(cell, '((a|aa)*)!')")
        let total = Date().timeIntervalSince(start)
        print("hostile patterns on a 100 kB cell: filter \(filtered) s, filter and derive \(total) s")
        XCTAssertLessThan(total, 1)
        XCTAssertEqual(try harness.cells("matched", "cell"), [.text("aaa")], "only the short cell is all a's")
        let run = String(repeating: "a", count: 100_000)
        XCTAssertEqual(try harness.cells("t", "run"), [.text(run), .missing, .missing])
    }
}
