import RapportCore
import XCTest
@testable import PluginHost

/// Reading and checking `plugin.json`.
final class PluginManifestTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = try ScriptedPlugin.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testAGoodManifestIsRead() throws {
        try ScriptedPlugin.write(in: folder, name: "demo", commands: ["one", "two"], body: "exit 0")
        let manifest = try PluginManifest.read(folder: folder)
        XCTAssertEqual(manifest.name, "demo")
        XCTAssertEqual(manifest.version, "1.2")
        XCTAssertEqual(manifest.protocolVersion, 1)
        XCTAssertEqual(manifest.commands, ["one", "two"])
        XCTAssertEqual(manifest.executable, folder + "/run.sh")
    }

    func testBadJSONNamesFileLineAndColumn() throws {
        try "{\"name\": \"x\",\n  oops}".write(toFile: folder + "/plugin.json", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try PluginManifest.read(folder: folder)) { error in
            // Line 2 is `  oops}`: the `o` where a key belongs is character 3.
            XCTAssertTrue((error as? RapportError)?.message.en.hasPrefix(folder + "/plugin.json is damaged at line 2, column 3") == true,
                          "\(error)")
        }
    }

    func testEachFieldIsChecked() throws {
        try ScriptedPlugin.write(in: folder, name: "demo", commands: ["one"], body: "exit 0")
        let cases = [(#""name": "Demo""#, "name"), (#""version": """#, "version"), (#""protocol": "1""#, "protocol"),
                     (#""executable": "../run.sh""#, "executable"), (#""commands": []"#, "commands"),
                     (#""commands": ["a", "a"]"#, "commands")]
        for (field, key) in cases {
            var values = ["\"name\": \"demo\"", "\"version\": \"1\"", "\"protocol\": 1", "\"executable\": \"run.sh\"",
                          "\"commands\": [\"one\"]"]
            let name = String(field.split(separator: ":")[0])
            values = values.map { $0.hasPrefix(name) ? field : $0 }
            try ("{" + values.joined(separator: ", ") + "}").write(toFile: folder + "/plugin.json", atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try PluginManifest.read(folder: folder), field) { error in
                XCTAssertEqual((error as? RapportError)?.message.en,
                               "\(folder!)/plugin.json: '\(key)' is missing or not valid (see plugins/PROTOCOL.md)")
            }
        }
    }

    func testAProgramThatIsNotExecutableIsRefused() throws {
        try ScriptedPlugin.write(in: folder, name: "demo", commands: ["one"], body: "exit 0")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder + "/run.sh")
        XCTAssertThrowsError(try PluginManifest.read(folder: folder))
    }
}
