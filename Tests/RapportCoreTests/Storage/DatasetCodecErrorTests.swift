import XCTest
@testable import RapportCore

/// Malformed dataset files give errors naming the file, line and column, and never crash.
final class DatasetCodecErrorTests: XCTestCase {
    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try DatasetCodec.decode(Array(text.utf8), name: "x", path: "/w/data/x-1.json")
            XCTFail("decoded malformed input", file: file, line: line)
            return ""
        } catch let error as RapportError {
            return error.message.en
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return ""
        }
    }

    private let header = #"{"format":"rapport-dataset","version":1,"rows":2,"columns":["#

    func testStringInIntegerColumnNamesLineAndColumn() {
        let message = failure(header + "\n" + #"{"name":"likes","type":"integer","values":[1,"2"]}]}"#)
        // Line 2; the quote before 2 is the 46th character of that line (counted by hand).
        XCTAssertTrue(message.contains("/w/data/x-1.json is damaged at line 2, column 46"), message)
        XCTAssertTrue(message.contains("column 'likes' is of type integer"), message)
    }

    func testTruncatedFile() {
        let message = failure(header + #"{"name":"a","type":"integer","values":[1,"#)
        XCTAssertTrue(message.contains("/w/data/x-1.json is damaged at line 1, column 102"), message)
        XCTAssertTrue(message.contains("ends too early"), message)
    }

    func testRowsMismatch() {
        let message = failure(header + "\n" + #"{"name":"a","type":"boolean","values":[true]}]}"#)
        XCTAssertTrue(message.contains("line 2, column 1"), message)
        XCTAssertTrue(message.contains("column 'a' has 1 values but the dataset has 2 rows"), message)
    }

    func testAHugeRowCountIsAMismatchNotAnAllocation() {
        // Room for the rows was reserved from the count, so 2^63 − 1 rows asked for exabytes and trapped.
        let text = #"{"format":"rapport-dataset","version":1,"rows":9223372036854775807,"columns":["# + "\n"
            + #"{"name":"a","type":"integer","values":[1]}]}"#
        let message = failure(text)
        XCTAssertTrue(message.contains("column 'a' has 1 values but the dataset has 9223372036854775807 rows"), message)
    }

    func testGarbageBytes() {
        let message = failure("\u{FF}garbage")
        XCTAssertTrue(message.contains("/w/data/x-1.json is damaged at line 1, column 1"), message)
        var bytes = Array(header.utf8) + Array(#"{"name":"a","type":"text","values":[""#.utf8)
        bytes += [0xC3, 0x28] + Array(#"",null]}]}"#.utf8)
        XCTAssertThrowsError(try DatasetCodec.decode(bytes, name: "x", path: "p.json")) { error in
            XCTAssertTrue((error as? RapportError)?.message.en.contains("not valid UTF-8") == true)
        }
    }

    func testOverflowAndBadNumbersAreErrors() {
        XCTAssertTrue(failure(header + #"{"name":"a","type":"integer","values":[9223372036854775808,1]}]}"#).contains("too large"))
        XCTAssertTrue(failure(header + #"{"name":"a","type":"integer","values":[1.5,1]}]}"#).contains("of type integer"))
        XCTAssertTrue(failure(header + #"{"name":"a","type":"decimal","values":[1e400,1]}]}"#).contains("too large"))
        XCTAssertTrue(failure(header + #"{"name":"a","type":"decimal","values":[01,1]}]}"#).contains("malformed number"))
    }

    func testStructuralProblems() {
        XCTAssertTrue(failure(#"{"format":"other","version":1,"rows":0,"columns":[]}"#).contains("not a rapport dataset"))
        XCTAssertTrue(failure(#"{"format":"rapport-dataset","version":2,"rows":0,"columns":[]}"#).contains("version 2 is newer"))
        XCTAssertTrue(failure(#"{"format":"rapport-dataset","version":1,"columns":[]}"#).contains("\"rows\" is missing"))
        XCTAssertTrue(failure(header + #"{"name":"a","type":"text","dictionary":["x"],"codes":[0,1]}]}"#).contains("code must be"))
        XCTAssertTrue(failure(header + #"{"name":"a","type":"text","dictionary":["x","x"],"codes":[0,1]}]}"#).contains("twice"))
        XCTAssertTrue(failure(header + #"{"name":"a","type":"date","values":[1,1]}]}"#).contains("unknown column type"))
        XCTAssertTrue(failure(#"{"format":"rapport-dataset","version":1,"rows":0,"columns":[]} x"#).contains("more text after"))
        XCTAssertTrue(failure(String(repeating: "[", count: 100_000)).contains("damaged"))
        XCTAssertTrue(failure(header + #"{"name":"a","type":"text","values":["\ud800",""]}]}"#).contains("escape"))
    }

    func testEveryTruncationOfAValidFileFails() {
        let dataset = Dataset(name: "t", columns: [
            Column(name: "n", data: .integer([1, 2], MissingMask())),
            Column(name: "s", data: .text(TextValues(pool: ["é"], codes: [0, 0]), MissingMask())),
        ])
        let bytes = DatasetCodec.encode(dataset)
        // The last byte is an optional newline; every shorter prefix cuts into the document.
        for length in 0..<(bytes.count - 1) {
            XCTAssertThrowsError(try DatasetCodec.decode(Array(bytes[0..<length]), name: "t", path: "p"), "length \(length)")
        }
    }
}
