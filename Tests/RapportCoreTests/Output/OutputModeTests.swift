import XCTest
@testable import RapportCore

/// The words that name output modes, and which modes keep stdout for tables.
final class OutputModeTests: XCTestCase {
    func testMarkdownIsASynonymOfMd() {
        XCTAssertEqual(OutputMode(word: "markdown"), .md)
        XCTAssertEqual(OutputMode(word: "md"), .md)
        XCTAssertEqual(OutputMode(word: "csv"), .csv)
        XCTAssertNil(OutputMode(word: "CSV"))
        XCTAssertNil(OutputMode(word: "xlsx"))
        XCTAssertEqual(OutputMode.words, ["table", "json", "csv", "tsv", "md", "markdown"])
    }

    func testOnlyTheDataModesSendSentencesToStderr() {
        XCTAssertEqual(OutputMode.allCases.filter(\.printsOnlyTables), [.csv, .tsv, .md])
    }

    func testTheSettingTakesEveryWordAndFallsBackToTable() {
        XCTAssertEqual(Settings(["output": "markdown"]).outputMode, .md)
        XCTAssertEqual(Settings(["output": "tsv"]).outputMode, .tsv)
        XCTAssertEqual(Settings(["output": "html"]).outputMode, .table, "a hand-edited value the setting refuses")
        XCTAssertNil(SettingSpec.named("output")?.validate("markdown"))
        XCTAssertNotNil(SettingSpec.named("output")?.validate("xml"))
    }
}
