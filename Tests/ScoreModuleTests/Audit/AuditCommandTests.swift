import Foundation
import ImportModule
import RapportTestSupport
import XCTest
@testable import RapportCore
@testable import ScoreModule

/// `audit` on the SRF hand-labelled Instagram followers (expected values from Fixtures/make_srf_audit.py, pandas
/// and scipy on the raw CSV) and on small hand-made samples (arithmetic in the comments).
final class AuditCommandTests: XCTestCase {
    private static let srfFile = SharedDatasets.path("srf-instagram-fake-followers/labelled_1000_inclprivate.csv")

    /// A harness with the import and score commands and the given datasets.
    private func harness(_ datasets: [Dataset] = []) throws -> CommandHarness {
        try CommandHarness(commands: ImportModule.commands + ScoreModule.commands, datasets: datasets)
    }

    /// A harness with the SRF file imported as `srf`.
    private func srfHarness() throws -> CommandHarness {
        let harness = try harness()
        try harness.run("import \(AuditCommandTests.srfFile) as srf")
        return harness
    }

    /// A part of Fixtures/srf_audit_expected.json.
    private func expected(_ key: String) throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/srf_audit_expected.json")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try XCTUnwrap(object[key] as? [String: Any])
    }

    /// Four hand-made followers with followers, following and posts; labels bot, human, yes, 0.
    ///
    /// Signs of the six indicators these roles allow (few-followers, few-posts, following-ratio,
    /// following-ratio-50, never-posted, following-ratio-100):
    /// f1 10/1000/0: all six → 6/6 = 1 (fake); f2 500/300/200: none → 0 (real);
    /// f3 40/100/10: few-posts, following-ratio (80 < 100) → 2/6 (real);
    /// f4 20/50/30: few-followers, few-posts, following-ratio (40 < 50) → 3/6 = 0.5 (fake, the threshold is reached).
    private static let small = Dataset(name: "small", columns: [
        Column.text("id", ["f1", "f2", "f3", "f4"], role: .followerID),
        Column.integer("followers", [10, 500, 40, 20], role: .followers),
        Column.integer("following", [1000, 300, 100, 50], role: .following),
        Column.integer("posts", [0, 200, 10, 30], role: .posts),
        Column.text("truth", ["bot", "human", "yes", "0"]),
    ], kind: .followers)

    func testSRFWithAllRulesMatchesPandas() throws {
        let expected = try self.expected("default")
        let harness = try srfHarness()
        let result = try harness.run("audit srf --label rating --as-of 2026-01-01 --model rules")
        for name in ["likely_fake", "true_positives", "false_positives", "true_negatives", "false_negatives"] {
            XCTAssertEqual(try measure(harness, "srf-audit", name), (expected[name] as? NSNumber)?.doubleValue, name)
        }
        XCTAssertEqual(try measure(harness, "srf-audit", "followers_examined"), 975)
        for name in ["fake_share", "fake_share_low", "fake_share_high", "real_audience", "accuracy", "precision", "recall"] {
            let value = try XCTUnwrap(try measure(harness, "srf-audit", name), name)
            XCTAssertEqual(value, try XCTUnwrap(expected[name] as? Double, name), accuracy: 1e-9, name)
        }
        let rules = try harness.workspace.dataset(named: "srf-audit-rules")
        let hits = try XCTUnwrap(expected["hits"] as? [String: Int])
        let names = try XCTUnwrap(rules.column(named: "indicator")).data
        let showing = try XCTUnwrap(rules.column(named: "showing")).data
        for row in 0..<rules.rowCount {
            guard case .text(let name) = names[row], let count = hits[name] else { continue }
            XCTAssertEqual(showing[row], .integer(Int64(count)), name)
        }
        XCTAssertEqual((0..<rules.rowCount).filter { showing[$0] != .missing }.count, hits.count)
        let scores = try XCTUnwrap(try harness.workspace.dataset(named: "srf-audit-followers").column(named: "score")).data
        for (row, score) in try XCTUnwrap(expected["scores_first_five"] as? [Double]).enumerated() {
            XCTAssertEqual(try XCTUnwrap(scores[row].number), score, accuracy: 1e-12)
        }
        XCTAssertEqual(result.json["likely_fake"], .integer(55))
    }

    func testSRFIndicatorsAloneAgainstTheLabelsMatchPandas() throws {
        let expected = try self.expected("default")
        let precision = try XCTUnwrap(expected["indicator_precision"] as? [String: Double])
        let recall = try XCTUnwrap(expected["indicator_recall"] as? [String: Double])
        let harness = try srfHarness()
        try harness.run("audit srf --label rating")
        let rules = try harness.workspace.dataset(named: "srf-audit-rules")
        let names = try XCTUnwrap(rules.column(named: "indicator")).data
        let precisions = try XCTUnwrap(rules.column(named: "precision")).data
        let recalls = try XCTUnwrap(rules.column(named: "recall")).data
        for row in 0..<precision.count {
            guard case .text(let name) = names[row] else { return XCTFail("row \(row) has no indicator") }
            XCTAssertEqual(try XCTUnwrap(precisions[row].number), try XCTUnwrap(precision[name]), accuracy: 1e-12, name)
            XCTAssertEqual(try XCTUnwrap(recalls[row].number), try XCTUnwrap(recall[name]), accuracy: 1e-12, name)
        }
    }

    func testSRFBenfordTestMatchesScipy() throws {
        let expected = try self.expected("benford")
        let harness = try srfHarness()
        let result = try harness.run("audit srf")
        XCTAssertEqual(try measure(harness, "srf-audit", "benford_values"), (expected["values"] as? NSNumber)?.doubleValue)
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "srf-audit", "benford_chi_squared")),
                       try XCTUnwrap(expected["chi_squared"] as? Double), accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "srf-audit", "benford_p_value")),
                       try XCTUnwrap(expected["p_value"] as? Double), accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "srf-audit", "benford_mad")),
                       try XCTUnwrap(expected["mad"] as? Double), accuracy: 1e-12)
        let counts = try XCTUnwrap(try harness.workspace.dataset(named: "srf-audit-benford").column(named: "count")).data
        XCTAssertEqual((0..<9).map { counts[$0] }, try XCTUnwrap(expected["counts"] as? [Int]).map { .integer(Int64($0)) })
        // MAD 0.0084 lies in Nigrini's 0.006–0.012 range.
        XCTAssertEqual(result.json["benford"]?["conformity"], .string("acceptable"))
    }

    func testSRFWithWeightedRulesMatchesPandas() throws {
        let expected = try self.expected("weighted")
        let harness = try srfHarness()
        try harness.run("audit srf --label rating --rules socialbakers,camisani.few-posts=2,-socialbakers.never-posted --threshold 0.6 as weighted")
        XCTAssertEqual(try measure(harness, "weighted", "likely_fake"), (expected["likely_fake"] as? NSNumber)?.doubleValue)
        for name in ["fake_share_low", "fake_share_high", "accuracy", "precision", "recall"] {
            let value = try XCTUnwrap(try measure(harness, "weighted", name), name)
            XCTAssertEqual(value, try XCTUnwrap(expected[name] as? Double, name), accuracy: 1e-9, name)
        }
        let rules = try harness.workspace.dataset(named: "weighted-rules")
        // socialbakers' default-picture and no-bio-no-location lack roles; never-posted is switched off.
        XCTAssertEqual(try XCTUnwrap(rules.column(named: "indicator")).data[0], .text("camisani.few-posts"))
        XCTAssertEqual(try XCTUnwrap(rules.column(named: "weight")).data[0], .decimal(2))
        XCTAssertEqual(rules.rowCount, 4)
    }

    func testImportMapsTheSRFFileToFollowerSampleRoles() throws {
        let srf = try srfHarness().workspace.dataset(named: "srf")
        XCTAssertEqual(srf.kind, .followers)
        let roles = Dictionary(uniqueKeysWithValues: srf.columns.compactMap { column in column.role.map { ($0.rawValue, column.name) } })
        XCTAssertEqual(roles, ["follower_id": "Username", "posts": "Number.of.posts",
                               "following": "Number.of.people.they.follow", "followers": "Number.of.followers",
                               "has_picture": "has_profile_picture"])
    }

    func testRulesTableSpeaksTheSessionLanguage() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [AuditCommandTests.small], language: .de)
        try harness.run("audit small")
        let checks = try harness.cells("small-audit-rules", "checks")
        XCTAssertEqual(checks.first, .text(Words.indicatorFewFollowers.de))
    }

    func testSkippedRulesAreNamedInAWarningAndTheRulesTable() throws {
        let harness = try srfHarness()
        let result = try harness.run("audit srf")
        guard case .warning(let warning) = try XCTUnwrap(result.blocks.first) else { return XCTFail("no warning first") }
        XCTAssertTrue(warning.en.contains("camisani.no-bio (has_bio)"), warning.en)
        XCTAssertTrue(warning.en.contains("socialbakers.default-picture (default_picture, created)"), warning.en)
        let rules = try harness.workspace.dataset(named: "srf-audit-rules")
        let missing = try XCTUnwrap(rules.column(named: "missing_roles")).data
        XCTAssertEqual((0..<rules.rowCount).filter { missing[$0] != .missing }.count, 6)
    }

    func testHandMadeSampleByHand() throws {
        let harness = try harness([AuditCommandTests.small])
        let result = try harness.run("audit small --label truth --followers 1000")
        // Scores 1, 0, 1/3, 1/2 → f1 and f4 likely fake: 2 of 4.
        let followers = try harness.workspace.dataset(named: "small-audit-followers")
        let scores = try XCTUnwrap(followers.column(named: "score")).data
        XCTAssertEqual(scores[0], .decimal(1))
        XCTAssertEqual(scores[1], .decimal(0))
        XCTAssertEqual(try XCTUnwrap(scores[2].number), 2.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(scores[3], .decimal(0.5))
        XCTAssertEqual(try measure(harness, "small-audit", "likely_fake"), 2)
        // Wilson 95 % for 2 of 4 (scipy binomtest(2, 4).proportion_ci(method="wilson")): 0.150039 … 0.849961.
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "small-audit", "fake_share_low")), 0.15003898915214953, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "small-audit", "fake_share_high")), 0.8499610108478505, accuracy: 1e-9)
        // Real audience 1000 × (1 − 0.5) = 500; range 1000 × (1 − 0.849961) … 1000 × (1 − 0.150039).
        XCTAssertEqual(try measure(harness, "small-audit", "real_audience"), 500)
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "small-audit", "real_audience_low")), 150.03898915214953, accuracy: 1e-6)
        // Labels fake, real, fake, real against verdicts fake, real, real, fake: TP f1, TN f2, FN f3, FP f4.
        for name in ["true_positives", "true_negatives", "false_negatives", "false_positives"] {
            XCTAssertEqual(try measure(harness, "small-audit", name), 1, name)
        }
        XCTAssertEqual(try measure(harness, "small-audit", "accuracy"), 0.5)
        XCTAssertEqual(result.json["labels"]?["precision"], .number(0.5))
        XCTAssertEqual(result.json["labels"]?["recall"], .number(0.5))
        // The labels call f1 and f3 fake: 2 of 4, the same Wilson interval 15.0 % … 85.0 %.
        let texts = result.blocks.compactMap { block -> String? in
            if case .text(let text) = block { return text }
            return nil
        }.joined(separator: "\n")
        XCTAssertTrue(texts.contains("By the labels 2 of 4 are fake: 50.0 % (95 % interval 15.0 % to 85.0 %)."), texts)
    }

    func testThresholdSettingIsTheDefault() throws {
        let harness = try harness([AuditCommandTests.small])
        try harness.workspace.perform(command: "set", logged: false) { try harness.workspace.setSetting("audit-threshold", to: "0.6") }
        try harness.run("audit small")
        // Only f1 (score 1) reaches 0.6.
        XCTAssertEqual(try measure(harness, "small-audit", "likely_fake"), 1)
        try harness.run("audit small --threshold 30%")
        // f1 (1), f3 (1/3) and f4 (1/2) reach 0.3.
        XCTAssertEqual(try measure(harness, "small-audit", "likely_fake"), 3)
    }

    func testMissingRolesAreNamedAndTheWorkspaceIsUnchanged() throws {
        let harness = try srfHarness()
        let before = harness.workspace.entries
        let error = try XCTUnwrap(harness.error("audit srf --rules camisani.no-bio,camisani.no-url"))
        XCTAssertTrue(error.message.en.contains("has_bio, has_url"), error.message.en)
        XCTAssertEqual(harness.workspace.entries, before)
    }

    func testPostsAreNoFollowerSample() throws {
        var posts = AuditCommandTests.small
        posts.name = "posts"
        posts.kind = .posts
        let harness = try harness([posts])
        let before = harness.workspace.entries
        let error = try XCTUnwrap(harness.error("audit posts"))
        XCTAssertEqual(error.message.en,
                       "audit needs a follower sample, but 'posts' holds posts data (import a follower export or simulate followers)")
        // "audit " is 6 characters: the caret is under the dataset's name.
        XCTAssertEqual(error.excerpt?.offset, 6)
        XCTAssertEqual(harness.workspace.entries, before)
    }

    func testAWrongLabelNamesItsRowAndChangesNothing() throws {
        var dataset = AuditCommandTests.small
        dataset.setColumn(Column.text("truth", ["fake", "real", "maybe", "bot"]))
        let harness = try harness([dataset])
        let before = harness.workspace.entries
        let error = try XCTUnwrap(harness.error("audit small --label truth"))
        XCTAssertTrue(error.message.en.contains("row 3"), error.message.en)
        XCTAssertTrue(error.message.en.contains("'maybe'"), error.message.en)
        XCTAssertEqual(harness.workspace.entries, before)
    }

    func testEveryLabelWordIsRead() throws {
        let words = ["1", "TRUE", "yes", "Fake", "bot", "0", "false", "no", "real", "genuine", "human"]
        let harness = try harness([Dataset(name: "labels", columns: [
            Column.integer("followers", Array(repeating: 10, count: words.count), role: .followers),
            Column.text("label", words),
        ])])
        // Every follower has 10 followers: few-followers shows for all, so all 11 are likely fake;
        // 5 labels say fake (true positives) and 6 say real (false positives).
        try harness.run("audit labels --label label")
        XCTAssertEqual(try measure(harness, "labels-audit", "true_positives"), 5)
        XCTAssertEqual(try measure(harness, "labels-audit", "false_positives"), 6)
    }

    func testBadRuleListsPointAtTheFlag() throws {
        let harness = try srfHarness()
        let unknown = try XCTUnwrap(harness.error("audit srf --rules camisani.no-pictures"))
        XCTAssertTrue(unknown.message.en.contains("camisani.no-picture'?"), unknown.message.en)
        XCTAssertEqual(unknown.excerpt?.offset, "audit srf --rules ".count)
        XCTAssertNotNil(harness.error("audit srf --rules camisani=0"))
        XCTAssertEqual(harness.error("audit srf --rules -all")?.message, Words.noRulesLeft)
        XCTAssertNotNil(harness.error("audit srf --threshold 1.5"))
    }

    func testResultNamesTakenByOtherDatasetsNeedReplace() throws {
        let harness = try srfHarness()
        let error = try XCTUnwrap(harness.error("audit srf as srf"))
        XCTAssertEqual(error.message, Words.auditResultTaken("srf"))
        try harness.run("audit srf")
        try harness.run("audit srf --threshold 0.2 --model rules")
        // 0.2 is below 0.5, so at least the 55 followers found at 0.5 count now.
        XCTAssertGreaterThan(try XCTUnwrap(try measure(harness, "srf-audit", "likely_fake")), 55)
    }
}

extension AuditCommandTests {
    /// The `value` of a measure in an audit's summary dataset.
    private func measure(_ harness: CommandHarness, _ summary: String, _ name: String) throws -> Double? {
        let dataset = try harness.workspace.dataset(named: summary)
        let measures = try XCTUnwrap(dataset.column(named: "measure")).data
        let values = try XCTUnwrap(dataset.column(named: "value")).data
        let row = try XCTUnwrap((0..<dataset.rowCount).first { measures[$0] == .text(name) }, "no measure \(name)")
        return values[row].number
    }
}
