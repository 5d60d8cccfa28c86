import RapportCore
import XCTest
@testable import PluginHost

/// The protocol's table format, read from what a plugin sends.
final class PluginTableTests: XCTestCase {
    private func table(_ text: String) throws -> Dataset {
        try PluginTable.dataset(from: JSONValueReader.value(of: text), name: "t", place: "p: tables[0]")
    }

    func testEveryTypeIsReadWithMissingValues() throws {
        let dataset = try table("""
        {"columns": [{"name": "i", "type": "integer"}, {"name": "d", "type": "decimal", "role": "rate"},
                     {"name": "b", "type": "boolean"}, {"name": "t", "type": "time"}, {"name": "s", "type": "text"}],
         "rows": [[1, 0.5, true, "1970-01-02T00:00:00Z", "a"], [null, 2, null, null, null], [3.0, null, false, null, "c"]]}
        """)
        XCTAssertEqual(dataset.columnNames, ["i", "d", "b", "t", "s"])
        XCTAssertEqual(dataset.columns[1].role, .rate)
        XCTAssertEqual(dataset.columns[0].data[0], .integer(1))
        XCTAssertEqual(dataset.columns[0].data[1], .missing)
        XCTAssertEqual(dataset.columns[0].data[2], .integer(3), "a whole decimal fits an integer column")
        XCTAssertEqual(dataset.columns[1].data[1], .decimal(2))
        XCTAssertEqual(dataset.columns[2].data[2], .boolean(false))
        XCTAssertEqual(dataset.columns[3].data[0], .time(86_400), "one day after the epoch is 86,400 s")
        XCTAssertEqual(dataset.columns[4].data[2], .text("c"))
    }

    func testRolesAreRapportsOwnOrNone() throws {
        let mapped = try table(#"{"columns": [{"name": "a", "type": "integer", "role": "likes"}, "#
                               + #"{"name": "b", "type": "integer", "role": null}], "rows": [[1, 2]]}"#)
        XCTAssertEqual(mapped.columns.map(\.role), [.likes, nil])
        for role in [#""share_of_voice""#, "3"] {
            XCTAssertThrowsError(try table(#"{"columns": [{"name": "a", "type": "integer", "role": "# + role + "}], \"rows\": []}")) {
                error in
                let shown = role.replacingOccurrences(of: "\"", with: "")
                XCTAssertEqual((error as? RapportError)?.message.en,
                               "plugin p: tables[0]: column 'a' has the role '\(shown)', which rapport does not know (null for none)")
            }
        }
    }

    func testAValueOfTheWrongTypeNamesRowAndColumn() {
        XCTAssertThrowsError(try table(#"{"columns": [{"name": "n", "type": "integer"}], "rows": [[1], [2.5]]}"#)) { error in
            XCTAssertEqual((error as? RapportError)?.message.en,
                           "plugin p: tables[0]: row 2, column 'n' is not a value of type integer (or null)")
        }
    }

    func testNumbersBeyondWholeNumbersOrTooLargeForAnyAreRefusedNotTrapped() throws {
        // 9223372036854775808 (2^63) is one past Int64.max; -9223372036854775808.0 is Int64.min exactly.
        for (number, row) in [("9223372036854775808.0", 1), ("1e300", 1), ("-1e19", 1)] {
            let text = #"{"columns": [{"name": "n", "type": "integer"}], "rows": [[\#(number)]]}"#
            XCTAssertThrowsError(try table(text), number) { error in
                XCTAssertEqual((error as? RapportError)?.message.en,
                               "plugin p: tables[0]: row \(row), column 'n' is not a value of type integer (or null)")
            }
        }
        XCTAssertThrowsError(try table(#"{"columns": [{"name": "d", "type": "decimal"}], "rows": [[1e999]]}"#))
        let edge = try table(#"{"columns": [{"name": "n", "type": "integer"}], "#
                             + #""rows": [[-9223372036854775808.0], [4e15]]}"#)
        XCTAssertEqual(edge.columns[0].data[0], .integer(Int64.min))
        XCTAssertEqual(edge.columns[0].data[1], .integer(4_000_000_000_000_000))
    }

    func testBadShapesAreRefused() {
        for text in [#"{"columns": []}"#,
                     #"{"columns": [{"name": "a", "type": "text"}, {"name": "a", "type": "text"}], "rows": []}"#,
                     #"{"columns": [{"name": "a", "type": "money"}], "rows": []}"#,
                     #"{"columns": [{"name": "a", "type": "text"}], "rows": [["x", "y"]]}"#,
                     #"{"columns": [{"name": "a", "type": "time"}], "rows": [["yesterday"]]}"#] {
            XCTAssertThrowsError(try table(text), text)
        }
    }
}
