import Foundation
import XCTest

/// Scripted sessions as a user runs them: piped scripts, --script, -c, exit statuses, errors with file:line.
final class ScriptedModeTests: XCTestCase {
    private var home: URL!
    private var workspace: URL!
    private var csv: URL!

    /// Three posts written by hand, so every expected value below is known without running rapport.
    static let postsCSV = """
    post_id,account,voice,likes,comments,published,rate
    p1,acme,institution,10,2,2025-01-01T10:00:00Z,0.5
    p2,anna,person,20,,2025-01-02T11:30:00Z,1.25
    p3,acme,institution,5,1,2025-01-03T09:15:00Z,

    """

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        workspace = home.appendingPathComponent("ws")
        csv = home.appendingPathComponent("posts.csv")
        try Self.postsCSV.write(to: csv, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", workspace.path] + arguments, stdin: stdin, home: home,
                               environment: environment, directory: home)
    }

    func testPipedScriptRunsInOrderAndPrintsJSONResults() throws {
        let outcome = try run(["--json"], stdin: "import posts.csv as posts\nshow posts --columns post_id,likes,comments\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = try outcome.jsonLines()
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0]["command"] as? String, "import posts.csv as posts")
        XCTAssertEqual(lines[0]["ok"] as? Bool, true)
        let table = try XCTUnwrap(lines[1]["result"] as? [String: Any])
        let columns = try XCTUnwrap(table["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, ["post_id", "likes", "comments"])
        XCTAssertEqual(columns.map { $0["type"] as? String }, ["text", "integer", "integer"])
        let rows = try XCTUnwrap(table["rows"] as? [[Any]])
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[1][0] as? String, "p2")
        XCTAssertEqual(rows[1][1] as? Int, 20)
        XCTAssertTrue(rows[1][2] is NSNull, "a missing value is null")
    }

    func testJSONAfterOneCommandPrintsOnlyThatResultAsJSON() throws {
        let outcome = try run([], stdin: "import posts.csv as posts\nshow posts --columns post_id,likes --json\nshow posts --columns post_id\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        let jsonLines = lines.filter { $0.hasPrefix("{") }
        XCTAssertEqual(jsonLines.count, 1, outcome.stdout)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(jsonLines[0].utf8)) as? [String: Any])
        XCTAssertEqual(document["command"] as? String, "show posts --columns post_id,likes --json")
        let rows = try XCTUnwrap((document["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.map { $0[1] as? Int }, [10, 20, 5])
        XCTAssertTrue(lines.contains { $0.hasPrefix("post_id") }, "the next command prints a table again: \(outcome.stdout)")
    }

    func testFilesUnderTheHomeFolderCanBeNamedWithATilde() throws {
        let outcome = try run(["--json"], stdin: "import ~/posts.csv as posts\nexport posts ~/copy.csv\nlog save ~/session.rap\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        for name in ["copy.csv", "session.rap"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: home.appendingPathComponent(name).path), name)
        }
    }

    func testFailureStopsTheScriptWithFileAndLine() throws {
        let script = home.appendingPathComponent("monthly.rap")
        try "import posts.csv as posts\n\n# a comment\nshwo posts\ndrop posts\n".write(to: script, atomically: true, encoding: .utf8)
        let outcome = try run(["--script", script.path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("monthly.rap:4: error: unknown command 'shwo' — did you mean 'show'?"),
                      outcome.stderr)
        let after = try run(["--json", "-c", "datasets"])
        XCTAssertTrue(after.stdout.contains("\"posts\""), "the drop after the failure must not have run: \(after.stdout)")
    }

    func testTimerPrintsEachCommandsTimeToStderrOnly() throws {
        let outcome = try run([], stdin: "set timer on\ndatasets\nset timer off\ndatasets\n")
        XCTAssertEqual(outcome.status, 0)
        let times = outcome.stderr.split(separator: "\n").filter { $0.hasPrefix("time: ") && $0.hasSuffix(" s") }
        XCTAssertEqual(times.count, 2, "set timer on and the first datasets are timed, nothing after set timer off: \(outcome.stderr)")
        XCTAssertFalse(outcome.stdout.contains("time:"))
    }

    func testWidthAndBigSetTablesForAProjector() throws {
        let outcome = try run([], stdin: "simulate posts 50\nset width 60\nshow posts --limit 3\nset big on\nset width 300\nshow posts --limit 3\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let tables = outcome.stdout.components(separatedBy: "rows 1–3 of 50")
        XCTAssertEqual(tables.count, 3)
        let narrow = tables[0].split(separator: "\n").filter { $0.contains("─") }
        XCTAssertFalse(narrow.isEmpty)
        for line in narrow { XCTAssertLessThanOrEqual(line.count, 60, String(line)) }
        let bigRule = try XCTUnwrap(tables[1].split(separator: "\n").first { $0.contains("─") })
        XCTAssertEqual(bigRule.split(separator: " ", omittingEmptySubsequences: true).count, 6, "at most 6 columns: \(bigRule)")
        XCTAssertTrue(bigRule.contains("    "), "columns are set wider apart")
        XCTAssertNotNil(try? run(["-c", "set width 10"]).stderr.range(of: "40 to 400"))
    }

    func testPipedInputNamesStdinInErrors() throws {
        let outcome = try run([], stdin: "datasets\nshow nothere\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("<stdin>:2: error: no dataset named 'nothere'"), outcome.stderr)
    }

    func testKeepGoingRunsOnAndStillFails() throws {
        let outcome = try run(["--keep-going", "--json"], stdin: "show missing\nimport posts.csv as posts\n")
        XCTAssertEqual(outcome.status, 1)
        let lines = try outcome.jsonLines()
        XCTAssertEqual(lines.map { $0["ok"] as? Bool }, [false, true])
        let error = try XCTUnwrap(lines[0]["error"] as? [String: Any])
        XCTAssertEqual(error["line"] as? Int, 1)
        XCTAssertTrue((error["message"] as? String ?? "").contains("missing"))
    }

    func testBadProcessArgumentsExitWithTwo() throws {
        XCTAssertEqual(try run(["--color", "purple"]).status, 2)
        XCTAssertEqual(try run(["--script", "a.rap", "-c", "datasets"]).status, 2)
        XCTAssertEqual(try run(["--define", "no-equals-sign"]).status, 2)
        XCTAssertEqual(try run(["--script", home.appendingPathComponent("absent.rap").path]).status, 2)
    }

    func testBadProcessArgumentsAreExplainedInTheSessionLanguage() throws {
        let english = try run(["--script", "a.rap", "-c", "datasets"])
        XCTAssertTrue(english.stderr.contains("--script and -c cannot be used together"), english.stderr)
        let german = try run(["--lang", "de", "--define", "1x=2"])
        XCTAssertEqual(german.status, 2)
        XCTAssertTrue(german.stderr.contains("--define braucht NAME=WERT, nicht '1x=2'"), german.stderr)
        let fromLocale = try run(["--define", "no-equals-sign"], environment: ["LANG": "de_DE.UTF-8"])
        XCTAssertTrue(fromLocale.stderr.contains("--define braucht NAME=WERT, nicht 'no-equals-sign'"), fromLocale.stderr)
    }

    func testLogSaveReplacesAnExistingFileOnlyWithForce() throws {
        let target = home.appendingPathComponent("replay.rap").path
        XCTAssertEqual(try run(["-c", "set var a 1; log save \(target)"]).status, 0)
        let refused = try run(["-c", "log save \(target)"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("\(target) exists already (add --force to replace it)"), refused.stderr)
        XCTAssertEqual(try run(["-c", "set var b 2; log save \(target) --force"]).status, 0)
        let saved = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(saved.contains("set var b 2"), saved)
    }

    func testInterruptWhileWaitingForPipedInputExitsWith130() throws {
        let (process, input) = try RapportProcess.start(["--workspace", workspace.path], home: home)
        input.write(Data("datasets\n".utf8))
        Thread.sleep(forTimeInterval: 1.0)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        try? input.close()
        XCTAssertEqual(process.terminationStatus, 130)
    }

    func testImportReadsJSONByItsExtension() throws {
        try #"[{"post_id":"p1","insights":{"reach":100}},{"post_id":"p2","insights":{"reach":250}}]"#
            .write(to: home.appendingPathComponent("p.json"), atomically: true, encoding: .utf8)
        let outcome = try run(["--json", "-c", "import p.json as pj; show pj --columns insights.reach"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let rows = try XCTUnwrap((try outcome.jsonLines()[1]["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.map { $0[0] as? Int }, [100, 250])
    }

    func testCommandsFlagSplitsOnSemicolons() throws {
        let outcome = try run(["-c", "import posts.csv as a; rename a b; datasets"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("renamed a to b"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.split(separator: "\n").contains { $0.hasPrefix("b ") }, outcome.stdout)
    }

    func testVariablesFromDefineAndSetVar() throws {
        let outcome = try run(["--define", "FILE=posts.csv", "--json"],
                              stdin: "import $FILE as p\nset var target renamed\nrename p ${target}\nshow $nope\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stdout.contains("\"to\":\"renamed\""), outcome.stdout)
        XCTAssertTrue(outcome.stderr.contains("<stdin>:4: error: variable 'nope' is not defined"), outcome.stderr)
    }

    func testAVariableSetEarlierOnTheSameLineIsFilledIn() throws {
        let outcome = try run(["--json", "-c", "import posts.csv as posts; set var N 2; show posts --limit $N; show $missing"])
        XCTAssertEqual(outcome.status, 1)
        let lines = try outcome.jsonLines()
        let rows = try XCTUnwrap((lines[2]["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.count, 2, "the limit came from the set var before it")
        XCTAssertTrue(outcome.stderr.contains("variable 'missing' is not defined"), outcome.stderr)
    }

    func testSourceRunsAnotherScriptAndReportsItsLine() throws {
        try "import posts.csv as posts\nbogus\n".write(to: home.appendingPathComponent("inner.rap"), atomically: true, encoding: .utf8)
        let outcome = try run([], stdin: "source inner.rap\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("inner.rap:2: error: unknown command 'bogus'"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("<stdin>:1: error: the script inner.rap stopped at line 2"), outcome.stderr)
    }

    func testNoColourWhenNotATerminalAndEchoPrintsCommands() throws {
        let outcome = try run([], stdin: "set echo on\nimport posts.csv as posts\nshow posts\nshow nothere\n")
        XCTAssertFalse(outcome.stdout.contains("\u{1B}["), "no escape codes when stdout is not a terminal")
        XCTAssertFalse(outcome.stderr.contains("\u{1B}["))
        XCTAssertTrue(outcome.stdout.contains("rapport> show posts"), outcome.stdout)
        let forced = try run(["--color", "always"], stdin: "show nothere\n")
        XCTAssertTrue(forced.stderr.contains("\u{1B}["), "--color always colours even without a terminal")
    }

    func testGermanTablesUseDecimalCommasAndDatesButJSONDoesNot() throws {
        let outcome = try run([], stdin: "import posts.csv as posts\nset lang de\nshow posts --columns rate,published\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("1,25"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("02.01.2025 11:30"), outcome.stdout)
        let json = try run(["--json", "--lang", "de", "-c", "show posts --columns rate,published"])
        let rows = try XCTUnwrap((try json.jsonLines()[0]["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows[1][0] as? Double, 1.25)
        XCTAssertEqual(rows[1][1] as? String, "2025-01-02T11:30:00Z")
    }

    func testUndefinedFlagPointsAtTheWord() throws {
        let outcome = try run([], stdin: "show posts --limt 3\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("'show' has no flag --limt — did you mean '--limit'?"), outcome.stderr)
        let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let caretLine = try XCTUnwrap(lines.first { $0.trimmingCharacters(in: .whitespaces) == "^" })
        XCTAssertEqual(caretLine.firstIndex(of: "^").map { caretLine.distance(from: caretLine.startIndex, to: $0) },
                       2 + "show posts ".count)
    }

    func testHelpComesFromTheSpecifications() throws {
        let overview = try run(["-c", "help"])
        XCTAssertTrue(overview.stdout.contains("workspace commands"), overview.stdout)
        XCTAssertTrue(overview.stdout.contains("import"), overview.stdout)
        let one = try run(["-c", "show --help"])
        XCTAssertTrue(one.stdout.contains("usage: show DATASET [where EXPR] [--limit N] [--offset N] [--columns A,B]"), one.stdout)
        let question = try run(["-c", "? show"])
        XCTAssertEqual(question.stdout, one.stdout)
    }

    func testLogSaveReplaysToTheSameWorkspace() throws {
        let epoch = ["SOURCE_DATE_EPOCH": "1767225600"]
        let session = "import posts.csv as posts\nimport posts.csv as extra\nrename extra spare\ndrop posts\nundo\n"
            + "set timezone Europe/Zurich\nlog save replay.rap\n"
        XCTAssertEqual(try run([], stdin: session, environment: epoch).status, 0)
        let replayed = home.appendingPathComponent("ws2")
        let outcome = try RapportProcess.run(["--workspace", replayed.path, "--script", "replay.rap"], home: home,
                                             environment: epoch, directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let original = try Self.files(in: workspace), copy = try Self.files(in: replayed)
        XCTAssertEqual(original.keys.sorted(), copy.keys.sorted())
        XCTAssertTrue(original.keys.contains { $0.hasPrefix("data/posts") })
        XCTAssertTrue(original.keys.contains { $0.hasPrefix("data/extra") })
        for (name, data) in original { XCTAssertEqual(copy[name], data, "\(name) differs after replay") }
    }

    func testSetVarIsLoggedAsTypedSoDoublingsStaySmallAndTheLogStillReplays() throws {
        let doublings = Array(repeating: "set var x $x$x\n", count: 20).joined()
        let session = "set var start $base\nset var x a\n" + doublings + "set var y \"${x}-$start\"\nlog save replay.rap\n"
        let outcome = try run(["--define", "base=from-define"], stdin: session)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let manifest = try Data(contentsOf: workspace.appendingPathComponent("workspace.json"))
        XCTAssertLessThan(manifest.count, 20_000, "2^20 characters of x are never in the log")
        let replay = try String(contentsOf: home.appendingPathComponent("replay.rap"), encoding: .utf8)
        let commands = replay.split(separator: "\n").filter { $0.hasPrefix("set var") }
        XCTAssertEqual(commands.first, "set var start from-define", "a --define variable is not there on replay: expanded")
        XCTAssertEqual(commands[2], "set var x $x$x")
        XCTAssertEqual(commands.last, "set var y \"${x}-$start\"")
        XCTAssertEqual(commands.count, 23)
        let replayed = try RapportProcess.run(["--workspace", home.appendingPathComponent("ws2").path, "--json",
                                               "--script", "replay.rap"], home: home, directory: home)
        XCTAssertEqual(replayed.status, 0, replayed.stderr)
        let setY = try XCTUnwrap(try replayed.jsonLines().last { ($0["command"] as? String)?.hasPrefix("set var y") == true })
        let result = try XCTUnwrap(setY["result"] as? [String: Any])
        XCTAssertEqual(result["value"] as? String, String(repeating: "a", count: 1 << 20) + "-from-define")
    }

    func testASavedLogReplaysItsExportsAndReportsInTheSameFolder() throws {
        let session = "import posts.csv as posts\nexport posts out/posts.csv --mkdirs\nreport out/findings.md\n"
            + "log save out/replay.rap\n"
        XCTAssertEqual(try run([], stdin: session).status, 0)
        let script = try String(contentsOf: home.appendingPathComponent("out/replay.rap"), encoding: .utf8)
        XCTAssertTrue(script.contains("\nexport posts out/posts.csv --mkdirs --force\nreport out/findings.md --force\n"
                                      + "log save out/replay.rap --force\n"), script)
        let replayed = home.appendingPathComponent("ws2")
        let outcome = try RapportProcess.run(["--workspace", replayed.path, "--script", "out/replay.rap"], home: home,
                                             directory: home)
        XCTAssertEqual(outcome.status, 0, "the replay writes the same files again: \(outcome.stderr)")
        XCTAssertEqual(try String(contentsOf: home.appendingPathComponent("out/replay.rap"), encoding: .utf8), script,
                       "and the log it saves is the same script")
    }

    func testAScriptAUserWroteKeepsItsOwnWords() throws {
        try "import posts.csv as posts\nexport posts twice.csv\nexport posts twice.csv\n"
            .write(to: home.appendingPathComponent("mine.rap"), atomically: true, encoding: .utf8)
        let outcome = try run(["--script", "mine.rap"])
        XCTAssertEqual(outcome.status, 1)
        let refusal = "mine.rap:3: error: twice.csv exists already (add --force to replace it)"
        XCTAssertTrue(outcome.stderr.contains(refusal), outcome.stderr)
        let log = try run(["--json", "-c", "log"])
        let rows = try XCTUnwrap((try log.jsonLines().first?["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.compactMap { $0[1] as? String }.last, "export posts twice.csv --force",
                       "the log records the export so that its replay writes the file again")
    }

    /// Every file of a workspace but the lock, by relative path.
    static func files(in directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        while let path = enumerator?.nextObject() as? String {
            let url = directory.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) || isDirectory.boolValue || path.hasSuffix("workspace.lock") { continue }
            result[path] = try Data(contentsOf: url)
        }
        return result
    }

    func testSetLangConfirmsInTheNewLanguage() throws {
        let outcome = try run(["-c", "set lang de; set lang en"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdout, "lang ist jetzt de\nlang is now en\n")
    }

    func testSetShowsTheLanguageInForceWhenTheFlagOrLocaleChoseIt() throws {
        let flagged = try run(["--lang", "de", "--json", "-c", "set lang; set"])
        XCTAssertEqual(flagged.status, 0, flagged.stderr)
        let lines = try flagged.jsonLines()
        XCTAssertEqual((lines[0]["result"] as? [String: Any])?["value"] as? String, "de")
        XCTAssertEqual((lines[1]["result"] as? [String: Any])?["lang"] as? String, "de")
        let local = try run(["-c", "set lang"], environment: ["LANG": "de_DE.UTF-8"])
        XCTAssertEqual(local.stdout, "lang = de\n")
    }

    func testDatasetsGivesTheSizeOfADatasetSavedInTheSameSession() throws {
        let outcome = try run(["--json", "-c", "import posts.csv as posts; datasets"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let rows = try XCTUnwrap((try outcome.jsonLines()[1]["result"] as? [String: Any])?["rows"] as? [[Any]])
        let data = workspace.appendingPathComponent("data")
        let file = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: data.path).first { $0.hasPrefix("posts") })
        let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: data.appendingPathComponent(file).path)[.size] as? Int)
        XCTAssertEqual(rows.first?[4] as? Int, size, "the size of the file on disk, not blank while it was being saved")
    }

    func testDatasetsJSONKeepsEnglishColumnNamesInGerman() throws {
        let outcome = try run(["--json", "--lang", "de", "-c", "import posts.csv as posts; datasets"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let table = try XCTUnwrap(try outcome.jsonLines()[1]["result"] as? [String: Any])
        let columns = try XCTUnwrap(table["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, ["name", "rows", "columns", "kind", "bytes", "source"])
        let shown = try run(["--lang", "de", "-c", "datasets"])
        XCTAssertTrue(shown.stdout.hasPrefix("Name"), "the table for people speaks German: \(shown.stdout)")
    }

    func testAFailureInALineOfSeveralCommandsNamesTheFailingOne() throws {
        let outcome = try run(["--json", "-c", "import posts.csv as posts; show nothere"])
        XCTAssertEqual(outcome.status, 1)
        let lines = try outcome.jsonLines()
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[1]["command"] as? String, "show nothere")
        XCTAssertEqual(lines[1]["ok"] as? Bool, false)
    }

    func testShowTakesAnyLimitAndRefusesNegativeOnes() throws {
        let huge = try run(["-c", "import posts.csv as posts; show posts --limit 9223372036854775807 --offset 1 --columns post_id"])
        XCTAssertEqual(huge.status, 0, huge.stderr)
        // 3 rows, the first skipped: rows 2 and 3 (p2, p3).
        XCTAssertTrue(huge.stdout.contains("p2\np3\nrows 2–3 of 3"), huge.stdout)
        let negative = try run(["-c", "show posts --limit -1"])
        XCTAssertEqual(negative.status, 1)
        XCTAssertTrue(negative.stderr.contains("--limit needs a whole number of 0 or more, not '-1'"), negative.stderr)
    }

    func testColumnsThatDoNotFitPointToShow() throws {
        // Seven columns of posts.csv cannot all fit in 40 columns.
        let outcome = try run(["-c", "import posts.csv as posts; set width 40; show posts"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("did not fit (show DATASET --columns A,B picks columns)"), outcome.stdout)
    }

    func testHelpNamesTheLanguagesOnce() throws {
        let outcome = try run(["--help"])
        XCTAssertEqual(outcome.status, 0)
        let flattened = outcome.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(flattened.contains("--lang <lang> Language of messages and tables. (values: en, de)"), outcome.stdout)
    }

    func testKeepGoingRunsTheRestOfALineAfterAFailingCommand() throws {
        let outcome = try run(["--keep-going", "-c", "show nothere; set var a 1; show nix; set var b 2"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.stdout, "$a is now 1\n$b is now 2\n")
        XCTAssertEqual(outcome.stderr.components(separatedBy: "error:").count - 1, 2, outcome.stderr)
        let stopping = try run(["-c", "show nothere; set var a 1"])
        XCTAssertEqual(stopping.status, 1)
        XCTAssertEqual(stopping.stdout, "", "without --keep-going the first failure stops the line")
    }

    func testLogJSONKeepsEnglishColumnNamesInGerman() throws {
        let outcome = try run(["--json", "--lang", "de", "-c", "import posts.csv as posts; log"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let table = try XCTUnwrap(try outcome.jsonLines()[1]["result"] as? [String: Any])
        let columns = try XCTUnwrap(table["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, ["time", "command", "input lines", "stored"])
        XCTAssertEqual((table["rows"] as? [[Any]])?.first?[3] as? String, "posts", "the import's line names what it stored")
    }

    func testGoalChangesAreLoggedAndLookingIsNot() throws {
        let script = "simulate posts 200 --seed 1\ngoal set g posts engagement-rate >= 1%\ngoal set h posts engagement-rate >= 2%\n"
            + "goal drop h\ngoal list\ngoal check\nplugin list\nlog\n"
        let outcome = try run(["--json"], stdin: script)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let table = try XCTUnwrap(try outcome.jsonLines().last?["result"] as? [String: Any])
        let commands = try XCTUnwrap(table["rows"] as? [[Any]]).map { $0[1] as? String }
        XCTAssertEqual(commands, ["simulate posts 200 --seed 1", "goal set g posts engagement-rate >= 1%",
                                  "goal set h posts engagement-rate >= 2%", "goal drop h"],
                       "a replayed log rebuilds the goals; listing and checking change nothing")
    }
}
