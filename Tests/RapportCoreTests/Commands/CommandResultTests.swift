import XCTest
@testable import RapportCore

/// Tables for people in the session's language, for programs in English.
final class CommandResultTests: XCTestCase {
    func testALocalisedTableKeepsEnglishHeadersInItsJSON() throws {
        let header = Message(en: "rows", de: "Zeilen")
        let result = CommandResult.table(in: .de, title: "t") { language in
            Dataset(name: "x", columns: [Column.integer(header.text(language), [3])])
        }
        guard case .table(let shown, let title)? = result.blocks.first else { return XCTFail("no table") }
        XCTAssertEqual(shown.columnNames, ["Zeilen"])
        XCTAssertEqual(title, "t")
        guard case .array(let columns)? = result.json["columns"] else { return XCTFail("no columns in \(result.json)") }
        XCTAssertEqual(columns.map { $0["name"]?.stringValue }, ["rows"])
    }
}
