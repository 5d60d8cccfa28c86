import Foundation
import XCTest

/// `trend`, `score --per` and `compare --per` through the real binary: the line chart in braille with a UTF-8 locale
/// and in ASCII without one, JSON output, German text, and the chart in a real terminal (tmux).
final class TrendTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ script: String, _ extra: [String] = [], environment: [String: String] = [:]) throws
        -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path] + extra, stdin: script,
                               home: home, environment: environment)
    }

    /// Whether a text holds a braille character (the dots of a one-series line chart).
    private func hasBraille(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }
    }

    func testTheChartIsBrailleWithUTF8AndASCIIWithout() throws {
        let script = "simulate posts 600 --seed 4\ntrend posts engagement-rate by voice\n"
        let unicode = try run(script, ["--lang", "en"], environment: ["LANG": "C.UTF-8"])
        XCTAssertEqual(unicode.status, 0, unicode.stderr)
        XCTAssertTrue(hasBraille(unicode.stdout), unicode.stdout)
        XCTAssertTrue(unicode.stdout.contains("┤") && unicode.stdout.contains("└"), "the axes in box-drawing lines")
        XCTAssertTrue(unicode.stdout.contains("2025-01") && unicode.stdout.contains("2025-12"),
                      "the first and last period under the x axis")
        XCTAssertTrue(unicode.stdout.contains("engagement-rate · person"), unicode.stdout)
        let ascii = try run("trend posts engagement-rate by voice\n", ["--lang", "en"], environment: ["LANG": "C"])
        XCTAssertEqual(ascii.status, 0, ascii.stderr)
        XCTAssertFalse(hasBraille(ascii.stdout))
        for mark in ["┤", "└", "│", "·", "–"] {
            XCTAssertFalse(ascii.stdout.contains(mark), "no \(mark) without a UTF-8 locale: \(ascii.stdout)")
        }
        XCTAssertTrue(ascii.stdout.contains("*"), "each point an ASCII mark")
        XCTAssertTrue(ascii.stdout.contains("stored as posts-engagement-rate-trend and "
                                            + "posts-engagement-rate-trend-slopes"))
    }

    func testJSONAndGermanText() throws {
        let json = try run("simulate posts 600 --seed 4\ntrend posts engagement-rate --per quarter\n", ["--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let result = try XCTUnwrap(try json.jsonLines().last?["result"] as? [String: Any])
        XCTAssertEqual(result["per"] as? String, "quarter")
        let table = try XCTUnwrap(result["table"] as? [String: Any])
        XCTAssertEqual((table["rows"] as? [[Any]])?.count, 4, "four quarters of 2025")
        XCTAssertEqual((result["sentences"] as? [String])?.count, 1)
        let german = try run("trend posts engagement-rate --per month\nscore posts engagement-rate --per weekday\n",
                             ["--lang", "de"], environment: ["LANG": "C.UTF-8"])
        XCTAssertEqual(german.status, 0, german.stderr)
        XCTAssertTrue(german.stdout.contains("gespeichert als posts-engagement-rate-trend"), german.stdout)
        XCTAssertTrue(german.stdout.contains("Die engagement-rate"), german.stdout)
        XCTAssertTrue(german.stdout.contains("Montag") && german.stdout.contains("Sonntag"), "weekday names in German")
    }

    func testPerAndTrendHaveHelpAndCompletion() throws {
        let help = try run("help trend\nhelp compare\n", ["--lang", "en"])
        XCTAssertTrue(help.stdout.contains("--from DATE") && help.stdout.contains("Theil-Sen"), help.stdout)
        XCTAssertTrue(help.stdout.contains("--per PERIOD") && help.stdout.contains("--last SPAN"), help.stdout)
        let explain = try run("explain trend\nexplain periods\n", ["--lang", "de"])
        XCTAssertTrue(explain.stdout.contains("Mann-Kendall") && explain.stdout.contains("2026 hat eine Woche 53"),
                      explain.stdout)
    }

    func testTheChartInARealTerminal() throws {
        let shell = try TmuxSession(arguments: ["--workspace", home.appendingPathComponent("ws").path], home: home,
                                    environment: ["LANG": "C.UTF-8"])
        try shell.waitFor("rapport>")
        try shell.type("simulate posts 300 --seed 2")
        try shell.press("Enter")
        try shell.waitFor("simulated 300 posts")
        try shell.type("trend posts engagement-rate --per quarter")
        try shell.press("Enter")
        let screen = try shell.waitFor("stored as posts-engagement-rate-trend")
        XCTAssertTrue(hasBraille(screen), screen)
        XCTAssertTrue(screen.contains("2025-Q1") && screen.contains("2025-Q4"), screen)
    }
}
