import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// JSON and NDJSON exports, parsed back with Foundation's JSONSerialization.
final class JSONExporterTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = try ExportSample.directory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func testJSONHasProvenanceTypedValuesAndNulls() throws {
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/posts.json")
        let data = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/posts.json"))
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let provenance = try XCTUnwrap(document["provenance"] as? [String: Any])
        XCTAssertEqual(provenance["rapport"] as? String, RapportInfo.version)
        let dataset = try XCTUnwrap((document["datasets"] as? [[String: Any]])?.first)
        XCTAssertEqual(dataset["name"] as? String, "posts")
        XCTAssertEqual((dataset["columns"] as? [[String: Any]])?.map { $0["type"] as? String },
                       ["integer", "text", "decimal", "integer", "boolean", "time"])
        let rows = try XCTUnwrap(dataset["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 9)
        XCTAssertEqual(rows[0]["id"] as? Int, 1)
        XCTAssertEqual(rows[0]["rate"] as? Double, 0.5)
        XCTAssertEqual(rows[0]["paid"] as? Bool, true)
        XCTAssertEqual(rows[0]["published"] as? String, "2025-03-01T14:05:00Z")
        XCTAssertTrue(rows[1]["reach"] is NSNull)
        XCTAssertTrue(rows[2]["rate"] is NSNull)
        XCTAssertTrue(rows[7]["text"] is NSNull)
        XCTAssertTrue(rows[7]["published"] is NSNull)
        XCTAssertEqual(rows[1]["text"] as? String, "comma, \"quoted\"\nsecond line")
        XCTAssertEqual(rows[6]["text"] as? String, "\tcmd", "JSON keeps texts exactly; only CSV neutralises formulas")
        XCTAssertEqual(rows[5]["rate"] as? Double, 2.5e-07)
    }

    func testRowsPastTheFirstChunkAllArrive() throws {
        // 300,000 rows of `{"id":N},` take about 4.8 MB, more than one 4 MiB chunk.
        let count = 300_000
        let dataset = Dataset(name: "many", columns: [.integer("id", (1...count).map { Int64($0) })])
        let harness = try CommandHarness(commands: ExportModule.commands, datasets: [dataset])
        try harness.run("export many \(directory)/many.json")
        try harness.run("export many \(directory)/many.ndjson")
        let data = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/many.json"))
        XCTAssertGreaterThan(data.count, 1 << 22)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try XCTUnwrap((document["datasets"] as? [[String: Any]])?.first?["rows"] as? [[String: Int]])
        XCTAssertEqual(rows.map { $0["id"] ?? 0 }, Array(1...count))
        let lines = try String(contentsOfFile: directory + "/many.ndjson", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, count)
        XCTAssertEqual(lines[199_999], "{\"id\":200000}")
        XCTAssertEqual(lines.last, "{\"id\":300000}")
    }

    func testNDJSONHasOneObjectPerLineAndASidecar() throws {
        let harness = try ExportSample.harness()
        try harness.run("export posts \(directory)/posts.ndjson")
        let text = try String(contentsOfFile: directory + "/posts.ndjson", encoding: .utf8)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 9)
        let last = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[8].utf8)) as? [String: Any])
        XCTAssertEqual(last["text"] as? String, "<script>alert(1)</script> | *bold*")
        XCTAssertEqual(last["rate"] as? Double, -7.75)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/posts.ndjson.meta.json"))
    }
}
