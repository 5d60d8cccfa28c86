import XCTest
@testable import Analytics

/// The fold assignment against the Python re-implementation of its documented procedure
/// (Fixtures/make_classifier_reference.py), and the balance it promises.
final class StratifiedFoldsTests: XCTestCase {
    func testMatchesTheDocumentedProcedure() throws {
        for reference in StatisticsReference.cases("crossValidation", in: .classifier) {
            let label = StatisticsReference.label(reference)
            let labels = ClassifierReference.sample(of: reference).labels
            let assignment = StratifiedFolds.assign(labels: labels,
                                                    folds: ClassifierReference.integer(reference, "folds"),
                                                    seed: UInt64(ClassifierReference.integer(reference, "seed")))
            XCTAssertEqual(assignment, ClassifierReference.integers(reference, "assignment"), label)
        }
    }

    func testFoldsAreBalancedOverallAndPerClass() throws {
        let labels = (0..<103).map { $0 % 7 < 2 }
        let assignment = try XCTUnwrap(StratifiedFolds.assign(labels: labels, folds: 10, seed: 42))
        for label in [false, true] {
            let perFold = (0..<10).map { fold in zip(assignment, labels).filter { $0 == fold && $1 == label }.count }
            XCTAssertLessThanOrEqual((perFold.max() ?? 0) - (perFold.min() ?? 0), 1)
        }
        let sizes = (0..<10).map { fold in assignment.filter { $0 == fold }.count }
        XCTAssertLessThanOrEqual((sizes.max() ?? 0) - (sizes.min() ?? 0), 1)
        XCTAssertNotEqual(StratifiedFolds.assign(labels: labels, folds: 10, seed: 43), assignment)
    }

    func testImpossibleFoldsAreNil() {
        XCTAssertNil(StratifiedFolds.assign(labels: [true, false, true], folds: 1, seed: 1))
        XCTAssertNil(StratifiedFolds.assign(labels: [true, false, true], folds: 4, seed: 1))
    }
}
