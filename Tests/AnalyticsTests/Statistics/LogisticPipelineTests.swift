import XCTest
@testable import Analytics

/// The whole pipeline against scikit-learn's Pipeline([SimpleImputer(strategy='median', add_indicator=True),
/// StandardScaler(), LogisticRegression(C, solver='newton-cholesky')]) (Fixtures/make_classifier_reference.py).
final class LogisticPipelineTests: XCTestCase {
    func testMatchesScikitLearn() throws {
        for reference in StatisticsReference.cases("logisticPipeline", in: .classifier) {
            let label = StatisticsReference.label(reference)
            let sample = ClassifierReference.sample(of: reference)
            let pipeline = try LogisticPipeline.fit(rows: sample.rows, labels: sample.labels,
                                                    inverseRegularisation: StatisticsReference.number(reference, "c"))
            ClassifierReference.assertAllClose(pipeline.imputation.medians,
                                               StatisticsReference.numbers(reference, "medians"), absolute: 1e-12,
                                               "medians, \(label)")
            XCTAssertEqual(pipeline.imputation.indicatedFeatures,
                           ClassifierReference.integers(reference, "indicatedFeatures"), label)
            ClassifierReference.assertAllClose(pipeline.standardisation.means,
                                               StatisticsReference.numbers(reference, "means"), absolute: 1e-12,
                                               "means, \(label)")
            ClassifierReference.assertAllClose(pipeline.standardisation.scales,
                                               StatisticsReference.numbers(reference, "scales"), absolute: 1e-12,
                                               "scales, \(label)")
            ClassifierReference.assertAllClose(pipeline.regression.coefficients,
                                               StatisticsReference.numbers(reference, "coefficients"), absolute: 1e-8,
                                               "coefficients, \(label)")
            assertClose(pipeline.regression.intercept, StatisticsReference.number(reference, "intercept"),
                        relative: 0, absolute: 1e-8, "intercept, \(label)")
            guard reference["applyRows"] != nil else { continue }
            let probabilities = try pipeline.probabilities(ClassifierReference.rows(reference, "applyRows"))
            ClassifierReference.assertAllClose(probabilities,
                                               StatisticsReference.numbers(reference, "applyProbabilities"),
                                               absolute: 1e-9, "probabilities of new rows, \(label)")
        }
    }

    func testStoredPartsGiveTheSameProbabilities() throws {
        let rows: [[Double?]] = [[1, 5], [2, nil], [3, 7], [4, 4], [nil, 6], [6, 2]]
        let labels = [true, true, false, true, false, false]
        let fitted = try LogisticPipeline.fit(rows: rows, labels: labels)
        let imputation = try XCTUnwrap(MedianImputation(medians: fitted.imputation.medians,
                                                        indicatedFeatures: fitted.imputation.indicatedFeatures))
        let standardisation = try XCTUnwrap(Standardisation(means: fitted.standardisation.means,
                                                            scales: fitted.standardisation.scales))
        let regression = LogisticRegression(coefficients: fitted.regression.coefficients,
                                            intercept: fitted.regression.intercept)
        let stored = try XCTUnwrap(LogisticPipeline(imputation: imputation, standardisation: standardisation,
                                                    regression: regression))
        XCTAssertEqual(try stored.probabilities(rows), try fitted.probabilities(rows))
        XCTAssertNil(LogisticPipeline(imputation: imputation, standardisation: standardisation,
                                      regression: LogisticRegression(coefficients: [1, 2], intercept: 0)))
    }

    func testBadRowsAreRefusedWithTheirPlace() throws {
        XCTAssertThrowsError(try LogisticPipeline.fit(rows: [[1], [2, 3]], labels: [true, false])) {
            XCTAssertEqual($0 as? ClassifierFailure, .unevenRow(row: 1))
        }
        XCTAssertThrowsError(try LogisticPipeline.fit(rows: [[1, 2], [2, .infinity]], labels: [true, false])) {
            XCTAssertEqual($0 as? ClassifierFailure, .nonFiniteValue(row: 1, feature: 1))
        }
        XCTAssertThrowsError(try LogisticPipeline.fit(rows: [[1], [2]], labels: [true])) {
            XCTAssertEqual($0 as? ClassifierFailure, .rowsAndLabelsDiffer)
        }
        XCTAssertThrowsError(try LogisticPipeline.fit(rows: [[1], [2]], labels: [true, true])) {
            XCTAssertEqual($0 as? ClassifierFailure, .singleClass)
        }
        let pipeline = try LogisticPipeline.fit(rows: [[1], [2], [3], [4]], labels: [false, true, false, true])
        XCTAssertThrowsError(try pipeline.probabilities([[1], [1, 2]])) {
            XCTAssertEqual($0 as? ClassifierFailure, .unevenRow(row: 1))
        }
        XCTAssertThrowsError(try pipeline.probabilities([[.nan]])) {
            XCTAssertEqual($0 as? ClassifierFailure, .nonFiniteValue(row: 0, feature: 0))
        }
        XCTAssertEqual(try pipeline.probabilities([[nil]]).count, 1)
    }
}
