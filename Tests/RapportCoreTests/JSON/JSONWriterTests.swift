import XCTest
@testable import RapportCore

/// JSONWriter's escapes and numbers, and that Foundation parses what it writes.
final class JSONWriterTests: XCTestCase {
    func testEscapesAndNumbers() {
        let value = JSONValue.object([
            ("text", .string("a\"b\\c\nd\u{01}é😀")), ("rate", .number(0.034)), ("whole", .number(3)),
            ("big", .integer(9_007_199_254_740_993)), ("nan", .number(.nan)), ("list", .array([.null, .bool(true)])),
        ])
        XCTAssertEqual(JSONWriter.string(value),
                       #"{"text":"a\"b\\c\nd\u0001é😀","rate":0.034,"whole":3,"big":9007199254740993,"nan":null,"list":[null,true]}"#)
    }

    func testAppendStringWritesTheSameLiteralAsBytes() {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        JSONWriter.appendString("q\"b\\\r\t\u{1F}ü", into: &bytes)
        // Each escape by hand: \" \\ \r \t, U+001F as \u001f; ü stays as its two UTF-8 bytes.
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), #"["q\"b\\\r\t\u001fü""#)
    }

    func testDeleteAndTheC1ControlsAreEscapedAndReadBackAsThemselves() throws {
        let text = "a\u{7F}b\u{9B}2J\u{85}é\u{A0}"
        let written = JSONWriter.string(.string(text))
        // U+007F, U+009B and U+0085 as \u escapes by hand; é and the no-break space U+00A0 stay as they are.
        XCTAssertEqual(written, "\"a\\u007fb\\u009b2J\\u0085é\u{A0}\"")
        let parsed = try JSONSerialization.jsonObject(with: Data(("[" + written + "]").utf8)) as? [String]
        XCTAssertEqual(parsed, [text])
    }

    func testOutputParsesBackWithFoundation() throws {
        let text = JSONWriter.string(.object([("x", .number(1e-7)), ("y", .string("\t"))]))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        XCTAssertEqual(object?["x"] as? Double, 1e-7)
        XCTAssertEqual(object?["y"] as? String, "\t")
    }
}
