import Foundation
import XCTest

/// The culture-fit survey through the real binary: a piped class, a kill mid-survey, and a typed run in a terminal.
final class SurveyTests: XCTestCase {
    private var home: URL!
    private var workspace: URL!

    /// Twelve answer lines for the culture profile: six "now", six "preferred".
    private static let twelve = ["40 30 20 10", "25 25 25 25", "10 20 30 40", "a=70 d=30", "50 0 50 0", "30 30 20 20",
                                 "10 10 40 40", "20 20 30 30", "25 25 25 25", "40 40 10 10", "0 0 50 50", "100 0 0 0"]

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        workspace = home.appendingPathComponent("ws")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String], stdin: String = "") throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", workspace.path] + arguments, stdin: stdin, home: home, directory: home)
    }

    /// How many items a respondent has answered, read by a second rapport (read-only while the first holds the lock).
    private func answered(_ respondent: String) throws -> Int? {
        let outcome = try run(["--json", "-c", "survey status team"])
        guard outcome.status == 0, let result = try outcome.jsonLines().first?["result"] as? [String: Any],
              let rows = result["rows"] as? [[Any]] else { return nil }
        return rows.first { $0[0] as? String == respondent }.flatMap { ($0[3] as? NSNumber)?.intValue }
    }

    func testPipedClassGetsResultsAndAFit() throws {
        var script = ["survey new team --instrument culture-profile"]
        let people = [("anna", "40 30 20 10", "50 30 10 10"), ("ben", "30 30 20 20", "40 30 20 10"),
                      ("cleo", "20 30 30 20", "40 40 10 10")]
        for (name, now, preferred) in people {
            script.append("survey run team --respondent \(name) --group sales")
            script += Array(repeating: now, count: 6) + Array(repeating: preferred, count: 6)
        }
        script.append("survey run team --respondent dora --role candidate")
        script += Array(repeating: "10 20 30 40", count: 12)
        script += ["survey results team", "survey fit team --candidate dora", "log save replay.rap"]
        let outcome = try run([], stdin: script.joined(separator: "\n") + "\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        // collaborate now (40 + 30 + 20) / 3 = 30, preferred (50 + 40 + 40) / 3 = 43.3333, gap 13.3333.
        XCTAssertTrue(outcome.stdout.contains("team: results of 4 respondents"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("13.3333"), outcome.stdout)
        // dora's preferred (10 20 30 40) against the organisation's now (30 30 23.3333 16.6667): r < 0.
        XCTAssertTrue(outcome.stdout.contains("fit of dora to org: opposed"), outcome.stdout)
        XCTAssertTrue(outcome.stderr.contains("rests on 3 respondents only"), outcome.stderr)
        let replay = try String(contentsOf: home.appendingPathComponent("replay.rap"), encoding: .utf8)
        XCTAssertTrue(replay.contains("survey run team --respondent anna --group sales\n40 30 20 10\n"), replay)
        let again = try RapportProcess.run(["--workspace", home.appendingPathComponent("ws2").path, "--script", "replay.rap"],
                                           home: home, directory: home)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("fit of dora to org: opposed"), again.stdout)
    }

    /// How many answers the manifest on disk records for the survey `team`, read without taking the workspace's lock.
    private func storedAnswers() -> Int? {
        guard let data = FileManager.default.contents(atPath: workspace.appendingPathComponent("workspace.json").path),
              let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let datasets = manifest["datasets"] as? [[String: Any]] else { return nil }
        return datasets.first { $0["name"] as? String == "team" }.flatMap { ($0["rows"] as? NSNumber)?.intValue }
    }

    func testBadAnswerInAScriptStopsWithFileAndLine() throws {
        let script = "survey new team --instrument culture-profile\nsurvey run team --respondent anna\n40 30 20 10\n40 30 10 10\n"
        try script.write(to: home.appendingPathComponent("class.rap"), atomically: true, encoding: .utf8)
        let outcome = try run(["--script", "class.rap"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("class.rap:4: these add up to 90; 100 are needed"), outcome.stderr)
        XCTAssertEqual(try answered("anna"), 1)
    }

    func testARunThatFailedAfterKeepingAnswersReplaysToTheSameAnswers() throws {
        // anna answers two items, then a wrong total stops her run; the first run keeps the two answers.
        let script = "survey new team --instrument culture-profile\nsurvey run team --respondent anna\n40 30 20 10\n"
            + "25 25 25 25\n40 30 10 10\nsurvey status team\nlog save replay.rap\n"
        let outcome = try run(["--keep-going"], stdin: script)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(try answered("anna"), 2)
        let replay = try String(contentsOf: home.appendingPathComponent("replay.rap"), encoding: .utf8)
        XCTAssertTrue(replay.contains("survey run team --respondent anna\n40 30 20 10\n25 25 25 25\nquit\n"), replay)
        let copy = home.appendingPathComponent("ws2")
        let again = try RapportProcess.run(["--workspace", copy.path, "--json", "--script", "replay.rap"], home: home, directory: home)
        XCTAssertEqual(again.status, 0, again.stderr)
        let status = try RapportProcess.run(["--workspace", copy.path, "--json", "-c", "survey status team"], home: home, directory: home)
        let rows = try XCTUnwrap((try status.jsonLines().first?["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.first { $0[0] as? String == "anna" }.flatMap { ($0[3] as? NSNumber)?.intValue }, 2,
                       "the replay keeps the same two answers")
    }

    func testCommandLineCannotAnswerASurvey() throws {
        XCTAssertEqual(try run(["-c", "survey new team --instrument culture-profile"]).status, 0)
        let outcome = try run(["-c", "survey run team\n40 30 20 10"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("a survey cannot be answered here"), outcome.stderr)
    }

    func testKillMidSurveyLosesNoAnswerAndResumes() throws {
        XCTAssertEqual(try run(["-c", "survey new team --instrument culture-profile"]).status, 0)
        let (process, input) = try RapportProcess.start(["--workspace", workspace.path], home: home)
        let firstFive = ["survey run team --respondent anna"] + SurveyTests.twelve.prefix(5)
        input.write(Data((firstFive.joined(separator: "\n") + "\n").utf8))
        let deadline = Date().addingTimeInterval(20)
        while storedAnswers() != 5 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(try answered("anna"), 5)
        let rest = ["survey run team --respondent anna"] + SurveyTests.twelve.dropFirst(5)
        let resumed = try run([], stdin: rest.joined(separator: "\n") + "\n")
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stdout.contains("anna has answered all 12 items of team"), resumed.stdout)
        let answers = try run(["--json", "-c", "show team --limit 20"])
        let rows = try XCTUnwrap((try answers.jsonLines().first?["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.map { $0[4] as? String }, SurveyTests.twelve.map { $0 })
    }

    func testTheIntroductionBreaksBetweenWordsOnAnEightyColumnTerminal() throws {
        let shell = try TmuxSession(arguments: ["--workspace", workspace.path], home: home, width: 80)
        try shell.waitFor("rapport>")
        try shell.type("survey new team --instrument culture-profile")
        try shell.press("Enter")
        try shell.waitFor("created the survey team")
        try shell.type("survey run team --respondent anna")
        try shell.press("Enter")
        let screen = try shell.waitFor("Item 1 of 12")
        // Python's textwrap.wrap(intro, 80) breaks after "the more a" and "the organisation as it".
        XCTAssertTrue(screen.contains("the four descriptions: the more a\ndescription fits"), screen)
        XCTAssertTrue(screen.contains("describe the organisation as it\nis now"), screen)
    }

    func testTypedRunWithAWrongTotalQuitsAndFinishesAfterARestart() throws {
        var shell: TmuxSession? = try TmuxSession(arguments: ["--workspace", workspace.path], home: home)
        try shell!.waitFor("rapport>")
        try shell!.type("survey new team --instrument culture-profile")
        try shell!.press("Enter")
        try shell!.waitFor("created the survey team")
        try shell!.type("survey run team --respondent anna")
        try shell!.press("Enter")
        try shell!.waitFor("Item 1 of 12")
        try shell!.type("40 30 10 10")
        try shell!.press("Enter")
        try shell!.waitFor("these add up to 90; 100 are needed")
        for (index, answer) in SurveyTests.twelve.prefix(6).enumerated() {
            try shell!.type(answer)
            try shell!.press("Enter")
            try shell!.waitFor(index < 5 ? "Item \(index + 2) of 12" : "Item 7 of 12")
        }
        try shell!.type("quit")
        try shell!.press("Enter")
        try shell!.waitFor("stopped: anna has answered 6 of 12 items")
        try shell!.press("C-d")
        try shell!.waitFor("EXITED 0")
        shell = nil
        let again = try TmuxSession(arguments: ["--workspace", workspace.path], home: home)
        try again.waitFor("rapport>")
        try again.type("survey run team --respondent anna")
        try again.press("Enter")
        try again.waitFor("Item 7 of 12")
        for answer in SurveyTests.twelve.dropFirst(6) {
            try again.type(answer)
            try again.press("Enter")
        }
        try again.waitFor("anna has answered all 12 items of team")
        try again.press("C-d")
        try again.waitFor("EXITED 0")
        let answers = try run(["--json", "-c", "show team --limit 20"])
        let rows = try XCTUnwrap((try answers.jsonLines().first?["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.map { $0[4] as? String }, SurveyTests.twelve.map { $0 })
    }

    func testCtrlCMidSurveyKeepsTheAnswersGiven() throws {
        let shell = try TmuxSession(arguments: ["--workspace", workspace.path], home: home)
        try shell.waitFor("rapport>")
        try shell.type("survey new team --instrument culture-profile")
        try shell.press("Enter")
        try shell.waitFor("created the survey team")
        try shell.type("survey run team")
        try shell.press("Enter")
        try shell.waitFor("Item 1 of 12")
        try shell.type("40 30 20 10")
        try shell.press("Enter")
        try shell.waitFor("Item 2 of 12")
        try shell.type("40 30")
        try shell.press("C-c")
        try shell.waitFor("interrupted: r001 has answered 1 of 12 items, all saved")
        try shell.type("survey status team")
        try shell.press("Enter")
        try shell.waitFor("0 of 1 respondents complete")
        // The shell runs on (the tmux wrapper's sh is the one a Ctrl-C ends when rapport exits), so a second
        // rapport reads the saved answer while this one still holds the workspace.
        XCTAssertEqual(try answered("r001"), 1)
    }
}
