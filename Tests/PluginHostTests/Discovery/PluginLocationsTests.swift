import XCTest
@testable import PluginHost

/// Where plugins are searched for and where the user's list and the cache live.
final class PluginLocationsTests: XCTestCase {
    func testTheEnvironmentDecidesTheFoldersInOrder() {
        let locations = PluginLocations.from(
            environment: ["HOME": "/home/u", "RAPPORT_PLUGIN_PATH": "/a:/b", "XDG_DATA_HOME": "/data",
                          "XDG_CONFIG_HOME": "/config", "XDG_CACHE_HOME": "/cache"],
            executable: "/nowhere/bin/rapport")
        XCTAssertEqual(locations.searchFolders, ["/a", "/b", "/data/rapport/plugins"])
        XCTAssertEqual(locations.configFile, "/config/rapport/plugins.json")
        XCTAssertEqual(locations.cacheFile, "/cache/rapport/plugin-signatures.json")
    }

    func testHomeFoldersAreTheFallback() {
        let locations = PluginLocations.from(environment: ["HOME": "/home/u"], executable: "/nowhere/bin/rapport")
        XCTAssertEqual(locations.searchFolders, ["/home/u/.local/share/rapport/plugins"])
        XCTAssertEqual(locations.configFile, "/home/u/.config/rapport/plugins.json")
        XCTAssertEqual(locations.cacheFile, "/home/u/.cache/rapport/plugin-signatures.json")
    }

    func testTheInstalledCopyBesideTheBinaryIsFound() throws {
        let prefix = try ScriptedPlugin.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        try FileManager.default.createDirectory(atPath: prefix + "/share/rapport/plugins", withIntermediateDirectories: true)
        XCTAssertEqual(PluginLocations.bundledFolder(executable: prefix + "/bin/rapport"), prefix + "/share/rapport/plugins")
    }

    func testTheRepositoryFolderIsFoundAboveABuildFolder() throws {
        let repository = try ScriptedPlugin.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: repository) }
        try FileManager.default.createDirectory(atPath: repository + "/plugins", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: repository + "/.build/x86_64/debug", withIntermediateDirectories: true)
        try "# protocol".write(toFile: repository + "/plugins/PROTOCOL.md", atomically: true, encoding: .utf8)
        XCTAssertEqual(PluginLocations.bundledFolder(executable: repository + "/.build/x86_64/debug/rapport"), repository + "/plugins")
    }
}
