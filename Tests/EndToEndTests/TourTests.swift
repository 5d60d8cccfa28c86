import Foundation
import XCTest

/// The workshop: the tour on a fresh copy of the bundled demo workspace, piped in both languages and walked in tmux,
/// and the demo workspace rebuilt byte for byte from its script.
final class TourTests: XCTestCase {
    private var home: URL!

    /// The repository's root.
    private static var repository: URL { RapportProcess.repository }

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("workspace/demo"),
                                         to: home.appendingPathComponent("demo"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    func testEveryChapterRunsPipedInEnglishAndGerman() throws {
        for (language, closing) in [("en", "end of the tour (5 chapters)"), ("de", "Ende der Führung (5 Kapitel)")] {
            try? FileManager.default.removeItem(at: home.appendingPathComponent("copy"))
            try FileManager.default.copyItem(at: home.appendingPathComponent("demo"), to: home.appendingPathComponent("copy"))
            let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("copy").path, "--lang", language],
                                                 stdin: "tour all\n", home: home)
            XCTAssertEqual(outcome.status, 0, "\(language): \(outcome.stderr)")
            XCTAssertFalse(outcome.stderr.contains("error"), "\(language): \(outcome.stderr)")
            XCTAssertTrue(outcome.stdout.contains(closing), "\(language): \(outcome.stdout.suffix(400))")
            XCTAssertEqual(outcome.stdout.components(separatedBy: "rapport> ").count - 1, 18, "every step runs")
        }
    }

    func testTheFriendsChapterShowsTheBuiltinModelBesideTheRulesLabelledInSample() throws {
        let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("demo").path],
                                             stdin: "tour friends\n", home: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("Rule-based shares are known to undercount"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("Scored by the built-in model instagram"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("cross-validated in 10 folds on 975 labelled followers"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("This sample is the model's training data"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("The published rules, beside it, flag 55"), outcome.stdout)
    }

    func testOnlyATourOfSeveralChaptersCountsThem() throws {
        let one = try RapportProcess.run(["--workspace", home.appendingPathComponent("demo").path], stdin: "tour people\n", home: home)
        XCTAssertTrue(one.stdout.hasPrefix("People earn more engagement than institutions\n"), one.stdout.prefix(200).description)
        let all = try RapportProcess.run(["--workspace", home.appendingPathComponent("demo").path], stdin: "tour all\n", home: home)
        XCTAssertTrue(all.stdout.hasPrefix("1/5 · People earn more engagement than institutions\n"), all.stdout.prefix(200).description)
        XCTAssertTrue(all.stdout.contains("\n5/5 · "), "the fifth of five chapters")
    }

    func testTheDemoScriptRunsOnACopyAndLeavesTheBundledWorkspaceAlone() throws {
        let bundled = Self.repository.appendingPathComponent("workspace/demo/workspace.json")
        let before = try Data(contentsOf: bundled)
        let process = Process()
        process.executableURL = Self.repository.appendingPathComponent("scripts/run-demo.sh")
        process.environment = RapportProcess.environment(home: home, extra: ["RAPPORT_BIN": RapportProcess.binary.path])
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("tour people\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(text.contains("end of the tour"), text.suffix(300).description)
        XCTAssertEqual(try Data(contentsOf: bundled), before, "the tour stored its results in the copy, not the bundle")
    }

    func testFirstChapterWalkedInteractively() throws {
        let shell = try TmuxSession(arguments: ["--workspace", home.appendingPathComponent("demo").path], home: home)
        try shell.waitFor("rapport>")
        try shell.type("tour people")
        try shell.press("Enter")
        try shell.waitFor("Enter: next step")
        var screen = try shell.screen()
        XCTAssertTrue(screen.contains("The median is the typical post"), screen)
        XCTAssertFalse(screen.contains("compare posts engagement-rate by voice --groups"), "waits before step 2")
        try shell.press("Enter")
        try shell.waitFor("The closing sentence")
        try shell.type("q")
        try shell.press("Enter")
        screen = try shell.waitFor("left the tour")
        XCTAssertFalse(screen.contains("cost-per-engagement"), "q leaves before step 3")
        try shell.waitFor("rapport>")
    }

    func testNarrationBreaksBetweenWordsOnAnEightyColumnTerminal() throws {
        let shell = try TmuxSession(arguments: ["--workspace", home.appendingPathComponent("demo").path], home: home, width: 80)
        try shell.waitFor("rapport>")
        try shell.type("tour people")
        try shell.press("Enter")
        let screen = try shell.waitFor("Enter: next step")
        // "Readers answer people more readily than logos. Every post carries a voice," takes 74 columns; "person"
        // would cross column 80, so it starts the next line instead of being cut into "perso" and "n".
        XCTAssertTrue(screen.contains("Every post carries a voice,\nperson or institution"), screen)
        XCTAssertTrue(screen.contains("cannot move it. The\npooled column"), screen)
    }

    func testChapterListSpeaksGermanToPeopleAndEnglishToJSON() throws {
        let demo = home.appendingPathComponent("demo").path
        let shown = try RapportProcess.run(["--workspace", demo, "--lang", "de", "-c", "tour"], home: home)
        XCTAssertTrue(shown.stdout.hasPrefix("Kapitel"), shown.stdout)
        let json = try RapportProcess.run(["--workspace", demo, "--lang", "de", "--json", "-c", "tour"], home: home)
        let table = try XCTUnwrap(try json.jsonLines().first?["result"] as? [String: Any])
        let columns = try XCTUnwrap(table["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, ["chapter", "idea", "steps"])
    }

    func testRebuildingTheDemoGivesTheSameFiles() throws {
        let script = Self.repository.appendingPathComponent("workspace/demo.rap")
        let build = home.appendingPathComponent("rebuilt")
        let outcome = try RapportProcess.run(["--no-init", "--workspace", build.path, "--script", script.path], home: home,
                                             environment: ["SOURCE_DATE_EPOCH": "1767225600"],
                                             directory: Self.repository.appendingPathComponent("workspace"))
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let bundled = Self.repository.appendingPathComponent("workspace/demo")
        let names = try FileManager.default.subpathsOfDirectory(atPath: bundled.path).filter { !$0.hasSuffix("workspace.lock") }.sorted()
        let rebuiltNames = try FileManager.default.subpathsOfDirectory(atPath: build.path).filter { !$0.hasSuffix("workspace.lock") }.sorted()
        XCTAssertEqual(names, rebuiltNames)
        for name in names where !name.hasSuffix("data") {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: bundled.appendingPathComponent(name).path, isDirectory: &isDirectory)
            guard !isDirectory.boolValue else { continue }
            XCTAssertEqual(try Data(contentsOf: bundled.appendingPathComponent(name)),
                           try Data(contentsOf: build.appendingPathComponent(name)), "\(name) differs")
        }
    }
}
