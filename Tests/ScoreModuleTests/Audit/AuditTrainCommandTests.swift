import Foundation
import ImportModule
import RapportTestSupport
import XCTest
@testable import Analytics
@testable import RapportCore
@testable import ScoreModule

/// `audit train` and `audit --model` on the SRF Instagram sample, against scikit-learn on the raw CSV
/// (scripts/make_audit_models.py writes Fixtures/audit_model_reference.json).
final class AuditTrainCommandTests: XCTestCase {
    /// A harness with the import and score commands and the SRF file imported as `srf`.
    private func srfHarness() throws -> CommandHarness {
        let harness = try CommandHarness(commands: ImportModule.commands + ScoreModule.commands)
        let file = SharedDatasets.path("srf-instagram-fake-followers/labelled_1000_inclprivate.csv")
        try harness.run("import \(file) as srf")
        return harness
    }

    /// The reference scikit-learn computed.
    private func reference() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/audit_model_reference.json")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// A list of numbers of the reference.
    private func numbers(_ reference: [String: Any], _ key: String) throws -> [Double] {
        try XCTUnwrap(reference[key] as? [Double], key)
    }

    /// Asserts that two lists have the same length and agree entry by entry within `absolute`.
    private func assertAllClose(_ actual: [Double], _ expected: [Double], absolute: Double, _ message: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.count, expected.count, message, file: file, line: line)
        for (index, (value, reference)) in zip(actual, expected).enumerated() {
            XCTAssertEqual(value, reference, accuracy: absolute, "\(message) [\(index)]", file: file, line: line)
        }
    }

    /// The rows of a model dataset by feature name: (median, mean, scale, coefficient).
    private func modelRows(_ harness: CommandHarness, _ name: String) throws
        -> [String: (median: Double?, mean: Double?, scale: Double?, coefficient: Double?)] {
        let features = try harness.cells(name, "feature")
        let medians = try harness.numbers(name, "median"), means = try harness.numbers(name, "mean")
        let scales = try harness.numbers(name, "scale"), coefficients = try harness.numbers(name, "coefficient")
        var rows: [String: (median: Double?, mean: Double?, scale: Double?, coefficient: Double?)] = [:]
        for (index, cell) in features.enumerated() {
            guard case .text(let feature) = cell else { continue }
            rows[feature] = (medians[index], means[index], scales[index], coefficients[index])
        }
        return rows
    }

    /// A measure's (value, low, high) in an evaluation or summary dataset.
    private func measure(_ harness: CommandHarness, _ dataset: String, _ name: String) throws
        -> (value: Double?, low: Double?, high: Double?) {
        let measures = try harness.cells(dataset, "measure")
        let row = try XCTUnwrap(measures.firstIndex(of: .text(name)), "no measure \(name)")
        let values = try harness.numbers(dataset, "value")
        let columns = try harness.workspace.dataset(named: dataset).columnNames
        guard columns.contains("low") else { return (values[row], nil, nil) }
        return (values[row], try harness.numbers(dataset, "low")[row], try harness.numbers(dataset, "high")[row])
    }

    func testCoefficientsEqualScikitLearnOnTheSRFSample() throws {
        let reference = try reference()
        let harness = try srfHarness()
        try harness.run("audit train srf --label rating as insta")
        let rows = try modelRows(harness, "insta")
        let names = try XCTUnwrap(reference["features"] as? [String])
        XCTAssertEqual(Set(rows.keys), Set(names + ["intercept"]))
        let coefficients = try numbers(reference, "coefficients"), means = try numbers(reference, "means")
        let scales = try numbers(reference, "scales"), medians = try numbers(reference, "medians")
        for (index, name) in names.enumerated() {
            let row = try XCTUnwrap(rows[name], name)
            XCTAssertEqual(try XCTUnwrap(row.coefficient), coefficients[index], accuracy: 1e-6, name)
            XCTAssertEqual(try XCTUnwrap(row.mean), means[index], accuracy: 1e-12, name)
            XCTAssertEqual(try XCTUnwrap(row.scale), scales[index], accuracy: 1e-12, name)
            XCTAssertEqual(try XCTUnwrap(row.median), medians[index], accuracy: 1e-12, name)
        }
        XCTAssertEqual(try XCTUnwrap(rows["intercept"]?.coefficient),
                       try XCTUnwrap(reference["intercept"] as? Double), accuracy: 1e-6)
        // Sorted by the size of the weight: posts (−1.85), following (1.82), followers (−0.81), picture (−0.02).
        XCTAssertEqual(try harness.cells("insta", "feature"),
                       ["log_posts", "log_following", "log_followers", "has_picture", "intercept"].map(Cell.text))
        XCTAssertEqual(try harness.workspace.dataset(named: "insta").kind, .auditModel)
    }

    func testCrossValidatedFiguresEqualCrossValPredictWithTheSameFolds() throws {
        let reference = try reference()
        let harness = try srfHarness()
        try harness.run("audit train srf --label rating as insta")
        let assignment = try XCTUnwrap(reference["assignment"] as? [Int])
        XCTAssertEqual(try harness.numbers("insta-folds", "fold"), assignment.map { Double($0 + 1) })
        let probabilities = try harness.numbers("insta-folds", "probability").map { try XCTUnwrap($0) }
        assertAllClose(probabilities, try numbers(reference, "probabilities"), absolute: 1e-6,
                                           "out-of-fold probabilities")
        for (key, name) in [("truePositives", "true_positives"), ("falsePositives", "false_positives"),
                            ("trueNegatives", "true_negatives"), ("falseNegatives", "false_negatives")] {
            XCTAssertEqual(try measure(harness, "insta-evaluation", name).value,
                           (reference[key] as? NSNumber)?.doubleValue, name)
        }
        for name in ["accuracy", "precision", "sensitivity", "specificity", "f1"] {
            let expected = try numbers(reference, name)
            let actual = try measure(harness, "insta-evaluation", name)
            XCTAssertEqual(try XCTUnwrap(actual.value), expected[0], accuracy: 1e-12, name)
            XCTAssertEqual(try XCTUnwrap(actual.low), expected[1], accuracy: 1e-9, name)
            XCTAssertEqual(try XCTUnwrap(actual.high), expected[2], accuracy: 1e-9, name)
        }
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "insta-evaluation", "recall").value),
                       try numbers(reference, "sensitivity")[0], accuracy: 1e-12)
        let auc = try measure(harness, "insta-evaluation", "roc_auc")
        XCTAssertEqual(try XCTUnwrap(auc.value), try XCTUnwrap(reference["auc"] as? Double), accuracy: 1e-9)
        XCTAssertLessThan(try XCTUnwrap(auc.low), try XCTUnwrap(auc.value))
        XCTAssertGreaterThan(try XCTUnwrap(auc.high), try XCTUnwrap(auc.value))
        XCTAssertEqual(try measure(harness, "insta-evaluation", "folds").value, 10)
        XCTAssertEqual(try measure(harness, "insta-evaluation", "training_rows").value, 975)
    }

    func testTheBuiltinModelIsTheSRFFitAndCarriesItsEvidence() throws {
        let reference = try reference()
        let builtin = try XCTUnwrap(BuiltinAuditModels.named("instagram"))
        assertAllClose(builtin.pipeline.regression.coefficients, try numbers(reference, "coefficients"),
                                           absolute: 1e-12, "built-in coefficients")
        // rapport's own fit on the SRF file gives the same model.
        let harness = try srfHarness()
        try harness.run("audit train srf --label rating as insta")
        let rows = try modelRows(harness, "insta")
        for (index, feature) in builtin.features.enumerated() {
            XCTAssertEqual(try XCTUnwrap(rows[feature.name]?.coefficient),
                           builtin.pipeline.regression.coefficients[index], accuracy: 1e-6, feature.name)
        }
        let counts = builtin.validationCounts(threshold: 0.5)
        XCTAssertEqual(counts.truePositives, reference["truePositives"] as? Int)
        XCTAssertEqual(counts.trueNegatives, reference["trueNegatives"] as? Int)
        XCTAssertEqual(builtin.platform, "instagram")
    }

    func testTheSRFSampleIsAuditedByTheBuiltinModelBesideTheRules() throws {
        let reference = try reference()
        let harness = try srfHarness()
        let result = try harness.run("audit srf --as-of 2026-01-01")
        XCTAssertEqual(try harness.cells("srf-audit", "text").compactMap { $0 == .missing ? nil : $0 },
                       [.text("instagram")])
        let flagged = Double(try XCTUnwrap(reference["inSampleFlagged"] as? Int))
        XCTAssertEqual(try measure(harness, "srf-audit", "likely_fake").value, flagged)
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "srf-audit", "fake_share_mean_probability").value),
                       try XCTUnwrap(reference["inSampleMeanProbability"] as? Double), accuracy: 1e-9)
        // Rogan–Gladen by hand: (observed + specificity − 1) / (sensitivity + specificity − 1).
        let tp = try XCTUnwrap(reference["truePositives"] as? Int)
        let fn = try XCTUnwrap(reference["falseNegatives"] as? Int)
        let tn = try XCTUnwrap(reference["trueNegatives"] as? Int)
        let fp = try XCTUnwrap(reference["falsePositives"] as? Int)
        let sensitivity = Double(tp) / Double(tp + fn), specificity = Double(tn) / Double(tn + fp)
        let adjusted = (flagged / 975 + specificity - 1) / (sensitivity + specificity - 1)
        let shown = try measure(harness, "srf-audit", "fake_share_adjusted")
        XCTAssertEqual(try XCTUnwrap(shown.value), adjusted, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "srf-audit", "real_audience").value),
                       975 * (1 - adjusted), accuracy: 1e-9)
        let low = try XCTUnwrap(try measure(harness, "srf-audit", "fake_share_adjusted_low").value)
        let high = try XCTUnwrap(try measure(harness, "srf-audit", "fake_share_adjusted_high").value)
        XCTAssertLessThan(low, adjusted)
        XCTAssertGreaterThan(high, adjusted)
        // The rules' figures are today's (Fixtures/make_srf_audit.py): 55 flagged.
        XCTAssertEqual(try measure(harness, "srf-audit", "rules_likely_fake").value, 55)
        XCTAssertEqual(try XCTUnwrap(try measure(harness, "srf-audit", "rules_fake_share").value), 55.0 / 975,
                       accuracy: 1e-12)
        XCTAssertEqual(result.json["model"]?["name"], .string("instagram"))
        XCTAssertEqual(result.json["model"]?["builtin"], .bool(true))
        let followers = try harness.workspace.dataset(named: "srf-audit-followers")
        XCTAssertNotNil(followers.column(named: "probability"))
        XCTAssertNotNil(followers.column(named: "rules_likely_fake"))
        let text = try XCTUnwrap(result.json["message"]?.stringValue)
        XCTAssertTrue(text.contains("built-in model instagram"), text)
        XCTAssertTrue(text.contains("adjusted (quote this one)"), text)
    }

    func testAWorkspaceModelWinsOverTheBuiltinOfTheSameName() throws {
        let harness = try srfHarness()
        try harness.run("audit train srf --label rating --folds 5 --seed 3 as instagram")
        let result = try harness.run("audit srf --model instagram")
        XCTAssertEqual(result.json["model"]?["builtin"], .bool(false))
        XCTAssertEqual(try measure(harness, "instagram-evaluation", "folds").value, 5)
        let text = try XCTUnwrap(result.json["message"]?.stringValue)
        XCTAssertTrue(text.contains("Scored by the model instagram (trained on 'srf')"), text)
    }

    func testAnUninformativeThresholdIsRefusedWithTheReason() throws {
        let reference = try reference()
        // At probability 0.999 no out-of-fold probability counts as fake, so J = 0 + 1 − 1 = 0.
        XCTAssertLessThan(try XCTUnwrap(try numbers(reference, "probabilities").max()), 0.999)
        let harness = try srfHarness()
        let result = try harness.run("audit srf --model instagram --threshold 0.999")
        XCTAssertNil(try measure(harness, "srf-audit", "fake_share_adjusted").value)
        let text = try XCTUnwrap(result.json["message"]?.stringValue)
        XCTAssertTrue(text.contains("No adjusted share: the model's sensitivity + specificity − 1 is"), text)
        XCTAssertTrue(text.contains("below 0.2"), text)
    }

    func testTrainingMistakesAreNamedAndChangeNothing() throws {
        let harness = try srfHarness()
        let before = harness.workspace.entries
        XCTAssertEqual(harness.error("audit train srf")?.message, Words.auditTrainNeedsLabel)
        XCTAssertEqual(harness.error("audit train srf --label rating --folds 1")?.message, Words.badFolds("1"))
        XCTAssertEqual(harness.error("audit train srf --label rating --features Username")?.message,
                       Words.auditFeatureNotNumeric("Username"))
        let unknown = try XCTUnwrap(harness.error("audit srf --model instagrm"))
        XCTAssertTrue(unknown.message.en.contains("'instagram'?"), unknown.message.en)
        XCTAssertEqual(harness.workspace.entries, before)
    }

    func testASingleClassAndADamagedModelAreNamed() throws {
        let real = Dataset(name: "real", columns: [
            Column.integer("followers", [100, 200, 300, 400], role: .followers),
            Column.text("label", ["real", "real", "real", "real"]),
        ], kind: .followers)
        let broken = Dataset(name: "broken", columns: [Column.text("feature", ["log_followers"])], kind: .auditModel)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [real, broken])
        let before = harness.workspace.entries
        let single = try XCTUnwrap(harness.error("audit train real --label label --folds 2"))
        XCTAssertTrue(single.message.en.contains("all fake or all real"), single.message.en)
        let damaged = try XCTUnwrap(harness.error("audit real --model broken"))
        XCTAssertEqual(damaged.message, Words.badAuditModel("broken", what: "broken-evaluation"))
        XCTAssertEqual(damaged.excerpt?.offset, "audit real --model ".count)
        XCTAssertEqual(harness.workspace.entries, before)
    }

    func testAModelNeedsItsRolesInTheSample() throws {
        let harness = try srfHarness()
        try harness.run("roles srf Number.of.posts=none")
        let before = harness.workspace.entries
        let error = try XCTUnwrap(harness.error("audit srf --model instagram"))
        XCTAssertEqual(error.message, Words.auditModelNeeds("instagram", feature: "posts", dataset: "srf"))
        XCTAssertEqual(harness.workspace.entries, before)
    }
}
