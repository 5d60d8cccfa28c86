import RapportCore
import XCTest
@testable import Analytics

/// RowGroups and GroupSummary.ofGroups against plain computations written out in the test, on many rows (the
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

    /// numpy's default (type-7) quantile of sorted values, written out here rather than taken from the code under test.
    private func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }

    func testOnePassSummariesMatchAPlainComputationPerGroup() throws {
        let (dataset, values, tops, bottoms, pooled) = data()
        let groups = RowGroups(dataset, by: [0, 1])
        for (denominators, pooledRows) in [(Optional(bottoms), Optional(pooled)), (bottoms, nil), (nil, nil)] {
            let summaries = GroupSummary.ofGroups(groups, values: values, numerators: tops, denominators: denominators,
                                                  pooledRows: pooledRows)
            for (index, rows) in groups.rows.enumerated() {
                let summary = summaries[index]
                let present = rows.map { values[$0] }.filter { !$0.isNaN }.sorted()
                XCTAssertEqual(summary.count, present.count)
                guard !present.isEmpty else {
                    XCTAssertNil(summary.median)
                    XCTAssertNil(summary.mean)
                    continue
                }
                let median = try XCTUnwrap(summary.median), lower = try XCTUnwrap(summary.lower)
                let upper = try XCTUnwrap(summary.upper), mean = try XCTUnwrap(summary.mean)
                XCTAssertEqual(median, quantile(present, 0.5), accuracy: 1e-12)
                XCTAssertEqual(lower, quantile(present, 0.25), accuracy: 1e-12)
                XCTAssertEqual(upper, quantile(present, 0.75), accuracy: 1e-12)
                XCTAssertEqual(mean, present.reduce(0, +) / Double(present.count), accuracy: 1e-9)
                let counted = rows.filter { pooledRows?[$0] ?? !values[$0].isNaN }
                let top = counted.reduce(0) { $0 + tops[$1] }
                if let denominators {
                    let bottom = counted.reduce(0) { $0 + denominators[$1] }
                    XCTAssertEqual(try XCTUnwrap(summary.pooled), top / bottom, accuracy: 1e-12)
                } else {
                    XCTAssertEqual(try XCTUnwrap(summary.pooled), top, accuracy: 1e-6)
                }
            }
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
