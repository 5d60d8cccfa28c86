import RapportCore
import XCTest
@testable import PluginHost

/// The signature cache: entries count only while the plugin's files are unchanged.
final class SignatureCacheTests: XCTestCase {
    func testAnEntryLastsUntilThePluginChanges() throws {
        let folder = try ScriptedPlugin.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ScriptedPlugin.write(in: folder + "/p", name: "p", commands: ["c"], body: "exit 0")
        let manifest = try PluginManifest.read(folder: folder + "/p")
        let cache = SignatureCache(path: folder + "/cache/signatures.json")
        XCTAssertNil(cache.commands(for: manifest))
        let signatures: [JSONValue] = [.object([("name", .string("c")), ("summary", .string("s"))])]
        try cache.store(signatures, for: manifest)
        XCTAssertEqual(cache.commands(for: manifest), signatures)
        try ScriptedPlugin.write(in: folder + "/p", name: "p", commands: ["c"], body: "exit 0 # changed")
        XCTAssertNil(cache.commands(for: manifest), "a changed program needs describing again")
    }

    func testADamagedCacheIsEmpty() throws {
        let folder = try ScriptedPlugin.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ScriptedPlugin.write(in: folder + "/p", name: "p", commands: ["c"], body: "exit 0")
        try "{not json".write(toFile: folder + "/cache.json", atomically: true, encoding: .utf8)
        XCTAssertNil(SignatureCache(path: folder + "/cache.json").commands(for: try PluginManifest.read(folder: folder + "/p")))
    }
}
