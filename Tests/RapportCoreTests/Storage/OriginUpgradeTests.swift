import Foundation
import XCTest
@testable import RapportCore

/// Format 1 kept a `source` text per dataset; opening such a workspace turns each into an `origin` record.
final class OriginUpgradeTests: XCTestCase {
    /// A format 1 manifest entry.
    private func entry(_ name: String, kind: String?, source: String?) -> [String: Any] {
        var entry: [String: Any] = ["name": name, "file": "data/\(name)-1.json", "rows": 0, "columns": [], "bytes": 1]
        entry["kind"] = kind
        entry["source"] = source
        return entry
    }

    func testSourcesBecomeOriginsAndTheOldManifestIsKept() throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let sentence = #"compare {"de":"person-Beiträge erzielten das 2-Fache","en":"person posts earned 2 times"}"#
        let entries = [
            entry("fb", kind: "posts", source: "sources/fb.csv"),
            entry("fb-er", kind: "result", source: "score fb engagement-rate"),
            entry("cmp", kind: "result", source: sentence),
            entry("cmp-pairs", kind: "result", source: sentence),
            entry("side", kind: "result", source: "compare --accounts"),
            entry("fb-audit", kind: "audit", source: "audit fb --rules camisani"),
            entry("survey", kind: "survey", source: nil),
            entry("odd", kind: "from-the-future", source: "plugin p"),
        ]
        let object: [String: Any] = ["formatVersion": 1, "datasets": entries, "nextFileNumber": 2]
        let text = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/workspace.json", contents: text))
        let store = try DirectoryStore(directory: directory, createIfMissing: false)
        defer { store.close() }
        let manifest = try store.loadManifest()
        let origins = Dictionary(uniqueKeysWithValues: manifest.datasets.map { ($0.name, $0.origin) })
        XCTAssertEqual(origins["fb"], DatasetOrigin(command: "sources/fb.csv"))
        XCTAssertEqual(origins["fb-er"], DatasetOrigin(command: "score fb engagement-rate", finding: Finding(.score)))
        let told = Message(en: "person posts earned 2 times", de: "person-Beiträge erzielten das 2-Fache")
        XCTAssertEqual(origins["cmp"], DatasetOrigin(command: "compare", finding: Finding(.compare, sentence: told)))
        XCTAssertEqual(origins["cmp-pairs"],
                       DatasetOrigin(command: "compare", finding: Finding(.comparePairs, sentence: told)))
        XCTAssertEqual(origins["side"],
                       DatasetOrigin(command: "compare --accounts", finding: Finding(.compareAccounts)))
        XCTAssertEqual(origins["fb-audit"],
                       DatasetOrigin(command: "audit fb --rules camisani", finding: Finding(.audit)))
        XCTAssertEqual(origins["survey"] ?? nil, nil)
        XCTAssertEqual(origins["odd"], DatasetOrigin(command: "plugin p"))
        XCTAssertNil(manifest.datasets.last?.kind, "a kind rapport does not know reads as none")
        XCTAssertEqual(manifest.nextFileNumber, 2)

        let backups = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasPrefix("backup-v1-") }
        XCTAssertEqual(backups.count, 1)
        XCTAssertEqual(fileBytes(directory + "/" + backups[0] + "/workspace.json"), Array(text))
        let saved = String(decoding: fileBytes(directory + "/workspace.json") ?? [], as: UTF8.self)
        XCTAssertTrue(saved.contains("\"formatVersion\" : 2"))
        XCTAssertFalse(saved.contains("\"source\""), "format 2 keeps no source text")
        XCTAssertFalse(saved.contains("{\\\"de\\\""), "nor JSON inside a string")
    }
}
