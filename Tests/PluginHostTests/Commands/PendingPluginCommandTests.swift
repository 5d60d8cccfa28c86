import Foundation
import RapportCore
import RapportTestSupport
import XCTest
@testable import PluginHost

/// The placeholder for a command of a plugin not yet described: it describes the plugin on first use, then runs.
final class PendingPluginCommandTests: XCTestCase {
    private var root: String!

    override func setUpWithError() throws {
        root = try ScriptedPlugin.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A catalogue over one plugin `p` with the command `go DATASET [--label TEXT]`, loaded (not described).
    private func loadedCatalogue(body: String) throws -> (PluginCatalogue, Registry) {
        let folder = try ScriptedPlugin.write(in: root + "/p", name: "p", commands: ["go"], body: body)
        let catalogue = PluginCatalogue(locations: PluginLocations(searchFolders: [folder], configFile: root + "/c.json",
                                                                   cacheFile: root + "/s.json"))
        let registry = Registry()
        catalogue.load(into: registry, workspace: nil)
        return (catalogue, registry)
    }

    /// A plugin that logs each request type to `requests`, describes `go` with a `--label` flag and echoes the label.
    private var labelEchoingPlugin: String {
        """
        read -r hello
        echo '{"type":"hello","protocol":1}'
        read -r request
        case $request in
            *'"type":"describe"'*) echo describe >> \(root!)/requests
                echo '{"type":"describe","commands":[{"name":"go","summary":"s","arguments":[{"name":"D","kind":"dataset"}],"flags":[{"name":"label","kind":"text","summary":"l"}]}]}' ;;
            *'"label":"hi there"'*) echo run >> \(root!)/requests
                echo '{"type":"result","messages":["label hi there"]}' ;;
            *) echo '{"type":"error","message":"unexpected request"}' ;;
        esac
        """
    }

    func testTheFirstRunDescribesThePluginParsesItsFlagsAndRuns() throws {
        let (catalogue, registry) = try loadedCatalogue(body: labelEchoingPlugin)
        let pending = try XCTUnwrap(registry.command(named: "go") as? PendingPluginCommand)
        XCTAssertTrue(pending.spec.takesAnyWords)
        XCTAssertEqual(pending.spec.summary, Words.pluginUndescribed)
        let posts = Dataset(name: "posts", columns: [.text("id", ["a"])])
        let harness = try CommandHarness(commands: [pending], datasets: [posts])

        let result = try harness.run(#"go posts --label "hi there""#)
        XCTAssertEqual(result.json["messages"], .array([.string("label hi there")]))
        XCTAssertEqual(try String(contentsOfFile: root + "/requests", encoding: .utf8), "describe\nrun\n")
        XCTAssertNotNil(catalogue.plugins.first?.commands, "the description is kept")
        XCTAssertNotNil(SignatureCache(path: root + "/s.json").commands(for: pending.manifest), "and cached")
    }

    func testHelpOnACommandNotYetDescribedStartsNoPlugin() throws {
        let (_, registry) = try loadedCatalogue(body: labelEchoingPlugin)
        let text = "go --help"
        let parsed = try InvocationParser.parse(text, tokens: try Lexer.words(text), registry: registry)
        XCTAssertTrue(parsed.wantsHelp, "the shell shows help instead of running it")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/requests"))
    }

    func testTheRealSpecificationChecksTheWordsAfterTheDescription() throws {
        let (_, registry) = try loadedCatalogue(body: labelEchoingPlugin)
        let pending = try XCTUnwrap(registry.command(named: "go"))
        let harness = try CommandHarness(commands: [pending], datasets: [Dataset(name: "posts", columns: [.text("id", ["a"])])])
        XCTAssertEqual(harness.error("go posts --colour red")?.message, Words.unknownFlag("colour", command: "go"))
        XCTAssertEqual(harness.error("go nothing")?.message, Words.unknownDataset("nothing"))
    }

    func testAPluginThatFailsToDescribeGivesItsErrorAndIsMarked() throws {
        let (catalogue, registry) = try loadedCatalogue(body: "exit 3")
        let pending = try XCTUnwrap(registry.command(named: "go"))
        let harness = try CommandHarness(commands: [pending])
        let error = try XCTUnwrap(harness.error("go anything"))
        XCTAssertTrue(error.message.en.contains("'p'"), error.message.en)
        XCTAssertNotNil(catalogue.plugins.first?.problem, "plugin list shows the problem")
    }
}
