import Foundation
import XCTest

/// `heatmap` through the real binary, piped: the shaded grid with a UTF-8 locale and digits without one (LC_ALL=C),
/// JSON output and German text.
final class HeatmapTests: XCTestCase {
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

    /// The grid's lines: those that start with a weekday's name.
    private func gridLines(_ text: String, names: [String]) -> [Substring] {
        text.split(separator: "\n").filter { line in names.contains { line.hasPrefix($0) } }
    }

    func testTheGridIsShadedWithUTF8AndDigitsWithout() throws {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let script = "simulate posts 3000 --seed 4\nheatmap posts engagement-rate\n"
        let unicode = try run(script, ["--lang", "en"], environment: ["LANG": "C.UTF-8"])
        XCTAssertEqual(unicode.status, 0, unicode.stderr)
        let shaded = gridLines(unicode.stdout, names: days)
        XCTAssertEqual(shaded.count, 7, unicode.stdout)
        XCTAssertTrue(shaded.allSatisfy { line in line.contains { "░▒▓█·".contains($0) } }, unicode.stdout)
        XCTAssertTrue(unicode.stdout.contains("highest at"), unicode.stdout)
        XCTAssertTrue(unicode.stdout.contains("not independent tests"), unicode.stdout)
        XCTAssertTrue(unicode.stdout.contains("stored as posts-engagement-rate-heatmap"), unicode.stdout)
        let ascii = try run("heatmap posts engagement-rate --min-posts 3\n", ["--lang", "en"],
                            environment: ["LC_ALL": "C", "LANG": "C"])
        XCTAssertEqual(ascii.status, 0, ascii.stderr)
        XCTAssertTrue(ascii.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "only ASCII without UTF-8: \(ascii.stdout)")
        let digits = gridLines(ascii.stdout, names: days)
        XCTAssertEqual(digits.count, 7, ascii.stdout)
        XCTAssertTrue(digits.contains { $0.contains("9") }, "the strongest cell is a 9: \(ascii.stdout)")
        XCTAssertTrue(digits.contains { $0.contains("0") }, "the weakest cell is a 0: \(ascii.stdout)")
    }

    func testJSONAndGermanText() throws {
        let json = try run("simulate posts 800 --seed 4\nheatmap posts engagement-rate --rows hour --columns voice\n",
                           ["--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let result = try XCTUnwrap(try json.jsonLines().last?["result"] as? [String: Any])
        XCTAssertEqual(result["rows"] as? String, "hour")
        XCTAssertEqual(result["columns"] as? String, "voice")
        XCTAssertEqual(result["min_posts"] as? Int, 5)
        let table = try XCTUnwrap(result["table"] as? [String: Any])
        XCTAssertEqual((table["rows"] as? [[Any]])?.count, 48, "24 hours by two voices")
        let german = try run("heatmap posts engagement-rate\nexplain heatmap\n", ["--lang", "de"],
                             environment: ["LANG": "C.UTF-8"])
        XCTAssertEqual(german.status, 0, german.stderr)
        XCTAssertTrue(german.stdout.contains("Montag") && german.stdout.contains("Sonntag"), german.stdout)
        XCTAssertTrue(german.stdout.contains("gespeichert als posts-engagement-rate-heatmap"), german.stdout)
        XCTAssertTrue(german.stdout.contains("keine unabhängigen Tests"), german.stdout)
        XCTAssertTrue(german.stdout.contains("Als Karte lesen"), german.stdout)
    }
}
