import Foundation
import XCTest

/// The reference cases of Fixtures/statistics_reference.json, written by Fixtures/make_statistics_reference.py
/// with scipy 1.17.1 (each case records the exact call that produced it), and of the other fixtures named in
/// `Fixture`, each written by the make_….py script of the same name.
enum StatisticsReference {
    /// A fixture file of reference cases.
    enum Fixture: String, CaseIterable {
        /// statistics_reference.json: the tests and distributions.
        case statistics = "statistics_reference"
        /// trend_reference.json: Theil–Sen and Kendall's tau.
        case trend = "trend_reference"
        /// classifier_reference.json: the logistic pipeline, its cross-validation and its measures.
        case classifier = "classifier_reference"
    }

    /// One reference case: its inputs and expected values by key.
    typealias Case = [String: Any]

    /// The parsed fixtures, read once.
    private static let documents = Dictionary(uniqueKeysWithValues: Fixture.allCases.map { ($0, document($0)) })

    /// A fixture parsed; empty when it cannot be read.
    private static func document(_ fixture: Fixture) -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(fixture.rawValue).json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }

    /// The cases listed under a key of a fixture; fails the test when there are none.
    static func cases(_ key: String, in fixture: Fixture = .statistics, file: StaticString = #filePath,
                      line: UInt = #line) -> [Case] {
        let found = documents[fixture]?[key] as? [Case] ?? []
        XCTAssertFalse(found.isEmpty, "no reference cases under \(key)", file: file, line: line)
        return found
    }

    /// A number of a case (0 when missing, which the comparison then reports).
    static func number(_ referenceCase: Case, _ key: String) -> Double {
        (referenceCase[key] as? NSNumber)?.doubleValue ?? .nan
    }

    /// A list of numbers of a case.
    static func numbers(_ referenceCase: Case, _ key: String) -> [Double] {
        (referenceCase[key] as? [NSNumber])?.map(\.doubleValue) ?? []
    }

    /// A list of lists of numbers of a case (groups, items, table rows).
    static func numberLists(_ referenceCase: Case, _ key: String) -> [[Double]] {
        (referenceCase[key] as? [[NSNumber]])?.map { $0.map(\.doubleValue) } ?? []
    }

    /// The case's name, or its call when it has none, for failure messages.
    static func label(_ referenceCase: Case) -> String {
        referenceCase["name"] as? String ?? referenceCase["call"] as? String ?? "?"
    }
}

/// Asserts |actual − expected| ≤ relative·|expected| + absolute (absolute covers expected values of zero).
func assertClose(_ actual: Double?, _ expected: Double, relative: Double, absolute: Double = 1e-300,
                 _ message: String, file: StaticString = #filePath, line: UInt = #line) {
    guard let actual else { return XCTFail("nil, expected \(expected): \(message)", file: file, line: line) }
    XCTAssertFalse(expected.isNaN, "reference value missing: \(message)", file: file, line: line)
    XCTAssertLessThanOrEqual(abs(actual - expected), relative * abs(expected) + absolute,
                             "\(actual) vs \(expected): \(message)", file: file, line: line)
}
