import Foundation
import RapportTestSupport
import XCTest

/// External plugins as a user meets them: the two examples against pandas, the minimal example of
/// plugins/PROTOCOL.md, the signature cache, trust of workspace folders, and plugins that break.
final class PluginTests: XCTestCase {
    private var home: URL!
    private var workspace: URL!

    /// The repository's example plugins and the test fixtures.
    private static let examples = RapportProcess.repository.appendingPathComponent("plugins")
    private static let fixtures = RapportProcess.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures")

    /// Three posts written by hand.
    private static let postsCSV = "post_id,account\np1,acme\np2,anna\np3,acme\n"

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        workspace = home.appendingPathComponent("ws")
        try Self.postsCSV.write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String], stdin: String = "", pluginPath: String? = nil) throws -> ProcessOutcome {
        var environment = ["XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
        if let pluginPath { environment["RAPPORT_PLUGIN_PATH"] = pluginPath }
        return try RapportProcess.run(["--workspace", workspace.path] + arguments, stdin: stdin, home: home,
                                      environment: environment, directory: home)
    }

    /// The `result` of each successful JSON line, by command text.
    private func results(_ outcome: ProcessOutcome) throws -> [String: [String: Any]] {
        var found: [String: [String: Any]] = [:]
        for line in try outcome.jsonLines() where line["ok"] as? Bool == true {
            if let command = line["command"] as? String, let result = line["result"] as? [String: Any] { found[command] = result }
        }
        return found
    }

    /// The rows of the first shown table of a plugin result.
    private func firstTableRows(_ result: [String: Any]?) throws -> [[Any]] {
        let tables = try XCTUnwrap(result?["tables"] as? [[String: Any]])
        let table = try XCTUnwrap(tables.first?["table"] as? [String: Any])
        return try XCTUnwrap(table["rows"] as? [[Any]])
    }

    // MARK: the examples

    func testExamplesFromThePluginPathMatchIndependentComputations() throws {
        let csv = Self.fixtures.appendingPathComponent("plugin_posts.csv").path
        let expectedData = try Data(contentsOf: Self.fixtures.appendingPathComponent("plugin_expected.json"))
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        let script = """
        import \(csv) as posts
        plugin reload
        sov posts account
        sov posts account --weight reach as reach_share
        buzzwords posts text
        show reach_share
        """
        let outcome = try run(["--json"], stdin: script + "\n", pluginPath: Self.examples.path)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let found = try results(outcome)

        // pandas: value_counts of account, shares of the counted rows, sorted by share then name.
        try assertShares(try firstTableRows(found["sov posts account"]), expected["sov_count"])
        let counted = try XCTUnwrap(found["sov posts account"])
        let leftOut = try XCTUnwrap(expected["rows_left_out_count"] as? Int)
        XCTAssertEqual(counted["warnings"] as? [String], ["rows left out for want of a value or weight: \(leftOut)"])

        // pandas: groupby(account).reach.sum() over rows with both values.
        try assertShares(try firstTableRows(found["sov posts account --weight reach as reach_share"]), expected["sov_reach"])
        let stored = try XCTUnwrap(found["show reach_share"]?["rows"] as? [[Any]])
        try assertShares(stored, expected["sov_reach"])

        // Regular expressions over the texts, in the fixture script: word, times, posts.
        let buzz = try firstTableRows(found["buzzwords posts text"])
        let expectedBuzz = try XCTUnwrap(expected["buzzwords"] as? [[Any]])
        XCTAssertEqual(buzz.map { $0[0] as? String }, expectedBuzz.map { $0[0] as? String })
        XCTAssertEqual(buzz.map { $0[1] as? Int }, expectedBuzz.map { $0[1] as? Int })
        XCTAssertEqual(buzz.map { $0[2] as? Int }, expectedBuzz.map { $0[2] as? Int })
        let words = try XCTUnwrap(expected["words_in_list"] as? Int)
        let total = expectedBuzz.compactMap { $0[1] as? Int }.reduce(0, +)
        XCTAssertEqual(found["buzzwords posts text"]?["messages"] as? [String],
                       ["Buzzword bingo: \(expectedBuzz.count) of \(words) words heard, \(total) times"])
    }

    private func assertShares(_ rows: [[Any]], _ expected: Any?, file: StaticString = #filePath, line: UInt = #line) throws {
        let reference = try XCTUnwrap(expected as? [[Any]], file: file, line: line)
        XCTAssertEqual(rows.map { $0[0] as? String }, reference.map { $0[0] as? String }, file: file, line: line)
        XCTAssertEqual(rows.map { $0[1] as? Int }, reference.map { $0[1] as? Int }, file: file, line: line)
        for (row, want) in zip(rows, reference) {
            XCTAssertEqual(try XCTUnwrap(row[2] as? Double), try XCTUnwrap(want[2] as? Double), accuracy: 1e-12, file: file, line: line)
        }
    }

    func testThePluginsOwnTestsPass() throws {
        for (program, arguments, folder) in [("/usr/bin/env", ["python3", "-m", "unittest", "-q"], "sov"),
                                             ("/bin/sh", ["test.sh"], "buzzwords")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
            process.currentDirectoryURL = Self.examples.appendingPathComponent(folder)
            var environment = ProcessInfo.processInfo.environment
            environment["PYTHONDONTWRITEBYTECODE"] = "1"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "the tests of plugins/\(folder) failed")
        }
    }

    // MARK: the protocol page

    /// Writes the files the protocol page marks with `<!-- file: PATH -->` into `folder`; returns their paths.
    private func extractProtocolExample(into folder: URL) throws -> [String] {
        let page = try String(contentsOf: Self.examples.appendingPathComponent("PROTOCOL.md"), encoding: .utf8)
        var written: [String] = []
        let parts = page.components(separatedBy: "<!-- file: ").dropFirst()
        for part in parts {
            let path = try XCTUnwrap(part.components(separatedBy: " -->").first)
            let body = try XCTUnwrap(part.components(separatedBy: "```").dropFirst().first)
            let code = body.drop { $0 != "\n" }.dropFirst()
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try String(code).write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
            written.append(path)
        }
        return written
    }

    func testTheMinimalExampleOfTheProtocolPageRunsAfterPluginAdd() throws {
        let files = try extractProtocolExample(into: home)
        XCTAssertEqual(files, ["hello/plugin.json", "hello/hello.py"])
        let hello = home.appendingPathComponent("hello").path
        let script = "import posts.csv as posts\nplugin add \(hello)\ncount-rows posts\nset lang de\ncount-rows posts\n"
        let outcome = try run(["--json"], stdin: script, pluginPath: "")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = try outcome.jsonLines().filter { $0["command"] as? String == "count-rows posts" }
        XCTAssertEqual(lines.count, 2)
        let english = try XCTUnwrap(lines[0]["result"] as? [String: Any])
        XCTAssertEqual(english["messages"] as? [String], ["posts has 3 rows"], "3 rows were written into posts.csv")
        XCTAssertEqual(try firstTableRows(english).first?[1] as? Int, 3)
        let german = try XCTUnwrap(lines[1]["result"] as? [String: Any])
        XCTAssertEqual(german["messages"] as? [String], ["posts hat 3 Zeilen"])
    }

    // MARK: discovery and the cache

    /// A plugin in `folder` that appends a line to `starts.log` each time it is started, offering `tally` and `show`.
    private func makeTallyPlugin(in folder: URL, summary: String = "counts its starts") throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let manifest = #"{"name": "tally", "version": "1", "protocol": 1, "executable": "tally.sh", "commands": ["tally", "show"]}"#
        try manifest.write(to: folder.appendingPathComponent("plugin.json"), atomically: true, encoding: .utf8)
        let script = """
        #!/bin/sh
        echo started >> "$(dirname "$0")/starts.log"
        read -r hello
        echo '{"type":"hello","protocol":1}'
        read -r request
        case $request in
            *describe*) echo '{"type":"describe","commands":[{"name":"tally","summary":"\(summary)"},{"name":"show","summary":"shadowed"}]}' ;;
            *) echo '{"type":"result","messages":["tallied"]}' ;;
        esac

        """
        let url = folder.appendingPathComponent("tally.sh")
        try script.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    private func starts(_ folder: URL) -> Int {
        let text = (try? String(contentsOf: folder.appendingPathComponent("starts.log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").count
    }

    func testStartUpReadsCachedSignaturesAndNeverStartsAPlugin() throws {
        let folder = home.appendingPathComponent("elsewhere/tally")
        try makeTallyPlugin(in: folder)
        let added = try run(["--json", "-c", "plugin add \(folder.path)"], pluginPath: "")
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(starts(folder), 1, "plugin add asks the plugin for its commands once")
        XCTAssertTrue(added.stderr.contains("the built-in command 'show' wins over the command of the same name of plugin 'tally'"),
                      added.stderr)

        let help = try run(["-c", "help"], pluginPath: "")
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("tally commands"), help.stdout)
        XCTAssertTrue(help.stdout.contains("counts its starts (plugin)"), help.stdout)
        XCTAssertEqual(starts(folder), 1, "start-up and help start no plugin")

        let tally = try run(["--json", "-c", "tally; plugin info tally"], pluginPath: "")
        XCTAssertEqual(try results(tally)["tally"]?["messages"] as? [String], ["tallied"], tally.stderr)
        XCTAssertEqual(starts(folder), 2)
        let info = try XCTUnwrap(try results(tally)["plugin info tally"])
        XCTAssertEqual(info["origin"] as? String, "added")
        XCTAssertEqual(info["executable"] as? String, folder.path + "/tally.sh")
        XCTAssertEqual(info["commands"] as? [String], ["tally", "show"])

        try makeTallyPlugin(in: folder, summary: "a changed plugin")
        let changed = try run(["--json", "-c", "plugin list"], pluginPath: "")
        XCTAssertEqual(changed.status, 0, changed.stderr)
        let list = try XCTUnwrap(try results(changed)["plugin list"]?["rows"] as? [[Any]])
        XCTAssertEqual(list.first?[4] as? String, "new or changed: asked for its commands when first run (or by plugin reload)")
        XCTAssertEqual(starts(folder), 2, "listing a changed plugin does not start it")
        let firstRun = try run(["--json", "-c", "tally; plugin list"], pluginPath: "")
        XCTAssertEqual(firstRun.status, 0, firstRun.stderr)
        XCTAssertEqual(try results(firstRun)["tally"]?["messages"] as? [String], ["tallied"], firstRun.stderr)
        XCTAssertEqual(starts(folder), 4, "its first run describes it, then runs it")
        let described = try XCTUnwrap(try results(firstRun)["plugin list"]?["rows"] as? [[Any]])
        XCTAssertEqual(described.first?[4] as? String, "ready")

        let removed = try run(["--json", "-c", "plugin remove tally; plugin list"], pluginPath: "")
        XCTAssertEqual(removed.status, 0, removed.stderr)
        let after = try XCTUnwrap(try results(removed)["plugin list"]?["rows"] as? [[Any]])
        XCTAssertFalse(after.contains { $0[0] as? String == "tally" })
    }

    func testAPluginInsideTheWorkspaceFolderRunsOnlyAfterPluginAdd() throws {
        _ = try run(["-c", "datasets"])
        _ = try extractProtocolExample(into: workspace.appendingPathComponent("plugins"))
        let hello = workspace.appendingPathComponent("plugins/hello").path
        let script = "import posts.csv as posts\nplugin reload\ncount-rows posts\nplugin add \(hello)\ncount-rows posts\n"
        let outcome = try run(["--json", "--keep-going"], stdin: script, pluginPath: workspace.appendingPathComponent("plugins").path)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("plugin 'hello' lies inside the workspace folder and runs only after: plugin add"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("<stdin>:3: error: plugin 'hello' lies inside the workspace folder"),
                      "running its command says why, not 'unknown command': \(outcome.stderr)")
        XCTAssertEqual(try results(outcome)["count-rows posts"]?["messages"] as? [String], ["posts has 3 rows"])
    }

    // MARK: plugins that break

    func testBrokenPluginsGiveClearErrorsAndLeaveTheWorkspaceAlone() throws {
        let broken = Self.fixtures.appendingPathComponent("plugins").path
        // Only the hanging plugin runs under the short timeout: on a busy machine writing 32 MiB can take longer.
        let kinds = ["crash", "garbage", "huge", "fail-exit", "bad-table"]
        let script = "import posts.csv as posts\nplugin reload\n" + kinds.map { "\($0) posts\n" }.joined()
            + "set plugin-timeout 2\nhang posts\ndatasets\n"
        let started = Date()
        let outcome = try run(["--json", "--keep-going"], stdin: script, pluginPath: broken)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20, "the hanging plugin is stopped after 2 s")
        XCTAssertEqual(outcome.status, 1)
        var errors: [String: String] = [:]
        for line in try outcome.jsonLines() where line["ok"] as? Bool == false {
            let command = try XCTUnwrap(line["command"] as? String)
            errors[command] = (line["error"] as? [String: Any])?["message"] as? String
        }
        XCTAssertEqual(errors["crash posts"], "plugin 'crash' crashed (signal 11)")
        XCTAssertEqual(errors["hang posts"],
                       "plugin 'hang' did not answer within 2 s and was stopped (set plugin-timeout to allow more)")
        XCTAssertEqual(errors["garbage posts"],
                       "plugin 'garbage' wrote something that is not a JSON object: Traceback (most recent call last): this is not JSON")
        XCTAssertEqual(errors["huge posts"], "plugin 'huge' wrote more than 32 MiB and was stopped")
        XCTAssertEqual(errors["fail-exit posts"], "plugin 'fail-exit' ended with exit status 3 without a complete answer")
        XCTAssertEqual(errors["bad-table posts"],
                       "plugin bad-table: datasets[1]: row 1, column 'n' is not a value of type integer (or null)")
        let datasets = try XCTUnwrap(try results(outcome)["datasets"]?["rows"] as? [[Any]])
        XCTAssertEqual(datasets.map { $0[0] as? String }, ["posts"], "no plugin added a dataset, not even the valid first one")
        XCTAssertEqual(datasets.first?[1] as? Int, 3)
    }

    func testAHelperAPluginLeftRunningNeitherHangsRapportNorOutlivesTheConversation() throws {
        let broken = Self.fixtures.appendingPathComponent("plugins").path
        let pids = home.appendingPathComponent("helpers.pid")
        let script = "import posts.csv as posts\nset plugin-timeout 2\nplugin reload\nhelper posts\nhelper-hang posts\n"
        let started = Date()
        let outcome = try RapportProcess.run(["--workspace", workspace.path, "--json", "--keep-going"], stdin: script,
                                             home: home, environment: ["RAPPORT_PLUGIN_PATH": broken,
                                                                       "HELPER_PIDS": pids.path,
                                                                       "XDG_CACHE_HOME": home.appendingPathComponent("cache").path],
                                             directory: home)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20, "the helpers hold the plugin's output, yet rapport goes on")
        let lines = try outcome.jsonLines()
        let answers = Dictionary(lines.compactMap { line in (line["command"] as? String).map { ($0, line) } }) { $1 }
        XCTAssertEqual(answers["helper posts"]?["ok"] as? Bool, true, outcome.stderr)
        let error = (answers["helper-hang posts"]?["error"] as? [String: Any])?["message"] as? String
        XCTAssertEqual(error, "plugin 'helper-hang' did not answer within 2 s and was stopped (set plugin-timeout to allow more)")
        let helpers = try String(contentsOf: pids, encoding: .utf8).split(separator: "\n").compactMap { pid_t($0) }
        XCTAssertEqual(helpers.count, 2)
        for helper in helpers {
            XCTAssertTrue(ProcessEnd.hasEnded(helper), "the helper \(helper) in a session of its own was ended with its plugin")
        }
    }

    func testAWrongProtocolVersionAndABadManifestAreReportedByName() throws {
        let broken = Self.fixtures.appendingPathComponent("plugins").path
        let outcome = try run(["--json", "-c", "plugin reload"], pluginPath: broken)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("plugin 'wrong-protocol' speaks protocol version 2; this rapport speaks version 1"),
                      outcome.stderr)
        // Line 2 is ` "executable": "run" "commands"`: the quote after `"run" ` is character 22, where a comma belongs.
        XCTAssertTrue(outcome.stderr.contains("bad-manifest/plugin.json is damaged at line 2, column 22"), outcome.stderr)
        let rows = try XCTUnwrap(try results(outcome)["plugin reload"]?["rows"] as? [[Any]])
        let states = Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row[5] as? String).map { ($0, row[4] as? String ?? "") } })
        XCTAssertEqual(states[broken + "/crash"], "ready")
        XCTAssertTrue(states[broken + "/wrong-protocol"]?.contains("speaks protocol version 2") == true)

        let added = try run(["-c", "plugin add \(broken)/wrong-protocol"], pluginPath: "")
        XCTAssertEqual(added.status, 1)
        XCTAssertTrue(added.stderr.contains("plugin 'wrong-protocol' speaks protocol version 2"), added.stderr)
    }
}
