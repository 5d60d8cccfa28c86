import Foundation
import XCTest

/// The interactive shell in a real terminal (tmux): line editing, history, completion, Ctrl-C, Ctrl-D, umlauts.
final class InteractiveTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try ScriptedModeTests.postsCSV.write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func start(_ extra: [String] = [], pipeThrough: String? = nil) throws -> TmuxSession {
        let session = try TmuxSession(arguments: ["--workspace", home.appendingPathComponent("ws").path] + extra, home: home,
                                      pipeThrough: pipeThrough)
        try session.waitFor("rapport>")
        return session
    }

    func testHistoryIsRecalledWithUpAfterARestart() throws {
        var shell: TmuxSession? = try start()
        try shell!.type("set var marker 41")
        try shell!.press("Enter")
        try shell!.waitFor("$marker is now 41")
        try shell!.press("C-d")
        try shell!.waitFor("EXITED 0")
        shell = nil
        let again = try start()
        try again.press("Up")
        try again.waitFor("rapport> set var marker 41")
        try again.press("Enter")
        try again.waitFor("$marker is now 41")
    }

    func testTabCompletesCommandsAndFilePaths() throws {
        let shell = try start()
        try shell.type("datas")
        try shell.press("Tab")
        try shell.waitFor("rapport> datasets")
        try shell.press("C-u")
        try shell.type("import pos")
        try shell.press("Tab")
        try shell.waitFor("rapport> import posts.csv")
        try shell.type("as p")
        try shell.press("Enter")
        try shell.waitFor("imported 3 rows")
    }

    func testTabCompletesColumnsOfTheCleaningCommands() throws {
        let shell = try start()
        try shell.type("import posts.csv as p")
        try shell.press("Enter")
        try shell.waitFor("imported 3 rows")
        try shell.type("convert p com")
        try shell.press("Tab")
        try shell.waitFor("rapport> convert p comments")
        try shell.press("C-u")
        try shell.type("dedupe p on account,vo")
        try shell.press("Tab")
        try shell.waitFor("rapport> dedupe p on account,voice")
    }

    func testTabCompletesColumnsAndRolesOfRoles() throws {
        let shell = try start()
        try shell.type("import posts.csv as p")
        try shell.press("Enter")
        try shell.waitFor("imported 3 rows")
        try shell.type("roles p comm")
        try shell.press("Tab")
        try shell.waitFor("rapport> roles p comments=")
        try shell.type("lik")
        try shell.press("Tab")
        try shell.waitFor("rapport> roles p comments=likes")
        try shell.type("likes=vid")
        try shell.press("Tab")
        try shell.waitFor("rapport> roles p comments=likes likes=video_views")
    }

    func testCtrlCDiscardsTheLineAndTheShellGoesOn() throws {
        let shell = try start()
        try shell.type("drop everything-typed-so-far")
        try shell.waitFor("rapport> drop everything-typed-so-far")
        try shell.press("C-c")
        try shell.waitFor("^C")
        try shell.type("set var after interrupt")
        try shell.press("Enter")
        try shell.waitFor("$after is now interrupt")
        XCTAssertFalse(try shell.screen().contains("no dataset named 'everything-typed-so-far'"))
    }

    func testCtrlCStopsARunningCommandAndKeepsTheWorkspace() throws {
        let big = try PersistenceTests.generatePosts(rows: 400_000, into: home)
        let shell = try start()
        try shell.type("import \(big.path) as big")
        try shell.press("Enter")
        Thread.sleep(forTimeInterval: 0.4)
        try shell.press("C-c")
        try shell.waitFor("error: interrupted")
        try shell.type("datasets")
        try shell.press("Enter")
        try shell.waitFor("no datasets yet")
    }

    func testEditingWorksWhenStdoutIsRedirected() throws {
        let shell = try start(pipeThrough: "tee out.log")
        try shell.type("set var pipe typo")
        try shell.press("BSpace", "BSpace", "BSpace", "BSpace")
        try shell.type("done")
        try shell.press("Enter")
        try shell.waitFor("$pipe is now done")
        try shell.press("C-d")
        try shell.waitFor("EXITED 0")
        let log = try String(contentsOf: home.appendingPathComponent("out.log"), encoding: .utf8)
        XCTAssertTrue(log.contains("$pipe is now done"), log)
        XCTAssertFalse(log.contains("rapport>"), "the prompt goes to the terminal, not into the redirected output")
    }

    func testCtrlDLeavesCleanly() throws {
        let shell = try start()
        try shell.press("C-d")
        try shell.waitFor("EXITED 0")
    }

    func testUmlautsAreTypedAndEchoed() throws {
        let shell = try start()
        try shell.type("set var gruss Grüße-ß-é-😀")
        try shell.press("Enter")
        try shell.waitFor("$gruss is now Grüße-ß-é-😀")
    }

    func testQuitLeavesAndSavesHistory() throws {
        let shell = try start()
        try shell.type("quit")
        try shell.press("Enter")
        try shell.waitFor("EXITED 0")
        let history = try String(contentsOf: home.appendingPathComponent(".local/state/rapport/history"), encoding: .utf8)
        XCTAssertTrue(history.contains("quit"), history)
    }

    func testCtrlCCancelsAHistorySearchAndTheShellGoesOn() throws {
        let shell = try start()
        try shell.type("set var searched 1")
        try shell.press("Enter")
        try shell.waitFor("$searched is now 1")
        try shell.press("C-r")
        try shell.type("searched")
        try shell.waitFor("set var searched 1", timeout: 5)
        try shell.press("C-c")
        try shell.waitFor("^C")
        try shell.type("set var after search")
        try shell.press("Enter")
        let screen = try shell.waitFor("$after is now search")
        XCTAssertFalse(screen.contains("EXITED"), "the shell is still there:\n\(screen)")
        XCTAssertTrue(screen.contains("rapport> set var after search"), "the prompt was empty again:\n\(screen)")
    }

    func testEachLineIsInTheHistoryFileWhileTheShellStillRuns() throws {
        let shell = try start()
        try shell.type("set var kept 1")
        try shell.press("Enter")
        try shell.waitFor("$kept is now 1")
        let file = home.appendingPathComponent(".local/state/rapport/history")
        // libedit writes blanks as \040.
        let history = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        XCTAssertTrue(history.contains("kept\\0401"), "a shell that dies now keeps the line: \(history)")
    }

    func testLongOutputStaysInThePagerUntilItIsLeft() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else { throw XCTSkip("less is not installed") }
        let shell = try TmuxSession(arguments: ["--workspace", home.appendingPathComponent("ws").path], home: home,
                                    environment: ["RAPPORT_PAGER": "less -FRX"], height: 20)
        try shell.waitFor("rapport>")
        try shell.type("help")
        try shell.press("Enter")
        try shell.waitFor("import commands")
        // `help` is taller than 20 rows, so less waits for keys; G jumps to its last line, which a pager
        // that could not read the terminal would have thrown away.
        try shell.press("G")
        try shell.waitFor("help COMMAND (or COMMAND --help, ? COMMAND) shows one command;")
        try shell.press("q")
        try shell.type("set var after pager")
        try shell.press("Enter")
        try shell.waitFor("$after is now pager")
    }
}
