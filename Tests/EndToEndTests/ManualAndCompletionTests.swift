import Foundation
import XCTest

/// The man page generated from the commands' specifications, the shell completion scripts, and `-V`.
final class ManualAndCompletionTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private var manual: URL { RapportProcess.repository.appendingPathComponent("rapport.1") }

    /// Runs a program with arguments and an environment added to the test's; its status, stdout and stderr.
    private func program(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessOutcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = RapportProcess.environment(home: home, extra: environment)
        process.currentDirectoryURL = home
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessOutcome(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                              stderr: String(decoding: err, as: UTF8.self))
    }

    func testShortVFlagPrintsTheVersionLikeVersion() throws {
        let short = try RapportProcess.run(["-V"], home: home), long = try RapportProcess.run(["--version"], home: home)
        XCTAssertEqual(short.status, 0)
        XCTAssertEqual(short.stdout, long.stdout)
        XCTAssertNotNil(short.stdout.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression),
                        short.stdout)
    }

    func testTheCommittedManPageIsTheGeneratedOne() throws {
        let generated = try RapportProcess.run(["--generate-manual"], home: home)
        XCTAssertEqual(generated.status, 0, generated.stderr)
        let committed = try String(contentsOf: manual, encoding: .utf8)
        XCTAssertEqual(generated.stdout, committed, "rapport.1 is out of date: run make manual")
    }

    func testTheManPageRendersWithoutWarnings() throws {
        let groff = try program(["groff", "-ww", "-man", "-Tutf8", "-z", manual.path])
        XCTAssertEqual(groff.status, 0)
        XCTAssertEqual(groff.stderr, "", "groff -ww warns")
        for width in ["80", "60"] {
            let man = try program(["man", "--warnings", "-l", manual.path],
                                  environment: ["MANWIDTH": width, "MANPAGER": "cat"])
            XCTAssertEqual(man.status, 0)
            XCTAssertEqual(man.stderr, "", "man -l at \(width) columns warns")
            for heading in ["SYNOPSIS", "OPTIONS", "OUTPUT", "COMMANDS", "SETTINGS", "EXIT STATUS", "ENVIRONMENT",
                            "FILES", "PLUGINS"] {
                XCTAssertTrue(man.stdout.contains("\n" + heading + "\n"), heading)
            }
        }
    }

    func testTheManPageHasEveryCommandProcessFlagAndSetting() throws {
        let page = try String(contentsOf: manual, encoding: .utf8)
        let roff = { (text: String) in text.replacingOccurrences(of: "-", with: "\\-") }
        let help = try RapportProcess.run(["--json", "--no-init", "-c", "help"], home: home)
        let result = try help.jsonLines().first?["result"] as? [String: Any]
        let commands = try XCTUnwrap(result?["commands"] as? [[String: Any]])
        let builtins = commands.filter { $0["plugin"] as? Bool == false }.compactMap { $0["name"] as? String }
        XCTAssertGreaterThan(builtins.count, 20)
        for name in builtins { XCTAssertTrue(page.contains("\n\\fB" + roff(name)), "command \(name)") }
        // Every flag `rapport --help` lists (ArgumentParser's own list) is on the page.
        let flags = try RapportProcess.run(["--help"], home: home).stdout.split(separator: "\n")
            .compactMap { line -> String? in
                guard let word = line.split(separator: " ").first, word.hasPrefix("-") else { return nil }
                return String(word.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
            }
        XCTAssertTrue(flags.contains("--workspace") && flags.contains("-V") && flags.contains("--output"), "\(flags)")
        for flag in flags { XCTAssertTrue(page.contains("\\fB" + roff(flag)), "flag \(flag)") }
        let settings = try RapportProcess.run(["--json", "-c", "set"], home: home)
        let names = try XCTUnwrap(try settings.jsonLines().first?["result"] as? [String: Any]).keys
        XCTAssertTrue(names.contains("output"))
        for name in names { XCTAssertTrue(page.contains(".TP\n\\fB" + roff(name) + "\\fR"), "setting \(name)") }
    }

    /// The words bash's completion offers for a command line whose last word is being completed.
    private func bashCompletions(_ words: [String]) throws -> [String] {
        let script = home.appendingPathComponent("rapport.bash")
        let generated = try RapportProcess.run(["--generate-completion-script", "bash"], home: home)
        try Data(generated.stdout.utf8).write(to: script)
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let program = """
            source '\(script.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _rapport rapport "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let outcome = try self.program(["bash", "-c", program])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return outcome.stdout.split(separator: "\n").map(String.init)
    }

    func testBashCompletesFlagsAndTheirValues() throws {
        XCTAssertEqual(try bashCompletions(["rapport", "--wo"]), ["--workspace"])
        XCTAssertEqual(try bashCompletions(["rapport", "--output", ""]),
                       ["table", "json", "csv", "tsv", "md", "markdown"])
        XCTAssertEqual(try bashCompletions(["rapport", "--lang", ""]), ["en", "de"])
        XCTAssertEqual(try bashCompletions(["rapport", "--color", "a"]), ["auto", "always"])
        try FileManager.default.createDirectory(at: home.appendingPathComponent("clients"),
                                                withIntermediateDirectories: true)
        try Data().write(to: home.appendingPathComponent("monthly.rap"))
        try Data().write(to: home.appendingPathComponent("notes.txt"))
        XCTAssertEqual(try bashCompletions(["rapport", "--workspace", "c"]), ["clients"], "folders only")
        XCTAssertEqual(try bashCompletions(["rapport", "--script", "m"]), ["monthly.rap"], "scripts")
        XCTAssertEqual(try bashCompletions(["rapport", "--script", "n"]), [], "not other files")
    }
}
