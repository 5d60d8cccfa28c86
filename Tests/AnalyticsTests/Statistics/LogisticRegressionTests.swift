import Foundation
import XCTest
@testable import Analytics

/// The regression alone: on the features scikit-learn standardised it gives scikit-learn's coefficients
/// (Fixtures/make_classifier_reference.py), and its solution satisfies the optimality conditions.
final class LogisticRegressionTests: XCTestCase {
    func testMatchesScikitLearnOnItsStandardisedFeatures() throws {
        for reference in StatisticsReference.cases("logisticPipeline", in: .classifier) {
            let label = StatisticsReference.label(reference)
            let sample = ClassifierReference.sample(of: reference)
            let medians = StatisticsReference.numbers(reference, "medians")
            let indicated = ClassifierReference.integers(reference, "indicatedFeatures")
            let means = StatisticsReference.numbers(reference, "means")
            let scales = StatisticsReference.numbers(reference, "scales")
            let standardised = sample.rows.map { row in
                let imputed = row.indices.map { row[$0] ?? medians[$0] } + indicated.map { row[$0] == nil ? 1 : 0 }
                return imputed.indices.map { (imputed[$0] - means[$0]) / scales[$0] }
            }
            let model = try LogisticRegression.fit(rows: standardised, labels: sample.labels,
                                                   inverseRegularisation: StatisticsReference.number(reference, "c"))
            ClassifierReference.assertAllClose(model.coefficients,
                                               StatisticsReference.numbers(reference, "coefficients"),
                                               absolute: 1e-8, label)
            assertClose(model.intercept, StatisticsReference.number(reference, "intercept"), relative: 0,
                        absolute: 1e-8, label)
        }
    }

    func testSolutionZeroesTheGradient() throws {
        // At the optimum C·Σ(pᵢ − yᵢ)·xᵢ + w = 0 and Σ(pᵢ − yᵢ) = 0 (the intercept is not penalised).
        let rows: [[Double]] = [[0.5, -1], [1.5, 0.2], [-0.3, 0.8], [2.2, -0.4], [-1.1, -0.9], [0.1, 1.7], [1, 1]]
        let labels = [true, true, false, true, false, false, true]
        let c = 3.0
        let model = try LogisticRegression.fit(rows: rows, labels: labels, inverseRegularisation: c)
        var gradient = model.coefficients
        var interceptGradient = 0.0
        for (row, label) in zip(rows, labels) {
            let residual = try XCTUnwrap(model.probability(row)) - (label ? 1 : 0)
            interceptGradient += residual
            for feature in row.indices { gradient[feature] += c * residual * row[feature] }
        }
        XCTAssertEqual(interceptGradient, 0, accuracy: 1e-12)
        for value in gradient { XCTAssertEqual(value, 0, accuracy: 1e-12) }
    }

    func testHandWorkedProbabilityAndOddsRatios() throws {
        let model = LogisticRegression(coefficients: [Foundation.log(2), -1], intercept: 0.5)
        // z = 0.5 + ln 2 · 1 − 1 · 0.5 = ln 2: p = 2/3.
        XCTAssertEqual(try XCTUnwrap(model.probability([1, 0.5])), 2.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(model.oddsRatios[0], 2, accuracy: 1e-15)
        XCTAssertEqual(model.oddsRatios[1], Foundation.exp(-1), accuracy: 1e-15)
        XCTAssertNil(model.probability([1]))
        XCTAssertEqual(LogisticRegression.sigmoid(-800), 0)
        XCTAssertEqual(LogisticRegression.sigmoid(800), 1)
    }

    func testUnfittableInputThrows() {
        XCTAssertThrowsError(try LogisticRegression.fit(rows: [[1], [2]], labels: [true, false],
                                                        inverseRegularisation: 0)) {
            XCTAssertEqual($0 as? ClassifierFailure, .invalidRegularisation)
        }
        XCTAssertThrowsError(try LogisticRegression.fit(rows: [], labels: [], inverseRegularisation: 1)) {
            XCTAssertEqual($0 as? ClassifierFailure, .rowsAndLabelsDiffer)
        }
        XCTAssertThrowsError(try LogisticRegression.fit(rows: [[1], [2]], labels: [false, false],
                                                        inverseRegularisation: 1)) {
            XCTAssertEqual($0 as? ClassifierFailure, .singleClass)
        }
    }
}
