import XCTest
@testable import Analytics

/// The ROC area against scikit-learn's roc_auc_score, and its bootstrap against the Python re-implementation of
/// its documented procedure around roc_auc_score (Fixtures/make_classifier_reference.py).
final class ROCAreaTests: XCTestCase {
    func testMatchesRocAucScoreAndItsBootstrap() {
        for reference in StatisticsReference.cases("rocArea", in: .classifier) {
            let label = StatisticsReference.label(reference)
            let scores = StatisticsReference.numbers(reference, "scores")
            let labels = ClassifierReference.flags(reference, "labels")
            assertClose(ROCArea.of(scores: scores, labels: labels), StatisticsReference.number(reference, "auc"),
                        relative: 1e-12, label)
            let interval = ROCArea.bootstrap(scores: scores, labels: labels,
                                             resamples: ClassifierReference.integer(reference, "resamples"),
                                             seed: UInt64(ClassifierReference.integer(reference, "seed")))
            assertClose(interval?.estimate, StatisticsReference.number(reference, "auc"), relative: 1e-12, label)
            assertClose(interval?.lower, StatisticsReference.number(reference, "lower"), relative: 1e-12, label)
            assertClose(interval?.upper, StatisticsReference.number(reference, "upper"), relative: 1e-12, label)
        }
    }

    func testOutOfFoldAreaMatches() {
        for reference in StatisticsReference.cases("crossValidation", in: .classifier) {
            let label = StatisticsReference.label(reference)
            let labels = ClassifierReference.sample(of: reference).labels
            let area = StatisticsReference.numbers(reference, "auc")
            let interval = ROCArea.bootstrap(scores: StatisticsReference.numbers(reference, "probabilities"),
                                             labels: labels,
                                             resamples: ClassifierReference.integer(reference, "aucResamples"),
                                             seed: UInt64(ClassifierReference.integer(reference, "seed")))
            assertClose(interval?.estimate, area[0], relative: 1e-12, label)
            assertClose(interval?.lower, area[1], relative: 1e-12, label)
            assertClose(interval?.upper, area[2], relative: 1e-12, label)
        }
    }

    func testHandWorkedTiesAndUnusableInput() {
        // Positives 0.4, 0.7; negatives 0.4, 0.1: pairs (0.4 vs 0.4) = ½, the other three = 1: 3.5/4.
        XCTAssertEqual(ROCArea.of(scores: [0.4, 0.4, 0.7, 0.1], labels: [true, false, true, false]), 0.875)
        XCTAssertNil(ROCArea.of(scores: [0.4, 0.5], labels: [true, true]))
        XCTAssertNil(ROCArea.of(scores: [0.4, .nan], labels: [true, false]))
        XCTAssertNil(ROCArea.of(scores: [0.4], labels: [true, false]))
        XCTAssertNil(ROCArea.bootstrap(scores: [0.4, 0.5], labels: [true, false], resamples: 0, seed: 1))
    }
}
