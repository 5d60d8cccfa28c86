import XCTest
@testable import Analytics

/// The measures of out-of-fold verdicts against scikit-learn's scores and scipy's Wilson intervals
/// (Fixtures/make_classifier_reference.py).
final class ClassificationMeasuresTests: XCTestCase {
    func testMatchesScikitLearnAndScipy() throws {
        for reference in StatisticsReference.cases("crossValidation", in: .classifier) {
            let label = StatisticsReference.label(reference)
            let sample = ClassifierReference.sample(of: reference)
            let probabilities = StatisticsReference.numbers(reference, "probabilities")
            let counts = ConfusionCounts(predicted: probabilities.map { $0 >= 0.5 }, actual: sample.labels)
            XCTAssertEqual(counts, ClassifierReference.counts(reference), label)
            let measures = ClassificationMeasures(counts)
            let expected: [(String, ClassificationMeasures.Estimate?)] = [
                ("accuracy", measures.accuracy), ("precision", measures.precision),
                ("sensitivity", measures.sensitivity), ("specificity", measures.specificity), ("f1", measures.f1)]
            for (key, estimate) in expected {
                let reference = StatisticsReference.numbers(reference, key)
                XCTAssertEqual(reference.count, 3, key)
                assertClose(estimate?.estimate, reference[0], relative: 1e-12, "\(key), \(label)")
                assertClose(estimate?.lower, reference[1], relative: 1e-9, "\(key) lower, \(label)")
                assertClose(estimate?.upper, reference[2], relative: 1e-9, "\(key) upper, \(label)")
            }
            XCTAssertEqual(measures.recall?.estimate, measures.sensitivity?.estimate)
        }
    }

    func testHandWorkedF1AndMissingMeasures() throws {
        // TP 6, FP 2, FN 4: F1 = 12/(12 + 6) = 2/3 = 2J/(1 + J) with J = 6/12.
        let counts = ConfusionCounts(truePositives: 6, falsePositives: 2, trueNegatives: 0, falseNegatives: 4)
        let measures = ClassificationMeasures(counts)
        let f1 = try XCTUnwrap(measures.f1)
        XCTAssertEqual(f1.estimate, 2.0 / 3.0, accuracy: 1e-15)
        let jaccard = try XCTUnwrap(WilsonInterval.of(successes: 6, trials: 12))
        XCTAssertEqual(f1.lower, 2 * jaccard.lower / (1 + jaccard.lower), accuracy: 1e-15)
        XCTAssertLessThan(f1.lower, f1.estimate)
        XCTAssertGreaterThan(f1.upper, f1.estimate)
        XCTAssertEqual(measures.specificity?.estimate, 0)
        XCTAssertNil(ClassificationMeasures(ConfusionCounts(truePositives: 0, falsePositives: 0, trueNegatives: 5,
                                                            falseNegatives: 3)).precision)
        XCTAssertNil(ClassificationMeasures(ConfusionCounts(truePositives: 0, falsePositives: 0, trueNegatives: 5,
                                                            falseNegatives: 0)).f1)
    }
}
