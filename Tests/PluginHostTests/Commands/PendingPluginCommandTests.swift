import RapportCore
import RapportTestSupport
import XCTest
@testable import PluginHost

/// The placeholder for a command of a plugin not yet described.
final class PendingPluginCommandTests: XCTestCase {
    func testAnyWordsParseAndRunningAsksForAReload() throws {
        let pending = PendingPluginCommand(name: "sov", plugin: "sovplugin")
        XCTAssertTrue(pending.spec.isPlugin)
        XCTAssertEqual(pending.spec.module, "sovplugin")
        let harness = try CommandHarness(commands: [pending])
        XCTAssertEqual(harness.error("sov posts account")?.message, Words.pluginNotDescribed("sovplugin", command: "sov"))
        XCTAssertEqual(harness.error("sov")?.message.en, "plugin 'sovplugin' is new or changed: run plugin reload before sov")
    }
}
