import XCTest
@testable import RapportCore

/// Terminal line charts, checked by their structure: size, axis labels, where the highest and lowest points land,
/// gaps, and plain ASCII without UTF-8. Positions are worked out by hand in the comments.
final class LineChartTests: XCTestCase {
    private let periods = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]
    private let oneDecimal: (Double) -> String = { String(format: "%.1f", $0) }

    /// The characters of a line from a column on (the plot area starts after the labels, a blank and the axis).
    private func plot(_ line: String, from start: Int) -> [Character] {
        Array(line.dropFirst(start))
    }

    func testHighestPointIsInTheTopRowAndLowestInTheBottomRow() {
        let series = LineChart.Series(name: "median", values: [3, 1, 4, 1.5, 9, 2])
        let lines = LineChart(unicode: true, width: 40, height: 6, valueText: oneDecimal).lines(periods: periods,
                                                                                               series: [series])
        // Labels "9.0" and "1.0" are 3 wide, so the plot area starts at column 5 and is 40 − 5 = 35 characters wide,
        // 70 dots across and 6 × 4 = 24 down. Period 4 (the 9) sits at dot round(4 × 69 / 5) = 55, character 27,
        // right half, top dot (bit 0x08); period 1 (the lowest, 1) at dot round(69 / 5) = 14, character 7, left half,
        // bottom dot (0x40).
        XCTAssertTrue(lines[0].hasPrefix("9.0 ┤"), lines[0])
        XCTAssertTrue(lines[5].hasPrefix("1.0 ┤"), lines[5])
        let top = plot(lines[0], from: 5), bottom = plot(lines[5], from: 5)
        XCTAssertGreaterThan(top.count, 27)
        XCTAssertEqual((top[27].unicodeScalars.first?.value ?? 0) & 0x08, 0x08, lines[0])
        XCTAssertEqual((bottom[7].unicodeScalars.first?.value ?? 0) & 0x40, 0x40, lines[5])
        // The top row holds nothing but the peak's neighbourhood: the lines to it from 1.5 and down to 2.
        let topColumns = top.indices.filter { top[$0] != " " }
        XCTAssertTrue(topColumns.allSatisfy { (24...30).contains($0) }, "\(topColumns)")
    }

    func testSizeAxisAndPeriodLabelsFitTheWidth() {
        let series = LineChart.Series(name: "median", values: [0.012, 0.034, 0.02, 0.041, 0.03, 0.025])
        let formatter = CellFormatter(language: .de, timeZone: TimeZone(identifier: "UTC") ?? .current)
        let chart = LineChart(unicode: true, width: 50, height: 8, valueText: formatter.percent)
        let lines = chart.lines(periods: periods, series: [series], title: "Engagementrate · Person")
        // Title, 8 rows, the axis, the period line.
        XCTAssertEqual(lines.count, 1 + 8 + 1 + 1)
        XCTAssertEqual(lines[0], "Engagementrate · Person")
        XCTAssertTrue(lines[1].hasPrefix("4,1 % ┤"), lines[1])
        XCTAssertTrue(lines[8].hasPrefix("1,2 % ┤"), lines[8])
        XCTAssertTrue(lines[2].hasPrefix("      │"), lines[2])
        XCTAssertEqual(lines[9], "      └" + String(repeating: "─", count: 50 - 7))
        // The first period starts under the plot area (column 7), the last ends with it (column 50).
        XCTAssertEqual(lines[10], "       2025-01" + String(repeating: " ", count: 43 - 14) + "2025-06")
        for line in lines { XCTAssertLessThanOrEqual(ChartText.columns(line), 50, line) }
    }

    func testGapsLeaveTheirStretchBlank() {
        let series = LineChart.Series(name: "median", values: [1, 2, nil, nil, 3, 4])
        let lines = LineChart(unicode: true, width: 40, height: 6, valueText: oneDecimal).lines(periods: periods,
                                                                                               series: [series])
        // As above: period 1 ends at character 7 and period 4 starts at character 27; nothing is drawn between them.
        for row in 0..<6 {
            let cells = plot(lines[row], from: 5)
            let between = (8...26).filter { $0 < cells.count && cells[$0] != " " }
            XCTAssertEqual(between, [], "row \(row): \(lines[row])")
        }
        XCTAssertTrue(lines[0..<6].contains { plot($0, from: 5).prefix(8).contains { $0 != " " } }, "the first line")
        XCTAssertTrue(lines[0..<6].contains { plot($0, from: 5).dropFirst(27).contains { $0 != " " } }, "the last line")
    }

    func testWithoutUTF8OnlyASCIIIsWrittenAndPointsAreStars() {
        let series = LineChart.Series(name: "brand", values: [3, 1, 4, 1.5, 9, 2])
        let lines = LineChart(unicode: false, width: 40, height: 6, valueText: { "\(self.oneDecimal($0)) · x" })
            .lines(periods: periods, series: [series], title: "rate – brand")
        XCTAssertTrue(lines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, lines.joined(separator: "\n"))
        XCTAssertEqual(lines[0], "rate - brand")
        // Labels "9.0 | x" are 7 wide: the plot starts at column 9, 31 characters; the 9 at round(4 × 30 / 5) = 24.
        XCTAssertTrue(lines[1].hasPrefix("9.0 | x +"), lines[1])
        XCTAssertEqual(plot(lines[1], from: 9).firstIndex(of: "*"), 24, lines[1])
        XCTAssertTrue(lines[7].hasPrefix("        +---"), lines[7])
    }

    func testSeveralSeriesGetTheirOwnMarksAndALegend() {
        let brand = LineChart.Series(name: "brand", values: [4, 3, 2, 1, 1, 1])
        let person = LineChart.Series(name: "person", values: [1, 2, 3, 4, 5, 6])
        let lines = LineChart(unicode: true, width: 40, height: 5, valueText: oneDecimal).lines(periods: periods,
                                                                                               series: [brand, person])
        XCTAssertEqual(lines.count, 5 + 1 + 1 + 1)
        XCTAssertEqual(lines.last, "     * brand  o person")
        // The person line peaks at the last period (6): its mark ends the top row; brand's 4 is in row
        // round(2 / 5 × 4) = 2.
        XCTAssertEqual(lines[0].last, "o", lines[0])
        XCTAssertTrue(lines[0].hasPrefix("6.0 ┤"))
        XCTAssertFalse(lines[0].contains("*"), lines[0])
        XCTAssertTrue(lines[2].contains("*") && !lines[1].contains("*"), lines[1] + "\n" + lines[2])
        XCTAssertTrue(lines[4].contains("*") && lines[4].contains("o"), "both start or stay at 1: \(lines[4])")
    }

    func testNoValuesOneValueAndValuesThatAreNotFiniteDoNotTrap() {
        let chart = LineChart(unicode: true, width: 30, height: 4, valueText: oneDecimal)
        let empty = chart.lines(periods: [], series: [])
        XCTAssertEqual(empty.count, 4 + 1, "rows and the axis, no periods")
        XCTAssertEqual(empty[0], " │")
        let blank = chart.lines(periods: periods, series: [LineChart.Series(name: "x", values: [])])
        XCTAssertEqual(blank.count, 4 + 2)
        XCTAssertTrue(blank[0..<4].allSatisfy { $0.allSatisfy { $0 == " " || $0 == "│" } },
                      blank.joined(separator: "\n"))
        let single = chart.lines(periods: ["2025-W10"], series: [LineChart.Series(name: "x", values: [2.5])])
        // One value: its text on the middle row (4 / 2 = 2), the point in the middle of 30 − 5 = 25 characters.
        XCTAssertTrue(single[2].hasPrefix("2.5 ┤"), single[2])
        let braille = single[0..<4].map { $0.unicodeScalars.filter { (0x2800...0x28FF).contains($0.value) }.count }
        XCTAssertEqual(braille, [0, 0, 1, 0], "one braille character, in the middle row")
        XCTAssertEqual(single[2].count, 5 + 12 + 1, "the dot at 50 / 2 = 25 of 50, so in character 12")
        XCTAssertEqual(single[5], String(repeating: " ", count: 5 + (25 - 8) / 2) + "2025-W10")
        let odd = chart.lines(periods: Array(periods.prefix(4)),
                              series: [LineChart.Series(name: "x", values: [1, .nan, .infinity, 2])])
        XCTAssertTrue(odd[0].hasPrefix("2.0 ┤"), odd[0])
        XCTAssertTrue(odd[3].hasPrefix("1.0 ┤"), odd[3])
    }

    func testANarrowTerminalKeepsTenColumnsOfPlotAndLabelsOnTwoLines() {
        let series = LineChart.Series(name: "x", values: [1, 2])
        let lines = LineChart(unicode: false, width: 8, height: 2, valueText: oneDecimal)
            .lines(periods: ["2025-01-01", "2025-12-31"], series: [series])
        // "2.0" + blank + axis, then 10 columns (the least); the labels (10 + 10) do not fit beside each other.
        XCTAssertEqual(lines[2], "    +----------")
        XCTAssertEqual(lines[3], "     2025-01-01")
        XCTAssertEqual(lines[4], "     2025-12-31")
    }
}
