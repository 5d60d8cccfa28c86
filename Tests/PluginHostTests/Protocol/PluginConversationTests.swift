import RapportCore
import XCTest
@testable import PluginHost

/// The hello exchange and one request, and how each way of going wrong is reported.
final class PluginConversationTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = try ScriptedPlugin.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Asks a plugin whose script is `body` to describe itself.
    private func describe(_ body: String) throws -> JSONValue {
        try ScriptedPlugin.write(in: folder, name: "talk", commands: ["talk"], body: body)
        return try PluginConversation(manifest: try PluginManifest.read(folder: folder), timeLimit: 10)
            .ask(.object([("type", .string("describe"))]), expecting: "describe")
    }

    private func assertFails(_ body: String, with message: Message, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try describe(body), file: file, line: line) { error in
            XCTAssertEqual((error as? RapportError)?.message, message, file: file, line: line)
        }
    }

    func testTheHelloCarriesTheProtocolVersionAndTheAnswerComesBack() throws {
        let answer = try describe("""
        read -r hello
        case $hello in *'"protocol":1,'*) echo '{"type":"hello","protocol":1}' ;; esac
        read -r request
        echo '{"type":"describe","commands":[]}'
        """)
        XCTAssertEqual(answer, .object([("type", .string("describe")), ("commands", .array([]))]))
    }

    func testAnotherProtocolVersionIsNamed() {
        assertFails("read -r hello; echo '{\"type\":\"hello\",\"protocol\":7}'",
                    with: Words.pluginWrongProtocol("talk", found: 7, supported: 1))
    }

    func testAnErrorAnswerIsPassedOnWithThePluginsName() {
        assertFails("read -r h; echo '{\"type\":\"hello\",\"protocol\":1}'; read -r r; echo '{\"type\":\"error\",\"message\":\"nope\"}'",
                    with: Words.pluginReportedError("talk", "nope"))
    }

    func testAnAnswerOfTheWrongTypeIsRefused() {
        assertFails("read -r h; echo '{\"type\":\"hello\",\"protocol\":1}'; read -r r; echo '{\"type\":\"result\"}'",
                    with: Words.pluginExpected("talk", "describe"))
    }

    func testALineThatIsNotAJSONObjectIsQuoted() {
        assertFails("read -r h; echo '[1, 2]'", with: Words.pluginGarbage("talk", excerpt: "[1, 2]"))
    }

    func testJSONNestedTooDeeplyIsCalledThatNotAnythingButAnObject() {
        // 300 arrays inside an object: it was reported as "not a JSON object".
        let deep = "{\"type\":" + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}"
        assertFails("read -r h; echo '\(deep)'", with: Words.pluginTooDeep("talk", deepest: 256))
        XCTAssertEqual(Words.pluginTooDeep("talk", deepest: 256).en,
                       "plugin 'talk' wrote JSON nested too deeply: more than 256 arrays or objects inside each other")
    }

    func testANonZeroExitAfterTheAnswerIsAFailure() {
        assertFails("read -r h; echo '{\"type\":\"hello\",\"protocol\":1}'; read -r r; echo '{\"type\":\"describe\"}'; exit 2",
                    with: Words.pluginEnded("talk", status: 2, bySignal: false))
    }
}
