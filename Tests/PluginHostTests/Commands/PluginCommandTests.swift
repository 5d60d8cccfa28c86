import RapportCore
import RapportTestSupport
import XCTest
@testable import PluginHost

/// Running a plugin command on an in-memory workspace: datasets out, results in, all or nothing.
final class PluginCommandTests: XCTestCase {
    private var root: String!

    override func setUpWithError() throws {
        root = try ScriptedPlugin.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A harness holding `posts` (3 rows) and the one command of a plugin that answers every run with `result`.
    private func harness(result: String, body: String? = nil) throws -> CommandHarness {
        let folder = try ScriptedPlugin.write(in: root + "/p", name: "p", commands: ["go"],
                                              body: body ?? ScriptedPlugin.answering(command: "go", result: result))
        let catalogue = PluginCatalogue(locations: PluginLocations(searchFolders: [folder], configFile: root + "/c.json",
                                                                   cacheFile: root + "/s.json"))
        let registry = Registry()
        try catalogue.reload(into: registry, workspace: nil, timeLimit: 10)
        let posts = Dataset(name: "posts", columns: [.text("id", ["a", "b", "c"])])
        return try CommandHarness(commands: registry.commands, datasets: [posts])
    }

    func testTheNamedDatasetIsSentAsATable() throws {
        // The plugin answers with the length of the request's posts table as a message: rows ["a"], ["b"], ["c"].
        let body = """
        read -r hello
        echo '{"type":"hello","protocol":1}'
        read -r request
        case $request in
            *'"type":"describe"'*) echo '{"type":"describe","commands":[{"name":"go","summary":"s","arguments":[{"name":"D","kind":"dataset"}]}]}' ;;
            *'"datasets":{"posts":{"columns":[{"name":"id","type":"text","role":null}],"rows":[["a"],["b"],["c"]]}}'*)
                echo '{"type":"result","messages":["3 rows arrived"]}' ;;
            *) echo '{"type":"error","message":"unexpected request"}' ;;
        esac
        """
        let harness = try harness(result: "", body: body)
        let result = try harness.run("go posts")
        XCTAssertEqual(result.json["messages"], .array([.string("3 rows arrived")]))
    }

    func testStoredDatasetsArriveAndAnExistingNameIsRefusedWhole() throws {
        let table = #""columns":[{"name":"n","type":"integer"}],"rows":[[7]]"#
        let harness = try harness(result: #"{"type":"result","datasets":[{"name":"fresh",\#(table)},{"name":"posts",\#(table)}]}"#)
        XCTAssertEqual(harness.error("go posts")?.message, Words.datasetExists("posts"))
        XCTAssertFalse(harness.workspace.contains("fresh"), "nothing of a refused result is stored")
        XCTAssertEqual(try harness.workspace.dataset(named: "posts").rowCount, 3)
    }

    func testAReplacingResultIsStored() throws {
        let harness = try harness(result: #"{"type":"result","datasets":[{"name":"posts","replace":true,"columns":[{"name":"n","type":"integer"}],"rows":[[7]]}]}"#)
        try harness.run("go posts")
        XCTAssertEqual(try harness.cells("posts", "n"), [.integer(7)])
    }

    func testAnErrorFromThePluginNamesIt() throws {
        let harness = try harness(result: #"{"type":"error","message":"no luck"}"#)
        XCTAssertEqual(harness.error("go posts")?.message.en, "plugin 'p': no luck")
    }

    func testAnUnknownDatasetIsCaughtBeforeThePluginStarts() throws {
        let harness = try harness(result: "{}")
        XCTAssertEqual(harness.error("go nothing")?.message, Words.unknownDataset("nothing"))
    }
}
