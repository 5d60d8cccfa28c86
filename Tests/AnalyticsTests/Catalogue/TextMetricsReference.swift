import Foundation
import RapportCore
import XCTest
@testable import Analytics

/// The posts of Fixtures/text_metrics_posts.csv and the expected tone, attribution and relevance values that
/// Fixtures/make_text_metrics_reference.py computed from them with pandas (Fixtures/text_metrics_reference.json).
enum TextMetricsReference {
    /// The parsed fixture, read once.
    static let document: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/text_metrics_reference.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    /// The columns of the CSV file, in its order, each playing the role of its name.
    static let columnOrder = ["post_id", "account", "platform", "voice", "format", "text", "followers", "likes",
                              "comments", "shares", "saves"]

    /// The posts as a dataset whose columns play the roles of their names (text columns as text, counts as numbers).
    static func posts(dropping dropped: [String] = []) -> Dataset {
        let columns = document["columns"] as? [String: [Any]] ?? [:]
        return Dataset(name: "posts", columns: columnOrder.filter { !dropped.contains($0) }.map { name in
            let values = columns[name] ?? []
            if values.contains(where: { $0 is String }) {
                return Column.text(name, values.map { $0 as? String }, role: ColumnRole(rawValue: name))
            }
            return Column.decimal(name, values.map { ($0 as? NSNumber)?.doubleValue }, role: ColumnRole(rawValue: name))
        })
    }

    /// The expected values of one result, by group key and column name.
    static func groups(_ key: String) -> [String: [String: Any]] {
        document[key] as? [String: [String: Any]] ?? [:]
    }

    /// A request on the posts grouped by the named columns.
    static func request(by names: [String] = [], on dataset: Dataset = posts(), companyNames: [String] = []) -> MetricRequest {
        MetricRequest(dataset: dataset, groupColumns: names.compactMap { dataset.columnIndex(named: $0) },
                      companyNames: companyNames)
    }
}

/// The rows of a metric's result, keyed by the group key columns' values joined with `|` (`all` without keys).
func resultRows(_ outcome: MetricOutcome, keys: [String]) -> [String: [String: Cell]] {
    let count = outcome.columns.first?.count ?? 0
    var rows: [String: [String: Cell]] = [:]
    for row in 0..<count {
        let key = keys.isEmpty ? "all" : keys.map { name -> String in
            guard let column = outcome.columns.first(where: { $0.name == name }), case .text(let text) = column.data[row] else {
                return "?"
            }
            return text
        }.joined(separator: "|")
        rows[key] = Dictionary(uniqueKeysWithValues: outcome.columns.map { ($0.name, $0.data[row]) })
    }
    return rows
}

/// Asserts that every expected value of every group matches the result row of that group (numbers to 1e-12 relative,
/// `mixed` as a boolean).
func assertMatches(_ outcome: MetricOutcome, keys: [String], expected: [String: [String: Any]],
                   file: StaticString = #filePath, line: UInt = #line) {
    let rows = resultRows(outcome, keys: keys)
    XCTAssertFalse(expected.isEmpty, "no reference groups", file: file, line: line)
    for (group, values) in expected {
        guard let row = rows[group] else { XCTFail("group \(group) missing from \(rows.keys.sorted())", file: file, line: line); continue }
        for (name, value) in values {
            let cell = row[name] ?? .missing
            if name == "mixed" {
                XCTAssertEqual(cell, .boolean(value as? Bool ?? false), "\(group) \(name)", file: file, line: line)
            } else if let number = value as? NSNumber {
                assertClose(cell.number, number.doubleValue, relative: 1e-12, absolute: 1e-15, "\(group) \(name)",
                            file: file, line: line)
            } else {
                XCTFail("\(group) \(name): unexpected reference value \(value)", file: file, line: line)
            }
        }
    }
}
