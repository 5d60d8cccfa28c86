import RapportCore
import XCTest
@testable import PluginHost

/// The user's list of added plugin folders.
final class AddedPluginsTests: XCTestCase {
    func testTheListIsSavedAndReadAndADamagedFileIsNamed() throws {
        let folder = try ScriptedPlugin.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let added = AddedPlugins(path: folder + "/config/plugins.json")
        XCTAssertEqual(try added.folders(), [], "no file yet: nothing added")
        try added.save(["/a", "/b"])
        XCTAssertEqual(try added.folders(), ["/a", "/b"])
        XCTAssertEqual(try String(contentsOfFile: added.path, encoding: .utf8), "{\"added\":[\"/a\",\"/b\"]}\n")
        try "[]".write(toFile: added.path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try added.folders()) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.pluginConfigDamaged(added.path))
        }
    }
}
