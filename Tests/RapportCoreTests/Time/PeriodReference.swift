import Foundation
import XCTest

/// The reference of Fixtures/period_reference.json, written by Fixtures/make_period_reference.py with pandas 3.1.1.
enum PeriodReference {
    /// The parsed fixture, read once.
    static let document: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/period_reference.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    /// The instants every zone was asked about.
    static var instants: [Int64] {
        (document["instants"] as? [NSNumber])?.map(\.int64Value) ?? []
    }

    /// What pandas says of the instants in each zone, by zone name.
    static var zones: [String: [String: Any]] {
        document["zones"] as? [String: [String: Any]] ?? [:]
    }

    /// The listed cases under a key (`ranges`, `spans`); fails the test when there are none.
    static func cases(_ key: String, file: StaticString = #filePath, line: UInt = #line) -> [[String: Any]] {
        let found = document[key] as? [[String: Any]] ?? []
        XCTAssertFalse(found.isEmpty, "no reference cases under \(key)", file: file, line: line)
        return found
    }

    /// A whole number of a case or zone entry.
    static func integer(_ entry: [String: Any], _ key: String) -> Int64? {
        (entry[key] as? NSNumber)?.int64Value
    }

    /// A list of whole numbers of a case or zone entry.
    static func integers(_ entry: [String: Any], _ key: String) -> [Int64] {
        (entry[key] as? [NSNumber])?.map(\.int64Value) ?? []
    }
}
