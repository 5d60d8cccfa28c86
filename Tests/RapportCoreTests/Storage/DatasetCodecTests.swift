import XCTest
@testable import RapportCore

/// Round trips and hand-written files for the dataset codec.
final class DatasetCodecTests: XCTestCase {
    private func roundTrip(_ dataset: Dataset) throws -> Dataset {
        try DatasetCodec.decode(DatasetCodec.encode(dataset), name: dataset.name, path: "t.json")
    }

    func testEveryTypeWithMissingValuesRoundTrips() throws {
        let missing = MissingMask(flags: [false, true, false])
        let dataset = Dataset(name: "posts", columns: [
            Column(name: "likes", role: .likes, data: .integer([Int64.min, 0, Int64.max], missing)),
            Column(name: "rate", data: .decimal([0.1, 0, -1.5e-300], missing)),
            Column(name: "ok", data: .boolean([true, false, false], missing)),
            Column(name: "at", data: .time([0, 0, 1_735_732_800], missing)),
            Column(name: "who", data: .text(TextValues(plain: ["a", "", "c"]), missing)),
        ], kind: .posts)
        let decoded = try roundTrip(dataset)
        XCTAssertEqual(decoded, dataset)
        XCTAssertEqual(decoded.kind, .posts)
        XCTAssertEqual(decoded.columns[0].role, .likes)
        XCTAssertEqual(decoded.columns[1].data[1], .missing)
        XCTAssertEqual(decoded.columns[1].data[2], .decimal(-1.5e-300))
    }

    func testColumnsLongerThanOnePieceAreWrittenAsOneArrayEach() throws {
        // Three pieces: two full ones and 5 rows; missing values fall on both sides of the piece boundaries.
        let count = DatasetWriter.pieceRows * 2 + 5
        let gaps = (0..<count).map { $0 % 1000 == 999 || $0 == DatasetWriter.pieceRows }
        let missing = MissingMask(flags: gaps)
        // A missing cell holds 0 or "" underneath, as a read-back one does.
        let dataset = Dataset(name: "big", columns: [
            Column(name: "n", data: .integer((0..<count).map { gaps[$0] ? 0 : Int64($0) }, missing)),
            Column(name: "x", data: .decimal((0..<count).map { Double($0) / 8 }, MissingMask())),
            Column(name: "t", data: .text(TextValues(plain: (0..<count).map { gaps[$0] ? "" : "row \($0)" }), missing)),
            Column(name: "p", data: .text(TextValues(pool: ["a", "b"], codes: (0..<count).map { UInt32($0 % 2) }), MissingMask())),
        ])
        let bytes = DatasetCodec.encode(dataset)
        XCTAssertEqual(try roundTrip(dataset), dataset)
        // Independently of the reader: Foundation's JSON parser sees one array of all rows per column.
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let columns = try XCTUnwrap(object["columns"] as? [[String: Any]])
        let numbers = try XCTUnwrap(columns[0]["values"] as? [Any])
        XCTAssertEqual(numbers.count, count)
        XCTAssertTrue(numbers[DatasetWriter.pieceRows] is NSNull)
        XCTAssertEqual(numbers[DatasetWriter.pieceRows + 1] as? Int, DatasetWriter.pieceRows + 1)
        XCTAssertEqual((columns[2]["values"] as? [Any])?.last as? String, "row \(count - 1)")
        XCTAssertEqual((columns[3]["codes"] as? [Any])?.count, count)
    }

