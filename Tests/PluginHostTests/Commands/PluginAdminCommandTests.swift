import RapportCore
import RapportTestSupport
import XCTest
@testable import PluginHost

/// `plugin list|info|add|remove` on an in-memory workspace.
final class PluginAdminCommandTests: XCTestCase {
    private var root: String!
    private var catalogue: PluginCatalogue!
    private var harness: CommandHarness!

    override func setUpWithError() throws {
        root = try ScriptedPlugin.temporaryDirectory()
        catalogue = PluginCatalogue(locations: PluginLocations(searchFolders: [], configFile: root + "/c/plugins.json",
                                                               cacheFile: root + "/c/signatures.json"))
        harness = try CommandHarness(commands: [PluginAdminCommand.command(catalogue)])
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    func testAddListInfoAndRemove() throws {
        let folder = try ScriptedPlugin.write(in: root + "/mine", name: "mine", commands: ["mine"],
                                              body: ScriptedPlugin.answering(command: "mine", result: "{}"))
        let added = try CommandHarness.table(try harness.run("plugin add \(folder)"))
        XCTAssertEqual(added.columnNames, ["name", "version", "commands", "origin", "state", "folder"])
        XCTAssertEqual(added.columns[0].data[0], .text("mine"))
        XCTAssertEqual(added.columns[3].data[0], .text("added"))
        XCTAssertEqual(added.columns[4].data[0], .text("ready"))
        XCTAssertEqual(try catalogue.added.folders(), [folder])

        let info = try harness.run("plugin info mine")
        XCTAssertEqual(info.json["commands"], .array([.string("mine DATASET")]))
        XCTAssertEqual(harness.error("plugin info mien")?.message, Words.pluginUnknown("mien").suggesting("mine"))

        let removed = try CommandHarness.table(try harness.run("plugin remove mine"))
        XCTAssertEqual(removed.rowCount, 0)
        XCTAssertEqual(try catalogue.added.folders(), [])
        XCTAssertEqual(harness.error("plugin remove mine")?.message, Words.pluginNotAdded("mine"))
    }

    func testAddingAFolderWithoutAManifestChangesNothing() throws {
        XCTAssertEqual(harness.error("plugin add \(root!)")?.message, Words.pluginManifestMissing(root + "/plugin.json"))
        XCTAssertEqual(try catalogue.added.folders(), [])
    }
}
