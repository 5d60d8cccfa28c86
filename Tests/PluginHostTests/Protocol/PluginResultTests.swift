import RapportCore
import XCTest
@testable import PluginHost

/// Checking a plugin's answer to a run.
final class PluginResultTests: XCTestCase {
    private let table = #""columns": [{"name": "n", "type": "integer"}], "rows": [[1], [2]]"#

    func testAllPartsAreRead() throws {
        let answer = try JSONValueReader.value(of: """
        {"type": "result", "messages": ["hi"], "warnings": ["careful"], "tables": [{"title": "T", \(table)}],
         "datasets": [{"name": "kept", "replace": true, \(table)}]}
        """)
        let result = try PluginResult(answer, plugin: "p")
        XCTAssertEqual(result.messages, ["hi"])
        XCTAssertEqual(result.warnings, ["careful"])
        XCTAssertEqual(result.tables.map(\.title), ["T"])
        XCTAssertEqual(result.tables.first?.dataset.rowCount, 2)
        XCTAssertEqual(result.datasets.map(\.dataset.name), ["kept"])
        XCTAssertEqual(result.datasets.map(\.replace), [true])
        XCTAssertEqual(result.datasets.first?.dataset.kind, .result)
    }

    func testInvalidPartsAreRefused() throws {
        let cases = [(#"{"type": "result", "messages": "hi"}"#, "messages"),
                     (#"{"type": "result", "warnings": [1]}"#, "warnings"),
                     (#"{"type": "result", "tables": {}}"#, "tables"),
                     ("{\"type\": \"result\", \"datasets\": [{\"name\": \"1bad\", \(table)}]}", "datasets[0].name"),
                     ("{\"type\": \"result\", \"datasets\": [{\"name\": \"a\", \(table)}, {\"name\": \"a\", \(table)}]}",
                      "datasets[1].name")]
        for (text, key) in cases {
            XCTAssertThrowsError(try PluginResult(JSONValueReader.value(of: text), plugin: "p")) { error in
                XCTAssertEqual((error as? RapportError)?.message.en, "plugin 'p' answered with an invalid '\(key)'", text)
            }
        }
    }
}