    func testUnicodeAndEscapesRoundTrip() throws {
        let texts = ["Grüße aus Zürich", "🎉 party 👩‍👩‍👧", "say \"hi\"", "back\\slash", "tab\tnew\nline\r", "\u{01}\u{1F}\u{7F}", "/"]
        let dataset = Dataset(name: "t", columns: [Column(name: "ä \"q\"", data: .text(TextValues(plain: texts), MissingMask()))])
        let bytes = DatasetCodec.encode(dataset)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains(#""say \"hi\"""#))
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains(#"\u0001\u001f"#))
        XCTAssertEqual(try roundTrip(dataset), dataset)
    }

    func testDictionaryEncodedTextRoundTripsAsDictionary() throws {
        let mask = MissingMask(flags: [false, false, true, false])
        let text = TextValues(pool: ["x", "y"], codes: [0, 1, 0, 0])
        let dataset = Dataset(name: "t", columns: [Column(name: "p", data: .text(text, mask))])
        let written = String(decoding: DatasetCodec.encode(dataset), as: UTF8.self)
        XCTAssertTrue(written.contains(#""dictionary":["x","y"],"codes":[0,1,null,0]"#), written)
        let decoded = try roundTrip(dataset)
        guard case .text(let values, let decodedMask) = decoded.columns[0].data else { return XCTFail("not text") }
        XCTAssertTrue(values.isEncoded)
        XCTAssertEqual(decodedMask, mask)
        XCTAssertEqual([values[0], values[1], values[3]], ["x", "y", "x"])
        XCTAssertEqual(values[2], "")
    }

    func testEmptyDatasetsRoundTrip() throws {
        let noColumns = Dataset(name: "e", columns: [])
        XCTAssertEqual(try roundTrip(noColumns).columns.count, 0)
        let noRows = Dataset(name: "e", columns: [Column(name: "a", data: .integer([], MissingMask())),
                                                  Column(name: "b", data: .text(TextValues(encoding: []), MissingMask()))])
        let decoded = try roundTrip(noRows)
        XCTAssertEqual(decoded.rowCount, 0)
        XCTAssertEqual(decoded.columnNames, ["a", "b"])
    }

    func testNonFiniteDecimalsAreWrittenAsMissing() throws {
        let dataset = Dataset(name: "t", columns: [Column(name: "d", data: .decimal([.nan, .infinity, 2], MissingMask()))])
        let decoded = try roundTrip(dataset)
        XCTAssertEqual(decoded.columns[0].data[0], .missing)
        XCTAssertEqual(decoded.columns[0].data[1], .missing)
        XCTAssertEqual(decoded.columns[0].data[2], .decimal(2))
    }

    func testHandWrittenFileDecodes() throws {
        let text = """
        {"columns": [
          {"values": [3, null, -7], "type": "integer", "name": "likes"},
          {"name": "rate", "type": "decimal", "role": null, "values": [0.25, 1e2, -3]},
          {"name": "at", "type": "time", "values": ["2025-01-01T12:00:00Z", null, "1970-01-02T00:00:00+01:00"]},
          {"name": "ok", "type": "boolean", "values": [true, false, null]},
          {"name": "who", "type": "text", "codes": [1, 0, null], "dictionary": ["a\\u00e4", "\\ud83c\\udf89\\n"]},
          {"name": "note", "type": "text", "values": ["x\\"y", "\\\\", null]}
        ], "rows": 3, "version": 1, "format": "rapport-dataset", "kind": null, "extra": {"ignored": [1, {}]}}
        """
        let dataset = try DatasetCodec.decode(Array(text.utf8), name: "hand", path: "hand.json")
        XCTAssertEqual(dataset.rowCount, 3)
        XCTAssertEqual(dataset.columns[0].data, .integer([3, 0, -7], MissingMask(flags: [false, true, false])))
        XCTAssertEqual(dataset.columns[1].data, .decimal([0.25, 100, -3], MissingMask()))
        // 2025-01-01 is day 20089 since 1970; 12:00 adds 43200 s. 1970-01-02 at +01:00 is 86400 - 3600.
        XCTAssertEqual(dataset.columns[2].data[0], .time(20_089 * 86_400 + 43_200))
        XCTAssertEqual(dataset.columns[2].data[1], .missing)
        XCTAssertEqual(dataset.columns[2].data[2], .time(82_800))
        XCTAssertEqual(dataset.columns[3].data[1], .boolean(false))
        XCTAssertEqual(dataset.columns[4].data[0], .text("🎉\n"))
        XCTAssertEqual(dataset.columns[4].data[1], .text("aä"))
        XCTAssertEqual(dataset.columns[4].data[2], .missing)
        XCTAssertEqual(dataset.columns[5].data[0], .text("x\"y"))
        XCTAssertEqual(dataset.columns[5].data[1], .text("\\"))
    }

    func testWrittenFormIsTheDocumentedOne() {
        let dataset = Dataset(name: "t", columns: [
            Column(name: "n", role: .likes, data: .integer([1, -20], MissingMask())),
            Column(name: "d", data: .decimal([0.1, 3], MissingMask())),
            Column(name: "at", data: .time([86_400, 0], MissingMask(flags: [false, true]))),
        ], kind: .posts)
        let expected = """
        {"format":"rapport-dataset","version":1,"rows":2,"kind":"posts","source":null,"columns":[
        {"name":"n","type":"integer","role":"likes","values":[1,-20]},
        {"name":"d","type":"decimal","role":null,"values":[0.1,3.0]},
        {"name":"at","type":"time","role":null,"values":["1970-01-02T00:00:00Z",null]}
        ]}

        """
        XCTAssertEqual(String(decoding: DatasetCodec.encode(dataset), as: UTF8.self), expected)
    }

    func testTheSourceIsTheCommandLineAndUnknownWordsReadAsNone() throws {
        let dataset = Dataset(name: "t", columns: [Column(name: "n", role: .likes, data: .integer([1], MissingMask()))],
                              kind: .posts)
        let text = String(decoding: DatasetCodec.encode(dataset, source: "import \"a b.csv\" as t"), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(#"{"format":"rapport-dataset","version":1,"rows":1,"kind":"posts","source":"import \"a b.csv\" as t","#),
                      text)
        // An older plugin's role and a kind this build does not know read as none; the rest of the file as written.
        let foreign = #"{"format":"rapport-dataset","version":1,"rows":1,"kind":"later","source":"x","columns":["#
            + "\n" + #"{"name":"n","type":"integer","role":"share_of_voice","values":[7]}]}"#
        let decoded = try DatasetCodec.decode(Array(foreign.utf8), name: "t", path: "t.json")
        XCTAssertNil(decoded.kind)
        XCTAssertNil(decoded.columns[0].role)
        XCTAssertEqual(decoded.columns[0].data[0], .integer(7))
    }
}
