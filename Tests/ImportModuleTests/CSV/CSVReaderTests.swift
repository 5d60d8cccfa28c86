import XCTest
import RapportCore
@testable import ImportModule

/// Malformed and unusual input; expected values worked out by hand from the literal text of each test.
final class CSVReaderTests: XCTestCase {
    private func read(_ text: String, options: CSVOptions = CSVOptions()) throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), fileName: "t.csv", options: options)
    }

    private func error(_ bytes: [UInt8]) -> RapportError? {
        do {
            _ = try CSVReader.read(bytes: bytes, fileName: "t.csv")
            return nil
        } catch let error as RapportError {
            return error
        } catch {
            return nil
        }
    }

    func testUnterminatedQuoteNamesFileLineAndColumnOfTheOpeningQuote() {
        let failure = error(Array("a,b\n1,2\n3,\"x\n4,5\n".utf8))
        XCTAssertEqual(failure?.message, Words.csvUnterminatedQuote)
        XCTAssertEqual(failure?.position, SourcePosition(file: "t.csv", line: 3, column: 3))
    }

    func testRaggedRowsAreErrors() {
        let tooMany = error(Array("a,b\n1,2\n1,2,3\n".utf8))
        XCTAssertEqual(tooMany?.message, Words.csvTooManyFields(expected: 2))
        XCTAssertEqual(tooMany?.position, SourcePosition(file: "t.csv", line: 3, column: 5))
        let tooFew = error(Array("a,b,c\n1,2,3\n\n4,5,6\n".utf8))
        XCTAssertEqual(tooFew?.message, Words.csvTooFewFields(found: 0, expected: 3))
        XCTAssertEqual(tooFew?.position?.line, 3)
        let short = error(Array("a,b,c\n1,2\n".utf8))
        XCTAssertEqual(short?.message, Words.csvTooFewFields(found: 2, expected: 3))
        XCTAssertEqual(short?.position, SourcePosition(file: "t.csv", line: 2, column: 4))
    }

    func testAHeaderOfMoreColumnsThanAFileMayHaveSaysSo() throws {
        // 100,000 columns were reported as a row with "more fields than the header's 16384".
        let names = (0..<100_000).map { "c\($0)" }
        let failure = error(Array((names.joined(separator: ",") + "\n").utf8))
        XCTAssertEqual(failure?.message, Words.csvHeaderTooWide(largest: 16_384))
        XCTAssertEqual(failure?.message.en, "the header itself has more than 16384 columns, the most a file may have")
        // The caret is at the first name beyond them, c16384, after 16,384 names and their commas.
        let before = names.prefix(16_384).map { $0.count + 1 }.reduce(0, +)
        XCTAssertEqual(failure?.position, SourcePosition(file: "t.csv", line: 1, column: before + 1))
        XCTAssertEqual(try read(names.prefix(16_384).joined(separator: ",") + "\n").columns.count, 16_384)
    }

    func testNothingButTheTableHoldsTheColumnsItReturns() throws {
        // Found by the csv fuzz target as a slow climb to 2 GB: the per-stretch parse results were deallocated without
        // being deinitialised, so their column builders, and the rows they share with the table, were never freed.
        for threads in [1, 2] {
            var values: [Int64] = []
            do {
                let options = CSVOptions(threads: threads, minimumBytesPerThread: 4)
                let table = try read("n,m\n1,2\n3,4\n5,6\n7,8\n", options: options)
                guard case .integer(let read, _) = table.columns[0].data else { return XCTFail("n is an integer column") }
                values = read
            }
            let before = values.withUnsafeBufferPointer { $0.baseAddress }
            values[0] = 9
            XCTAssertEqual(values.withUnsafeBufferPointer { $0.baseAddress }, before,
                           "the rows are changed in place, so no one else holds them (\(threads) threads)")
        }
    }

    func testTrailingEmptyRowsAreSkipped() throws {
        let table = try read("a,b\n1,2\n\n\r\n\n")
        XCTAssertEqual(table.rowCount, 1)
    }

    func testRefusesEmptyByteOrderMarkOnlyAndBinaryFiles() {
        XCTAssertEqual(error([])?.message, Words.csvEmptyFile("t.csv"))
        XCTAssertEqual(error([0xEF, 0xBB, 0xBF])?.message, Words.csvOnlyByteOrderMark("t.csv"))
        XCTAssertEqual(error([0x50, 0x4B, 0x03, 0x04, 0x00, 0x14])?.message, Words.csvBinary("t.csv"))
        var noise = SplitMix64(seed: 1)
        let random = (0..<4096).map { _ in UInt8(truncatingIfNeeded: noise.next() | 1) }
        XCTAssertEqual(error(random)?.message, Words.csvBinary("t.csv"))
    }

    func testRefusesUTF16ByteOrderMarkOnlyAndBinaryThatIsNoUTF8() {
        XCTAssertEqual(error([0xFF, 0xFE])?.message, Words.csvOnlyByteOrderMark("t.csv"))
        XCTAssertEqual(error([0xFE, 0xFF])?.message, Words.csvOnlyByteOrderMark("t.csv"))
        // Invalid UTF-8 with NUL bytes is neither UTF-8 nor Windows-1252 text: a gzip header.
        XCTAssertEqual(error([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF])?.message, Words.csvBinary("t.csv"))
    }

    func testUTF16BigEndianImports() throws {
        // "a,b\n1,ü\n" as UTF-16 BE with its mark; "ü" is U+00FC.
        let bytes: [UInt8] = [0xFE, 0xFF] + "a,b\n1,\u{FC}\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let table = try CSVReader.read(bytes: bytes, fileName: "t.csv")
        XCTAssertEqual(table.encoding, .utf16)
        XCTAssertEqual(table.columns[1].data[0], .text("\u{FC}"))
        XCTAssertEqual(table.columns[0].data[0], .integer(1))
    }

    func testOneMegabyteFieldImports() throws {
        let long = String(repeating: "x", count: 1 << 20)
        let table = try read("id,body\n1,\"\(long)\"\n2,short\n")
        XCTAssertEqual(table.rowCount, 2)
        XCTAssertEqual(table.columns[1].data[0], .text(long))
    }

    func testDuplicateAndEmptyHeaderNamesAreKeptAndRenamed() throws {
        let table = try read("name,,name,x\n1,2,3,4\n")
        XCTAssertEqual(table.columns.map(\.name), ["name", "column_2", "name_2", "x"])
        XCTAssertEqual(table.renamedColumns, [RenamedColumn(index: 1, original: "", name: "column_2"),
                                              RenamedColumn(index: 2, original: "name", name: "name_2")])
        XCTAssertEqual(table.columns[2].data[0], .integer(3))
    }

    func testEmbeddedLineBreaksDoubledQuotesCRLFAndNoFinalNewline() throws {
        let table = try read("id,text\r\n1,\"say \"\"hi\"\",\r\nthen go\"\r\n2,plain")
        XCTAssertEqual(table.rowCount, 2)
        XCTAssertEqual(table.columns[1].data[0], .text("say \"hi\",\r\nthen go"))
        XCTAssertEqual(table.columns[1].data[1], .text("plain"))
        XCTAssertEqual(table.columns[0].data[1], .integer(2))
    }

    func testByteOrderMarkIsSkippedAndColumnsCountCharacters() {
        let failure = error([0xEF, 0xBB, 0xBF] + Array("ä,b\n\"é,1\n".utf8))
        XCTAssertEqual(failure?.position, SourcePosition(file: "t.csv", line: 2, column: 1))
        let second = error(Array("ä,b\nü,\"x\n".utf8))
        XCTAssertEqual(second?.position, SourcePosition(file: "t.csv", line: 2, column: 3))
    }

    func testSniffsDelimiters() throws {
        XCTAssertEqual(try read("a;b;c\n1;2,5;3\n").delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(try read("a\tb\n1\t2\n").delimiter, UInt8(ascii: "\t"))
        XCTAssertEqual(try read("a|b\n\"x|y\"|2\n").columns.count, 2)
        XCTAssertEqual(try read("a;b\n1;2\n", options: CSVOptions(delimiter: UInt8(ascii: ","))).columns.count, 1)
    }

    func testLaterValuesThatDoNotFitWidenTheType() throws {
        // One cell that does not fit among 11 is more than the 5 % a typed column may leave unread.
        let rows = (0..<10).map { "\($0),\($0),2025-01-01,true" }.joined(separator: "\n")
        let table = try read("a,b,c,d\n" + rows + "\n2.5,oops,later,maybe\n", options: CSVOptions(sampleRows: 5))
        XCTAssertEqual(table.columns.map(\.type), [.decimal, .text, .text, .text])
        XCTAssertEqual(table.columns[0].data[10], .decimal(2.5))
        XCTAssertEqual(table.columns[1].data[3], .text("3"))
        XCTAssertEqual(table.columns[2].data[10], .text("later"))
    }

    func testParallelSplitInsideAQuotedFieldIsRepaired() throws {
        // Each row is 40 bytes; a split every 100 bytes lands in the middle of quoted multi-line fields.
        let rows = (0..<200).map { "\($0),\"line one\nline \($0 % 10)\nline three\"" }
        let text = "id,text\n" + rows.joined(separator: "\n") + "\n"
        let table = try read(text, options: CSVOptions(threads: 4, minimumBytesPerThread: 100))
        XCTAssertEqual(table.rowCount, 200)
        guard case .integer(let ids, _) = table.columns[0].data else { return XCTFail("id") }
        XCTAssertEqual(ids, (0..<200).map(Int64.init))
        XCTAssertEqual(table.columns[1].data[123], .text("line one\nline 3\nline three"))
    }

    func testParallelChunksJoinInOrderWithDictionaries() throws {
        let rows = (0..<5000).map { "\($0),\(["x", "y", "z"][$0 % 3]),\($0 % 7 == 0 ? "" : String($0))" }
        let table = try read("id,kind,value\n" + rows.joined(separator: "\n"),
                             options: CSVOptions(threads: 3, minimumBytesPerThread: 1000))
        XCTAssertEqual(table.rowCount, 5000)
        XCTAssertEqual(table.columns[1].data[4999], .text("y"))  // 4999 % 3 == 1
        XCTAssertEqual(table.columns[2].data.missing.count, 715)  // ceil(5000 / 7)
    }
}
