import Foundation
import XCTest

/// Plugins in a real terminal (tmux): tab completion of plugin commands, and Ctrl-C stopping a plugin, not the shell.
final class PluginInteractiveTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try "post_id,account\np1,acme\np2,anna\n".write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    func testPluginCommandsCompleteAndCtrlCStopsAHangingPlugin() throws {
        let repository = RapportProcess.repository
        let pluginPath = repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/plugins").path + ":"
            + repository.appendingPathComponent("plugins").path
        let shell = try TmuxSession(arguments: ["--workspace", home.appendingPathComponent("ws").path], home: home,
                                    environment: ["RAPPORT_PLUGIN_PATH": pluginPath,
                                                  "XDG_CACHE_HOME": home.appendingPathComponent("cache").path])
        try shell.waitFor("rapport>")
        try shell.type("import posts.csv as posts")
        try shell.press("Enter")
        try shell.waitFor("imported 2 rows")
        try shell.type("plugin reload")
        try shell.press("Enter")
        try shell.waitFor("buzzwords")

        try shell.press("C-l")
        try shell.type("buzz")
        try shell.press("Tab")
        try shell.waitFor("rapport> buzzwords")
        try shell.press("C-u")

        // The time limit stays at its default of 30 s, so only Ctrl-C can end `hang` within the wait below.
        try shell.type("hang posts")
        try shell.press("Enter")
        Thread.sleep(forTimeInterval: 1)
        let started = Date()
        try shell.press("C-c")
        try shell.waitFor("interrupted", timeout: 10)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        try shell.type("datasets")
        try shell.press("Enter")
        try shell.waitFor("posts ")
    }
}
