import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// CSV, TSV and excel-de exports, read back by Python's csv module and pandas (Fixtures/read_exports.py).
final class DelimitedWriterTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = try ExportSample.directory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func testCSVBytesFollowRFC4180() throws {
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/posts.csv")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/posts.csv"))
        let text = String(decoding: bytes, as: UTF8.self)
        // Written by hand from the sample: CRLF line ends, the field with a comma, quotes and a line
        // break in quotes with its quotes doubled, the formula behind an apostrophe inside the quotes.
        XCTAssertTrue(text.hasPrefix("id,text,rate,reach,paid,published\r\n1,plain ä ö ü ß,0.5,100,true,2025-03-01T14:05:00Z\r\n"))
        XCTAssertTrue(text.contains("\r\n2,\"comma, \"\"quoted\"\"\nsecond line\",1.25,,false,2025-07-01T10:00:00Z\r\n"))
        XCTAssertTrue(text.contains("\r\n3,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",,-3,true,1970-01-01T00:00:00Z\r\n"))
        XCTAssertTrue(text.contains("\r\n8,,3.0,8,false,\r\n"))
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertNotEqual(bytes.first, 0xEF, "an RFC 4180 file has no byte-order mark")
    }

    func testCSVAndExcelGermanReadBackToTheSameValues() throws {
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/posts.csv")
        try harness.run("export posts \(directory)/posts-de.csv --dialect excel-de")
        let read = try XCTUnwrap(ExportSample.python("read_exports.py", ["csv", directory + "/posts.csv",
                                                                         directory + "/posts-de.csv"]) as? [String: Any])
        let pandas = try XCTUnwrap(read["pandas"] as? [String: [Any]])
        // Expected values from the sample by hand: the neutralised texts carry the apostrophe, "-5" is a
        // plain number and stays; reach has a missing value, so pandas reads it as floats.
        XCTAssertEqual(pandas["id"] as? [Int], [1, 2, 3, 4, 5, 6, 7, 8, 9])
        XCTAssertEqual(pandas["text"]?.map { $0 as? String }, [
            "plain ä ö ü ß", "comma, \"quoted\"\nsecond line", "'=HYPERLINK(\"http://x.example\",\"click\")",
            "'@SUM(A1:A2)", "'+1+2", "-5", "'\tcmd", nil, "<script>alert(1)</script> | *bold*",
        ])
        XCTAssertEqual(pandas["rate"]?.map { $0 as? Double }, [0.5, 1.25, nil, -0.001, 1234.5678, 2.5e-07, 0, 3, -7.75])
        XCTAssertEqual(pandas["reach"]?.map { $0 as? Double }, [100, nil, -3, 1_000_000, 0, 42, 7, 8, 9])
        XCTAssertEqual(pandas["paid"] as? [Bool], [true, false, true, false, true, false, true, false, true])
        XCTAssertEqual(pandas["published"]?.map { $0 as? String }, [
            "2025-03-01T14:05:00", "2025-07-01T10:00:00", "1970-01-01T00:00:00", "1970-01-01T23:59:59",
            "2000-02-29T00:00:00", "2025-03-01T14:05:00", "2025-03-01T14:05:00", nil, "2025-03-01T14:05:00",
        ])
        let dtypes = try XCTUnwrap(read["pandas_dtypes"] as? [String: String])
        XCTAssertEqual(dtypes["id"], "int64")
        XCTAssertEqual(dtypes["rate"], "float64")
        XCTAssertEqual(dtypes["paid"], "bool")
        XCTAssertEqual(read["pandas_de"] as? NSDictionary, read["pandas"] as? NSDictionary,
                       "pandas reads the excel-de file to the same values as the RFC 4180 file")
        XCTAssertEqual(read["pandas_de_dtypes"] as? NSDictionary, read["pandas_dtypes"] as? NSDictionary)

        let rows = try XCTUnwrap(read["csv_module"] as? [[String]])
        let germanRows = try XCTUnwrap(read["csv_module_de"] as? [[String]])
        XCTAssertEqual(rows.count, 10)
        XCTAssertEqual(germanRows.count, 10)
        XCTAssertEqual(rows[2], ["2", "comma, \"quoted\"\nsecond line", "1.25", "", "false", "2025-07-01T10:00:00Z"])
        XCTAssertEqual(germanRows[0], ["id", "text", "rate", "reach", "paid", "published"])
        XCTAssertEqual(germanRows[1], ["1", "plain ä ö ü ß", "0,5", "100", "WAHR", "01.03.2025 14:05:00"])
        XCTAssertEqual(germanRows[6][2], "2,5e-07")
        // The csv module agrees with pandas on every text once the German spellings are undone.
        XCTAssertEqual(rows.map { $0[1] }, germanRows.map { $0[1] })
    }

    func testExcelGermanWritesLocalTimesWithByteOrderMarkAndCRLF() throws {
        let harness = try ExportSample.harness(timeZone: "Europe/Berlin")
        try harness.run("export posts \(directory)/de.csv --dialect excel-de")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/de.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        // 14:05 UTC on 1 March is 15:05 in Berlin (CET, UTC+1); 10:00 UTC on 1 July is 12:00 (CEST, UTC+2).
        XCTAssertEqual(lines[1], "1;plain ä ö ü ß;0,5;100;WAHR;01.03.2025 15:05:00")
        XCTAssertTrue(lines[2].hasSuffix(";1,25;;FALSCH;01.07.2025 12:00:00"), lines[2])
        // 1970-01-01T23:59:59Z is 00:59:59 the next day in Berlin (CET, UTC+1).
        XCTAssertEqual(lines[4], "4;'@SUM(A1:A2);-0,001;1000000;FALSCH;02.01.1970 00:59:59")
    }

    func testTSVSeparatesWithTabsAndQuotesFieldsHoldingTabs() throws {
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/posts.tsv")
        let lines = try text(directory + "/posts.tsv").components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "id\ttext\trate\treach\tpaid\tpublished")
        XCTAssertEqual(lines[6], "6\t-5\t2.5e-07\t42\tfalse\t2025-03-01T14:05:00Z")
        XCTAssertEqual(lines[7], "7\t\"'\tcmd\"\t0.0\t7\ttrue\t2025-03-01T14:05:00Z")
    }

    func testRowsPastTheFirstChunkAllArrive() throws {
        // 60,000 lines of about 100 bytes are some 6 MB, more than one 4 MiB chunk.
        let count = 60_000
        let filler = String(repeating: "x", count: 80)
        let dataset = Dataset(name: "many", columns: [
            .integer("id", (1...count).map { Int64($0) }), .text("label", (1...count).map { "row \($0) " + filler }),
        ])
        let harness = try CommandHarness(commands: ExportModule.commands, datasets: [dataset])
        try harness.run("export many \(directory)/many.csv")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/many.csv"))
        XCTAssertGreaterThan(bytes.count, 1 << 22)
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        // A header, 60,000 rows and the empty text after the last line end.
        XCTAssertEqual(lines.count, 60_002)
        XCTAssertEqual(lines[42_000], "42000,row 42000 " + filler)
        XCTAssertEqual(lines[60_000], "60000,row 60000 " + filler)
        XCTAssertEqual(lines[60_001], "")
    }

    func testNonFiniteDecimalsAreEmptyFields() throws {
        let dataset = Dataset(name: "odd", columns: [Column(name: "x", data: .decimal([1.5, .nan, .infinity], MissingMask()))])
        let harness = try CommandHarness(commands: ExportModule.commands, datasets: [dataset])
        try harness.run("export odd \(directory)/odd.csv")
        XCTAssertEqual(try text(directory + "/odd.csv"), "x\r\n1.5\r\n\r\n\r\n")
    }

    func testSidecarRecordsProvenanceAndTheDataFileStaysPure() throws {
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/posts.csv")
        let meta = try XCTUnwrap(JSONSerialization.jsonObject(
            with: try XCTUnwrap(FileManager.default.contents(atPath: directory + "/posts.csv.meta.json"))) as? [String: Any])
        XCTAssertEqual(meta["rapport"] as? String, RapportInfo.version)
        XCTAssertEqual(meta["workspace"] as? String, "<memory>")
        XCTAssertNotNil(meta["exported"] as? String)
        let datasets = try XCTUnwrap(meta["datasets"] as? [[String: Any]])
        XCTAssertEqual(datasets.first?["name"] as? String, "posts")
        XCTAssertEqual(datasets.first?["rows"] as? Int, 9)
        let origin = try XCTUnwrap(datasets.first?["origin"] as? [String: Any])
        XCTAssertEqual(origin["command"] as? String, ExportSample.command)
        let parameters = try XCTUnwrap(origin["parameters"] as? [[String: Any]])
        XCTAssertEqual(parameters.map { "\($0["name"] ?? "")=\($0["value"] ?? "")" }, ["FILE=sample.csv", "as=posts", "--preset=none"])
        let files = try XCTUnwrap(origin["files"] as? [[String: Any]])
        XCTAssertEqual(files.first?["sha256"] as? String, ExportSample.file.sha256)
        XCTAssertEqual(files.first?["bytes"] as? Int, 1234)
        XCTAssertEqual(origin["run"] as? Int, 1, "the first command of the log")
        XCTAssertFalse(try text(directory + "/posts.csv").contains("rapport"))
    }
}
