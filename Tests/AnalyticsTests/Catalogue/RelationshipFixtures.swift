import Foundation
import RapportCore
import XCTest

/// The CSV fixtures and expected values written by Fixtures/make_relationship_reference.py (pandas 2, scipy 1.17.1).
enum RelationshipFixtures {
    /// How a fixture column is read.
    enum Kind {
        case text, time, integer
    }

    /// The folder of the fixtures.
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The parsed relationship_reference.json, read once.
    static let reference: [String: Any] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("relationship_reference.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    /// A fixture CSV (plain commas, no quoting, empty is missing) as a dataset; `columns` gives each column's
    /// kind and role by name, columns not listed are read as text without a role.
    static func dataset(_ file: String, name: String, columns: [String: (Kind, ColumnRole?)]) throws -> Dataset {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return Dataset(name: name, columns: []) }
        let body = lines.dropFirst()
        return Dataset(name: name, columns: header.enumerated().map { index, title in
            let cells = body.map { $0[index].isEmpty ? nil : $0[index] }
            let (kind, role) = columns[title] ?? (.text, nil)
            switch kind {
            case .text:
                return Column.text(title, cells, role: role)
            case .integer:
                return Column.integer(title, cells.map { $0.flatMap { Int64($0) } }, role: role)
            case .time:
                let seconds = cells.map { $0.flatMap { ISOTime.parse(Substring($0))?.seconds } }
                return Column(name: title, role: role,
                              data: .time(seconds.map { $0 ?? 0 }, MissingMask(flags: seconds.map { $0 == nil })))
            }
        })
    }

    /// The expected rows under a key (a list of objects), failing the test when there are none.
    static func rows(_ key: String, file: StaticString = #filePath, line: UInt = #line) -> [[String: Any]] {
        let found = reference[key] as? [[String: Any]] ?? []
        XCTAssertFalse(found.isEmpty, "no reference rows under \(key)", file: file, line: line)
        return found
    }

    /// A number of an expected row, nil when it is null.
    static func number(_ row: [String: Any], _ key: String) -> Double? {
        (row[key] as? NSNumber)?.doubleValue
    }

    /// The values of a result column as numbers (nil where missing), or an empty list when there is no such column.
    static func numbers(_ columns: [Column], _ name: String) -> [Double?] {
        guard let column = columns.first(where: { $0.name == name }) else { return [] }
        return (0..<column.count).map { column.data[$0].number }
    }

    /// The values of a result column as text (nil where missing).
    static func texts(_ columns: [Column], _ name: String) -> [String?] {
        guard let column = columns.first(where: { $0.name == name }) else { return [] }
        return (0..<column.count).map { row in
            if case .text(let value) = column.data[row] { return value }
            return nil
        }
    }
}
