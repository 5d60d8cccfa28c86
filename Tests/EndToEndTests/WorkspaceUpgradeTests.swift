import Foundation
import XCTest

/// A workspace of format 1 (the demo workspace as the last format 1 build wrote it, taken from the repository's
/// history) opens, is backed up, upgraded, and keeps every dataset's rows and values.
final class WorkspaceUpgradeTests: XCTestCase {
    /// The last commit whose `workspace/demo` a format 1 build wrote.
    static let formatOneDemo = "b682d154ea373896b32c4655b49c60505e547e0b"

    private var home: URL!
    private var demo: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        demo = home.appendingPathComponent("workspace/demo")
        let archive = Process()
        archive.executableURL = URL(fileURLWithPath: "/bin/sh")
        archive.arguments = ["-c", "git -C \"$0\" archive \(Self.formatOneDemo) workspace/demo | tar -x -C \"$1\"",
                             RapportProcess.repository.path, home.path]
        archive.standardError = FileHandle.nullDevice
        try archive.run()
        archive.waitUntilExit()
        guard archive.terminationStatus == 0, FileManager.default.fileExists(atPath: demo.path) else {
            throw XCTSkip("the repository's history (git, commit \(Self.formatOneDemo)) is not at hand")
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    /// A JSON file read with Foundation, independently of rapport's own reader.
    private func json(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: try Data(contentsOf: url)) as? [String: Any])
    }

    /// The first `count` rows of a format 1 data file, column by column (dictionary codes resolved), as JSON values.
    private func firstRows(_ file: [String: Any], _ count: Int) throws -> [[Any]] {
        let columns = try XCTUnwrap(file["columns"] as? [[String: Any]])
        return try columns.map { column in
            if let values = column["values"] as? [Any] { return Array(values.prefix(count)) }
            let pool = try XCTUnwrap(column["dictionary"] as? [Any])
            let codes = try XCTUnwrap(column["codes"] as? [Any])
            return codes.prefix(count).map { code in (code as? Int).map { pool[$0] } ?? NSNull() }
        }
    }

    /// Whether two JSON values are the same: numbers by value (`0` and `0.0` alike), everything else by its text.
    private func same(_ one: Any, _ other: Any) -> Bool {
        if let first = one as? NSNumber, let second = other as? NSNumber {
            return first.doubleValue == second.doubleValue
        }
        return String(describing: one) == String(describing: other)
    }

    func testTheFormatOneDemoUpgradesKeepsItsDataAndLeavesABackup() throws {
        let manifestURL = demo.appendingPathComponent("workspace.json")
        let originalManifest = try Data(contentsOf: manifestURL)
        let old = try json(manifestURL)
        XCTAssertEqual(old["formatVersion"] as? Int, 1)
        let entries = try XCTUnwrap(old["datasets"] as? [[String: Any]])
        let names = entries.compactMap { $0["name"] as? String }
        XCTAssertEqual(names.count, 10)

        let shows = names.map { "show \($0) --limit 3 --json" }.joined(separator: "; ")
        let outcome = try RapportProcess.run(["--workspace", demo.path, "-c", "datasets --json; " + shows], home: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("backup-v1-"), outcome.stderr)

        let documents = try outcome.jsonLines()
        let listing = try XCTUnwrap((documents[0]["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(listing.map { $0[0] as? String }, names)
        XCTAssertEqual(listing.map { $0[1] as? Int }, entries.map { $0["rows"] as? Int },
                       "every dataset keeps its rows")
        XCTAssertEqual(listing.map { $0[3] as? String }, entries.map { $0["kind"] as? String })
        XCTAssertEqual(listing.map { $0[5] as? String }, entries.map { $0["source"] as? String },
                       "what format 1 recorded is still shown as the source")
        for (entry, document) in zip(entries, documents.dropFirst()) {
            let name = entry["name"] as? String ?? ""
            let file = try json(demo.appendingPathComponent(try XCTUnwrap(entry["file"] as? String)))
            let expected = try firstRows(file, 3)
            let result = try XCTUnwrap(document["result"] as? [String: Any], name)
            let rows = try XCTUnwrap(result["rows"] as? [[Any]], name)
            XCTAssertEqual(rows.count, min(3, entry["rows"] as? Int ?? 0), name)
            for (row, values) in rows.enumerated() {
                for (column, value) in values.enumerated() {
                    XCTAssertTrue(same(value, expected[column][row]),
                                  "\(name) row \(row + 1) column \(column + 1): \(value) ≠ \(expected[column][row])")
                }
            }
        }

        let backups = try FileManager.default.contentsOfDirectory(atPath: demo.path)
            .filter { $0.hasPrefix("backup-v1-") }
        XCTAssertEqual(backups.count, 1)
        let backup = demo.appendingPathComponent(backups[0])
        XCTAssertEqual(try Data(contentsOf: backup.appendingPathComponent("workspace.json")), originalManifest)
        for entry in entries {
            let file = try XCTUnwrap(entry["file"] as? String)
            XCTAssertEqual(try Data(contentsOf: backup.appendingPathComponent(file)),
                           try Data(contentsOf: demo.appendingPathComponent(file)), "\(file) is backed up as it was")
        }
        let upgraded = try json(manifestURL)
        XCTAssertEqual(upgraded["formatVersion"] as? Int, 2)
        let origins = try XCTUnwrap(upgraded["datasets"] as? [[String: Any]]).map { $0["origin"] as? [String: Any] }
        XCTAssertEqual(origins.first??["command"] as? String, "sources/uci-facebook-metrics/dataset_Facebook.csv")
        XCTAssertFalse(String(decoding: try Data(contentsOf: manifestURL), as: UTF8.self).contains("\"source\""))

        let again = try RapportProcess.run(["--workspace", demo.path, "-c", "score posts engagement-rate"], home: home)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertFalse(again.stderr.contains("backup"), "an upgraded workspace is not upgraded again")
    }
}
