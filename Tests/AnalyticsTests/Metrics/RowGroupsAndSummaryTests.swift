import RapportCore
import XCTest
@testable import Analytics

/// RowGroups and the one-pass GroupSummary.ofGroups against plain per-group computations, on many rows (the
/// multi-core path), with missing keys, NaN values, groups without values and posts counted only in the pooled sums.
final class RowGroupsAndSummaryTests: XCTestCase {
    private static let platforms = ["tiktok", "fb", "ig", "x", "li"]

    /// 150,000 rows: a text key with missing values, an integer key, values (NaN for every 7th row and for all of
    /// platform "x" with tier 2), numerators, denominators and a pooled-rows mask.
    private func data() -> (Dataset, [Double], [Double], [Double], [Bool]) {
        var generator = SplitMix64(seed: 7)
        let count = 150_000
        var platform: [String?] = [], tier: [Int64?] = [], values: [Double] = [], tops: [Double] = [], bottoms: [Double] = []
        var pooled: [Bool] = []
        for row in 0..<count {
            let p = Int(generator.next() % 6)
            platform.append(p == 5 ? nil : Self.platforms[p])
            tier.append(row % 11 == 0 ? nil : Int64(generator.next() % 3))
            let top = Double(generator.next() % 1000), bottom = Double(1 + generator.next() % 5000)
            let empty = row % 7 == 0 || (p == 3 && tier.last == 2)
            values.append(empty ? .nan : top / bottom)
            tops.append(top)
            bottoms.append(bottom)
            pooled.append(generator.next() % 4 != 0)
        }
        let dataset = Dataset(name: "d", columns: [Column.text("platform", platform), Column.integer("tier", tier)])
        return (dataset, values, tops, bottoms, pooled)
    }

    func testGroupsAreInKeyOrderWithTheirRowsAscending() {
        let (dataset, _, _, _, _) = data()
        let groups = RowGroups(dataset, by: [0, 1])
        // Independently: the distinct (platform, tier) pairs, missing last in each key, text by its characters.
        func key(_ row: Int) -> [String] {
            [dataset.columns[0].data[row].isMissing ? "~" : "a" + String(describing: dataset.columns[0].data[row]),
             dataset.columns[1].data[row].isMissing ? "~" : "a" + String(describing: dataset.columns[1].data[row])]
        }
        var rowsOfKey: [[String]: [Int]] = [:]
        for row in 0..<dataset.rowCount { rowsOfKey[key(row), default: []].append(row) }
        let expected = rowsOfKey.keys.sorted { $0.lexicographicallyPrecedes($1) }
        XCTAssertEqual(groups.count, expected.count)
        for (index, rows) in groups.rows.enumerated() {
            XCTAssertEqual(key(rows[0]), expected[index], "group \(index)")
            XCTAssertEqual(rows, rowsOfKey[expected[index]], "group \(index)")
            XCTAssertTrue(rows.allSatisfy { groups.groupOfRow[$0] == index })
        }
    }

    func testOnePassSummariesEqualPerGroupSummaries() {
        let (dataset, values, tops, bottoms, pooled) = data()
        let groups = RowGroups(dataset, by: [0, 1])
        for (denominators, pooledRows) in [(Optional(bottoms), Optional(pooled)), (bottoms, nil), (nil, nil)] {
            let fast = GroupSummary.ofGroups(groups, values: values, numerators: tops, denominators: denominators,
                                             pooledRows: pooledRows)
            let plain = groups.rows.map {
                GroupSummary(values: values, rows: $0, numerators: tops, denominators: denominators, pooledRows: pooledRows)
            }
            XCTAssertEqual(fast, plain)
        }
        XCTAssertTrue(groups.rows.contains { rows in rows.allSatisfy { values[$0].isNaN } }, "a group without values is tested")
    }

    func testNoRowsGiveNoGroupsOrOneEmptyGroup() {
        let empty = Dataset(name: "e", columns: [Column.text("platform", [])])
        XCTAssertEqual(RowGroups(empty, by: [0]).count, 0)
        let overall = RowGroups(empty, by: [])
        XCTAssertEqual(overall.rows, [[]])
        XCTAssertEqual(GroupSummary.ofGroups(overall, values: [], numerators: [], denominators: []).first?.count, 0)
    }
}
