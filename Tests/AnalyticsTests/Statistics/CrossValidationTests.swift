import XCTest
@testable import Analytics

/// Out-of-fold probabilities against scikit-learn's cross_val_predict with the same folds
/// (Fixtures/make_classifier_reference.py), the imputer and scaler refitted on every training fold.
final class CrossValidationTests: XCTestCase {
    func testMatchesCrossValPredict() throws {
        for reference in StatisticsReference.cases("crossValidation", in: .classifier) {
            let label = StatisticsReference.label(reference)
            let sample = ClassifierReference.sample(of: reference)
            let probabilities = try CrossValidation.outOfFoldProbabilities(
                rows: sample.rows, labels: sample.labels, folds: ClassifierReference.integers(reference, "assignment"))
            ClassifierReference.assertAllClose(probabilities, StatisticsReference.numbers(reference, "probabilities"),
                                               absolute: 1e-9, label)
        }
    }

    func testRefusesFoldsThatCannotWork() {
        let rows: [[Double?]] = [[1], [2], [3], [4]]
        let labels = [true, false, true, false]
        for folds in [[0, 0, 0, 0], [0, 1, 2], [0, 2, 0, 2], [0, -1, 0, 1], [0, 1, 0, Int.max]] {
            XCTAssertThrowsError(try CrossValidation.outOfFoldProbabilities(rows: rows, labels: labels, folds: folds)) {
                XCTAssertEqual($0 as? ClassifierFailure, .invalidFolds, "\(folds)")
            }
        }
        XCTAssertThrowsError(try CrossValidation.outOfFoldProbabilities(rows: rows, labels: labels,
                                                                        folds: [0, 1, 0, 1])) {
            XCTAssertEqual($0 as? ClassifierFailure, .singleClassInFold(fold: 0))
        }
        XCTAssertThrowsError(try CrossValidation.outOfFoldProbabilities(rows: [[1], [2], [3], [.nan]], labels: labels,
                                                                        folds: [0, 0, 1, 1])) {
            XCTAssertEqual($0 as? ClassifierFailure, .nonFiniteValue(row: 3, feature: 0))
        }
    }
}
