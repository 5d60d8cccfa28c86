import XCTest
@testable import RapportCore

/// A dataset as a GitHub-flavoured Markdown table, written out by hand.
final class MarkdownTableTests: XCTestCase {
    func testHeaderAlignmentRowAndEscapedCells() {
        let dataset = Dataset(name: "t", columns: [
            .text("name", ["a|b", "*x*", nil]),
            .integer("likes", [5, 1200, nil]),
            Column(name: "rate", role: .rate, data: .decimal([0.034, 0.5, 1], MissingMask())),
        ])
        let formatter = CellFormatter(language: .en, timeZone: .gmt)
        let text = MarkdownTable.text(dataset, formatter: formatter, checkpoint: { _ in })
        XCTAssertEqual(text, """
            | name | likes | rate |
            | --- | ---: | ---: |
            | a\\|b | 5 | 3.4 % |
            | \\*x\\* | 1200 | 50.0 % |
            |  |  | 100.0 % |

            """)
    }

    func testTheCheckpointCountsRowsInStepsOf16384() throws {
        let dataset = Dataset(name: "t", columns: [.integer("n", (0..<40_000).map { Int64($0) })])
        var counted: [Int] = []
        _ = MarkdownTable.text(dataset, formatter: CellFormatter(language: .en, timeZone: .gmt)) { counted.append($0) }
        // 40,000 rows pass 16,384 and 32,768: two calls.
        XCTAssertEqual(counted, [16_384, 16_384])
    }
}
