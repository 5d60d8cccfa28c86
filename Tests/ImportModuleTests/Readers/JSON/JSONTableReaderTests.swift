import XCTest
import RapportCore
@testable import ImportModule

/// JSON and NDJSON rows; every expected value is worked out by hand from the literal input of its test.
final class JSONTableReaderTests: XCTestCase {
    private typealias Read = (columns: [Column], arrayKey: String?, missingTexts: [(column: String, count: Int)])

    private func read(_ text: String, lines: Bool = false,
                      memory: MemoryBudget.Memory = (1 << 30, true)) throws -> Read {
        try Array(text.utf8).withUnsafeBufferPointer {
            try JSONTableReader.read(bytes: $0, fileName: "t.json", lines: lines, memory: memory)
        }
    }

    private func failure(_ text: String, lines: Bool = false) -> RapportError? {
        do {
            _ = try read(text, lines: lines)
            return nil
        } catch {
            return error as? RapportError
        }
    }

    private func cells(_ column: Column) -> [Cell] {
        (0..<column.count).map { column.data[$0] }
    }

    func testNestedObjectsFlattenToDottedNamesAndArraysKeepTheirJSONText() throws {
        let table = try read(#"[{"id": 1, "insights": {"reach": 10, "video": {"views": 3}}, "tags": ["a", 2, null]}]"#)
        XCTAssertEqual(table.columns.map(\.name), ["id", "insights.reach", "insights.video.views", "tags"])
        XCTAssertEqual(cells(table.columns[2]), [.integer(3)])
        XCTAssertEqual(cells(table.columns[3]), [.text(#"["a",2,null]"#)])
        XCTAssertNil(table.arrayKey)
    }

    func testRaggedKeysKeepFirstSeenOrderAndAbsentKeysAreMissing() throws {
        let table = try read(#"[{"a": 1}, {"b": "x", "a": 2}, {"c": true}]"#)
        XCTAssertEqual(table.columns.map(\.name), ["a", "b", "c"])
        XCTAssertEqual(cells(table.columns[0]), [.integer(1), .integer(2), .missing])
        XCTAssertEqual(cells(table.columns[1]), [.missing, .text("x"), .missing])
        XCTAssertEqual(cells(table.columns[2]), [.missing, .missing, .boolean(true)])
    }

    func testValuesAreTypedAndNullIsMissing() throws {
        let table = try read(#"""
        [{"n": 1, "d": 1, "b": false, "s": "hi", "t": "2024-03-01T10:00:00Z", "q": "12"},
         {"n": null, "d": 2.5, "b": true, "s": null, "t": "2024-03-02", "q": "7"}]
        """#)
        XCTAssertEqual(table.columns.map(\.type), [.integer, .decimal, .boolean, .text, .time, .integer])
        XCTAssertEqual(cells(table.columns[0]), [.integer(1), .missing])
        XCTAssertEqual(cells(table.columns[1]), [.decimal(1), .decimal(2.5)])
        // 2024-03-01T10:00:00Z = 19783 days * 86400 + 36000; 2024-03-02 = 19784 days * 86400.
        XCTAssertEqual(cells(table.columns[4]), [.time(1_709_287_200), .time(1_709_337_600)])
        XCTAssertEqual(cells(table.columns[5]), [.integer(12), .integer(7)])
    }

    func testMixedKindsAreTypedFromTheirText() throws {
        let table = try read(#"[{"v": 3}, {"v": "-"}, {"v": "4"}, {"w": 1}, {"w": "x"}]"#)
        XCTAssertEqual(cells(table.columns[0]), [.integer(3), .missing, .integer(4), .missing, .missing])
        XCTAssertEqual(cells(table.columns[1]), [.missing, .missing, .missing, .text("1"), .text("x")])
    }

    func testUnicodeAndEscapesDecode() throws {
        let table = try read(#"[{"Größe": "café \u00e9 \ud83d\ude00 \"q\" \n\/"}]"#)
        XCTAssertEqual(table.columns.first?.name, "Größe")
        XCTAssertEqual(cells(table.columns[0]), [.text("café é 😀 \"q\" \n/")])
    }

    func testGraphStyleWrapperUsesItsOneArrayAndSaysWhichKey() throws {
        let table = try read(#"{"data": [{"id": "1_2", "likes": {"summary": {"total_count": 5}}}], "paging": {"next": "u"}}"#)
        XCTAssertEqual(table.arrayKey, "data")
        XCTAssertEqual(table.columns.map(\.name), ["id", "likes.summary.total_count"])
        XCTAssertEqual(cells(table.columns[1]), [.integer(5)])
    }

    func testWrapperWithTwoArraysIsAnError() {
        let error = failure(#"{"data": [], "more": []}"#)
        XCTAssertEqual(error?.message, Words.jsonSeveralArrays(["data", "more"]))
        // The second array's `[` is the 22nd character.
        XCTAssertEqual(error?.position, SourcePosition(file: "t.json", line: 1, column: 22))
    }

    func testInvalidJSONNamesFileLineAndColumn() {
        let error = failure("[{\"a\": 1},\n {\"a\": 2,, \"b\": 3}]")
        XCTAssertEqual(error?.message, Words.jsonExpectedKey)
        XCTAssertEqual(error?.position, SourcePosition(file: "t.json", line: 2, column: 10))
    }

    func testColumnCountsCharactersNotBytes() {
        let error = failure("[{\"ä\": tru}]")
        XCTAssertEqual(error?.position, SourcePosition(file: "t.json", line: 1, column: 8))
    }

    func testTruncatedDocumentAndTrailingTextAndLeadingZeroAreErrors() {
        XCTAssertEqual(failure("[{\"a\": 1}")?.message, Words.jsonUnexpectedEnd)
        XCTAssertEqual(failure("[{\"a\": 1}] x")?.position?.column, 12)
        XCTAssertEqual(failure("[{\"a\": 1}] x")?.message, Words.jsonTrailing)
        XCTAssertEqual(failure("[{\"a\": 01}]")?.message, Words.jsonBadNumber)
        XCTAssertEqual(failure("[{\"a\": \"\\x\"}]")?.message, Words.jsonBadEscape)
        XCTAssertEqual(failure("42")?.message, Words.jsonNoRows)
        XCTAssertEqual(failure("")?.message, Words.jsonUnexpectedEnd)
    }

    func testRowThatIsNotAnObjectIsNamed() {
        let error = failure("[{\"a\": 1},\n 5]")
        XCTAssertEqual(error?.message, Words.jsonRowNotObject(2))
        XCTAssertEqual(error?.position, SourcePosition(file: "t.json", line: 2, column: 2))
    }

    func testNDJSONSkipsBlankLinesAndNamesTheBadLine() throws {
        let table = try read("{\"a\": 1}\n\n  \n{\"a\": 2, \"b\": 1.5}\r\n", lines: true)
        XCTAssertEqual(table.columns.map(\.name), ["a", "b"])
        XCTAssertEqual(cells(table.columns[0]), [.integer(1), .integer(2)])
        XCTAssertEqual(cells(table.columns[1]), [.missing, .decimal(1.5)])
        let error = failure("{\"a\": 1}\n\n[1]\n", lines: true)
        XCTAssertEqual(error?.message, Words.jsonRowNotObject(2))
        XCTAssertEqual(error?.position?.line, 3)
        XCTAssertEqual(failure("{\"a\": 1} {\"a\": 2}\n", lines: true)?.message, Words.jsonTrailing)
    }

    func testArraysKeepCompactJSONTextWithStringsUntouched() throws {
        let table = try read("[{\"tags\": [ 1 ,\n  \"a b\" ]}]")
        XCTAssertEqual(cells(table.columns[0]), [.text(#"[1,"a b"]"#)])
    }

    func testLargeIntegersBeyond64BitsBecomeDecimals() throws {
        let table = try read(#"[{"x": 9223372036854775807}, {"x": 9223372036854775808}]"#)
        // One value beyond Int64 makes the column decimal; as a Double, 2^63 − 1 rounds to 2^63 like its neighbour.
        XCTAssertEqual(cells(table.columns[0]), [.decimal(0x1p63), .decimal(0x1p63)])
    }

    func testATableOfMoreCellsThanTheMemoryHoldsIsRefusedWithItsSize() throws {
        // Every row brings a new key: 300 rows make 300 columns × 300 rows = 90,000 cells.
        let text = "[" + (0..<300).map { #"{"k\#($0)": 1}"# }.joined(separator: ",") + "]"
        let enough = UInt64(90_000 * MemoryBudget.bytesPerCell)
        XCTAssertEqual(try read(text, memory: (enough, true)).columns.count, 300)
        for lines in [false, true] {
            let input = lines ? (0..<300).map { #"{"k\#($0)": 1}"# }.joined(separator: "\n") : text
            XCTAssertThrowsError(try read(input, lines: lines, memory: (enough - 1, true))) {
                XCTAssertEqual(($0 as? RapportError)?.message,
                               Words.tableTooLarge("t.json", columns: 300, rows: 300, needed: Int(enough),
                                                   available: enough - 1, isLimit: true))
            }
        }
        // The refusal reads on past the point where the cells were dropped, so it counts every column and row.
        XCTAssertThrowsError(try read(text, memory: (UInt64(MemoryBudget.bytesPerCell) * 1000, true))) {
            let message = ($0 as? RapportError)?.message.en ?? ""
            XCTAssertTrue(message.hasPrefix("t.json makes a table of 300 columns × 300 rows"), message)
        }
    }
}
