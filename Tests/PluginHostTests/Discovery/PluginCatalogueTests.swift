import RapportCore
import RapportTestSupport
import XCTest
@testable import PluginHost

/// Finding plugins, their precedence, the cache at start-up and the rule for workspace folders.
final class PluginCatalogueTests: XCTestCase {
    private var root: String!

    override func setUpWithError() throws {
        root = try ScriptedPlugin.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func catalogue(search: [String]) -> PluginCatalogue {
        PluginCatalogue(locations: PluginLocations(searchFolders: search, configFile: root + "/config/plugins.json",
                                                   cacheFile: root + "/cache/signatures.json"))
    }

    func testReloadDescribesAndLoadUsesTheCacheOnly() throws {
        let folder = try ScriptedPlugin.write(in: root + "/search/echo", name: "echo", commands: ["echo"],
                                              body: "echo started >> \(root!)/starts\n" + ScriptedPlugin.answering(command: "echo", result: "{}"))
        let registry = Registry()
        let first = catalogue(search: [root + "/search"])
        first.load(into: registry, workspace: nil)
        XCTAssertEqual(registry.command(named: "echo")?.spec.summary, Words.pluginUndescribed, "not described yet")
        XCTAssertEqual(first.plugins.map(\.folder), [folder])
        try first.reload(into: registry, workspace: nil, timeLimit: 10)
        XCTAssertEqual(registry.command(named: "echo")?.spec.isPlugin, true)

        let fresh = Registry()
        catalogue(search: [root + "/search"]).load(into: fresh, workspace: nil)
        XCTAssertEqual(fresh.command(named: "echo")?.spec.positionals.map(\.name), ["DATASET"])
        let starts = try String(contentsOfFile: root + "/starts", encoding: .utf8)
        XCTAssertEqual(starts, "started\n", "only reload started the plugin")
    }

    func testTheFirstPluginOfANameWinsAndBuiltInsWin() throws {
        try ScriptedPlugin.write(in: root + "/a/dup", name: "dup", commands: ["show"], body: ScriptedPlugin.answering(command: "show", result: "{}"))
        try ScriptedPlugin.write(in: root + "/b/dup", name: "dup", commands: ["show"], body: ScriptedPlugin.answering(command: "show", result: "{}"))
        let builtin = BuiltinCommand(CommandSpec(name: "show", module: "shell", summary: Message(en: "s", de: "s"))) { _, _ in .empty }
        let registry = Registry([builtin])
        let catalogue = catalogue(search: [root + "/a", root + "/b"])
        try catalogue.reload(into: registry, workspace: nil, timeLimit: 10)
        XCTAssertNil(catalogue.plugins[0].problem)
        XCTAssertEqual(catalogue.plugins[1].problem?.message, Words.pluginDuplicate("dup"))
        XCTAssertFalse(registry.command(named: "show")?.spec.isPlugin ?? true, "the built-in keeps its name")
        XCTAssertEqual(registry.shadowed.map(\.spec.module), ["dup"])
    }

    func testAPluginInsideTheWorkspaceIsBlockedUntilAdded() throws {
        let folder = try ScriptedPlugin.write(in: root + "/ws/plugins/inside", name: "inside", commands: ["inside"],
                                              body: ScriptedPlugin.answering(command: "inside", result: "{}"))
        let registry = Registry()
        let catalogue = catalogue(search: [root + "/ws/plugins"])
        try catalogue.reload(into: registry, workspace: root + "/ws", timeLimit: 10)
        XCTAssertEqual(catalogue.plugins.first?.problem?.message, Words.pluginInsideWorkspace("inside", folder: folder))
        let blocked = try XCTUnwrap(registry.command(named: "inside"))
        XCTAssertTrue(blocked is UnusablePluginCommand, "it completes, and running it says why")
        let harness = try CommandHarness(commands: [blocked])
        XCTAssertEqual(harness.error("inside anything")?.message, Words.pluginInsideWorkspace("inside", folder: folder))
        try catalogue.added.save([folder])
        try catalogue.reload(into: registry, workspace: root + "/ws", timeLimit: 10)
        XCTAssertEqual(catalogue.plugins.first?.origin, .added)
        XCTAssertTrue(registry.command(named: "inside") is PluginCommand)
    }

    func testCommandsThatDifferFromTheManifestAreAProblem() throws {
        try ScriptedPlugin.write(in: root + "/s/liar", name: "liar", commands: ["one"], body: ScriptedPlugin.answering(command: "two", result: "{}"))
        let catalogue = catalogue(search: [root + "/s"])
        try catalogue.reload(into: Registry(), workspace: nil, timeLimit: 10)
        XCTAssertEqual(catalogue.plugins.first?.problem?.message,
                       Words.pluginCommandsDiffer("liar", manifest: ["one"], described: ["two"]))
    }

    func testOfTwoPluginsOfferingOneCommandTheFirstKeepsIt() throws {
        try ScriptedPlugin.write(in: root + "/a/first", name: "first", commands: ["same"],
                                 body: ScriptedPlugin.answering(command: "same", result: "{}"))
        try ScriptedPlugin.write(in: root + "/b/second", name: "second", commands: ["same"],
                                 body: ScriptedPlugin.answering(command: "same", result: "{}"))
        let registry = Registry()
        try catalogue(search: [root + "/a", root + "/b"]).reload(into: registry, workspace: nil, timeLimit: 10)
        XCTAssertEqual(registry.commands.map(\.spec.module), ["first"])
    }
}
