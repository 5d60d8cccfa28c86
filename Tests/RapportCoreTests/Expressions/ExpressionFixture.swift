import Foundation
@testable import RapportCore

/// A small hand-made dataset and helpers for the expression tests.
enum ExpressionFixture {
    /// Four posts; every column has a missing value somewhere.
    static let posts = Dataset(name: "posts", columns: [
        Column.integer("likes", [10, 20, nil, 40]),
        Column.integer("followers", [100, 0, 50, nil]),
        Column.decimal("rate", [0.5, nil, 1.5, -2.0]),
        Column.text("text", ["Hallo du", "Sie bitte", nil, "du und ich"]),
        Column.text("platform", ["fb", "ig", "fb", nil]),
        // 2025-07-15T22:30Z (summer), 2025-01-31T23:15Z (winter), missing, 2025-03-01T12:00Z
        Column(name: "published", data: .time([1_752_618_600, 1_738_365_300, 0, 1_740_830_400],
                                              MissingMask(flags: [false, false, true, false]))),
        Column(name: "paid", data: .boolean([true, false, false, true], MissingMask(flags: [false, false, true, false]))),
        Column.integer("Page total likes", [1000, 2000, 3000, 4000]),
    ])

    /// The expression's cells on `posts`, evaluated in the given zone.
    static func cells(_ text: String, zone: String = "UTC") throws -> [Cell] {
        let data = try RowExpression.parse(text).evaluate(on: posts, timeZone: TimeZone(identifier: zone)!)
        return (0..<data.count).map { data[$0] }
    }

    /// The error the expression raises on `posts`, or nil.
    static func error(_ text: String, at offset: Int = 0, in line: String? = nil) -> RapportError? {
        do {
            _ = try RowExpression.parse(text, at: offset, in: line).evaluate(on: posts, timeZone: TimeZone(identifier: "UTC")!)
            return nil
        } catch let error as RapportError {
            return error
        } catch {
            return nil
        }
    }
}
