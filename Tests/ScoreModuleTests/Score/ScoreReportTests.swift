import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// The JSON of a score result: every key once, the input's row count apart from the table's rows.
final class ScoreReportTests: XCTestCase {
    /// Three posts of two voices: person 1 and institution 2.
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("voice", ["person", "institution", "institution"], role: .voice),
        Column.integer("likes", [10, 20, 30], role: .likes),
        Column.integer("followers", [100, 200, 300], role: .followers),
    ], kind: .posts)

    func testEachKeyAppearsOnceAndTheInputRowsHaveTheirOwnName() throws {
        // Both used to be called "rows": the count of input rows and the result table's rows.
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts])
        let json = try harness.run("score posts engagement-rate by voice").json
        guard case .object(let fields) = json else { return XCTFail("not an object: \(json)") }
        let keys = fields.map(\.0)
        XCTAssertEqual(keys.count, Set(keys).count, "\(keys)")
        XCTAssertEqual(json["input_rows"], .integer(3))
        XCTAssertEqual(json["rows"]?.arrayValue?.count, 2, "one row per voice")
    }
}
