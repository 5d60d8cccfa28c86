import Foundation
import XCTest
@testable import Analytics

/// The samples and cases of Fixtures/classifier_reference.json (Fixtures/make_classifier_reference.py,
/// scikit-learn 1.9.1): rows with missing values as null, labels as booleans.
enum ClassifierReference {
    /// The rows (nil = missing) and labels of the sample the case names under "sample".
    static func sample(of referenceCase: StatisticsReference.Case, file: StaticString = #filePath,
                       line: UInt = #line) -> (rows: [[Double?]], labels: [Bool]) {
        let name = referenceCase["sample"] as? String
        let found = StatisticsReference.cases("samples", in: .classifier).first { $0["name"] as? String == name }
        XCTAssertNotNil(found, "no sample \(name ?? "?")", file: file, line: line)
        return (rows(found ?? [:], "rows"), flags(found ?? [:], "labels"))
    }

    /// A list of rows whose null entries are missing values.
    static func rows(_ referenceCase: StatisticsReference.Case, _ key: String) -> [[Double?]] {
        (referenceCase[key] as? [[Any]])?.map { row in row.map { ($0 as? NSNumber)?.doubleValue } } ?? []
    }

    /// A list of booleans.
    static func flags(_ referenceCase: StatisticsReference.Case, _ key: String) -> [Bool] {
        referenceCase[key] as? [Bool] ?? []
    }

    /// A list of integers.
    static func integers(_ referenceCase: StatisticsReference.Case, _ key: String) -> [Int] {
        referenceCase[key] as? [Int] ?? []
    }

    /// An integer (−1 when missing, which the comparison then reports).
    static func integer(_ referenceCase: StatisticsReference.Case, _ key: String) -> Int {
        referenceCase[key] as? Int ?? -1
    }

    /// The confusion counts a case records.
    static func counts(_ referenceCase: StatisticsReference.Case) -> ConfusionCounts {
        ConfusionCounts(truePositives: integer(referenceCase, "truePositives"),
                        falsePositives: integer(referenceCase, "falsePositives"),
                        trueNegatives: integer(referenceCase, "trueNegatives"),
                        falseNegatives: integer(referenceCase, "falseNegatives"))
    }

    /// Asserts that two lists of numbers have the same length and agree entry by entry.
    static func assertAllClose(_ actual: [Double]?, _ expected: [Double], absolute: Double, _ message: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        guard let actual else { return XCTFail("nil: \(message)", file: file, line: line) }
        XCTAssertEqual(actual.count, expected.count, "lengths: \(message)", file: file, line: line)
        for (index, (value, reference)) in zip(actual, expected).enumerated() {
            assertClose(value, reference, relative: 0, absolute: absolute, "\(message) [\(index)]", file: file,
                        line: line)
        }
    }
}
