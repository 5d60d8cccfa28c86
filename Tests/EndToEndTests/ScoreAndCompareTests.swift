import Foundation
import RapportTestSupport
import XCTest

/// `score` and `compare` as a piped script through the real binary, on the Facebook file and on simulated posts.
final class ScoreAndCompareTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ script: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path] + extra, stdin: script, home: home,
                               environment: environment)
    }

    func testScoreOfTheFacebookFileMatchesPandasThroughTheBinary() throws {
        let file = SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv")
        let outcome = try run("import \"\(file)\" as fb\nscore fb engagement-rate --denominator reach\n", ["--json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let result = try XCTUnwrap(try outcome.jsonLines().last?["result"] as? [String: Any])
        let names = try XCTUnwrap(result["columns"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        let row = try XCTUnwrap((result["rows"] as? [[Any]])?.first)
        let values = Dictionary(uniqueKeysWithValues: zip(names, row))
        // pandas: (like + comment + share) / reach over the posts with every count, as the ScoreModuleTests
        // reference computed it (Tests/ScoreModuleTests/Fixtures/make_facebook_reference.py).
        let reference = RapportProcess.repository.appendingPathComponent("Tests/ScoreModuleTests/Fixtures/facebook_reference.json")
        let cases = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(contentsOf: reference)) as? [String: Any])?["cases"]
            as? [String: [String: [String: Double]]])
        let expected = try XCTUnwrap(cases["engagement-rate --denominator reach"]?["all"])
        XCTAssertEqual(values["posts"] as? Int, Int(expected["posts"]!))
        XCTAssertEqual(values["median"] as? Double ?? .nan, expected["median"]!, accuracy: 1e-12)
        XCTAssertEqual(values["pooled"] as? Double ?? .nan, expected["pooled"]!, accuracy: 1e-12)
    }

    func testCompareEndsWithASentenceAndAChartAndStoresItsTables() throws {
        let outcome = try run("simulate posts 2000 --seed 5 --person-premium 2\ncompare posts engagement-rate by voice\n",
                              ["--lang", "en"], environment: ["LANG": "C"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("posts earned"), outcome.stdout)
        // The listing shows the stored sentence whole, as data: its marks are the data's, so it is read apart.
        XCTAssertTrue(try run("datasets\n").stdout.contains("posts-engagement-rate-by-voice-pairs"))
        XCTAssertTrue(outcome.stdout.contains("####"), "a bar chart is drawn in ASCII without a UTF-8 locale")
        XCTAssertFalse(outcome.stdout.contains("█"))
        for mark in ["·", "–", "─", "…"] {
            XCTAssertFalse(outcome.stdout.contains(mark), "no \(mark) without a UTF-8 locale: \(outcome.stdout)")
        }
        let unicode = try run("compare posts engagement-rate by voice\n", ["--lang", "en"], environment: ["LANG": "C.UTF-8"])
        XCTAssertTrue(unicode.stdout.contains("█"), "with UTF-8 the chart uses block characters")
        let listing = try run("datasets\n", ["--json"])
        XCTAssertTrue(listing.stdout.contains("\"compare: person posts earned "), "datasets shows the finding, not its record")
        let german = try run("datasets\n", ["--lang", "de"], environment: ["COLUMNS": "400"])
        XCTAssertTrue(german.stdout.contains("compare: person-Beiträge erzielten das"), german.stdout)
    }

    func testScoreAndCompareGiveTheSamePersonPremiumInterval() throws {
        let outcome = try run("simulate posts 1500 --seed 9 --person-premium 2\nscore posts person-premium --json\n"
                              + "compare posts engagement-rate by voice\nshow posts-engagement-rate-by-voice-pairs --json\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let documents = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("{") }
            .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(documents.count, 2, outcome.stdout)
        func row(_ document: [String: Any]) throws -> [String: Any] {
            let result = try XCTUnwrap(document["result"] as? [String: Any])
            let names = try XCTUnwrap(result["columns"] as? [[String: Any]]).map { $0["name"] as? String ?? "" }
            let first = try XCTUnwrap((result["rows"] as? [[Any]])?.first)
            return Dictionary(uniqueKeysWithValues: zip(names, first))
        }
        let premium = try row(documents[0]), pair = try row(documents[1])
        XCTAssertEqual(pair["group"] as? String, "person")
        let low = try XCTUnwrap(premium["lower_95"] as? Double), high = try XCTUnwrap(premium["upper_95"] as? Double)
        XCTAssertEqual(pair["ratio_low"] as? Double, low, "one seed rule for both commands")
        XCTAssertEqual(pair["ratio_high"] as? Double, high)
        XCTAssertEqual(pair["ratio"] as? Double, premium["premium"] as? Double)
    }

    func testAMetricWithoutItsRolesFailsWithFileLineAndChangesNothing() throws {
        let outcome = try run("simulate followers 100 as fans\nscore fans engagement-rate\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("<stdin>:2:"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("likes") || outcome.stderr.contains("role"), outcome.stderr)
        let after = try run("datasets\n", ["--json"])
        XCTAssertFalse(after.stdout.contains("fans-engagement-rate"))
    }
}
