import XCTest
@testable import RapportCore

/// Terminal heat maps, checked by their structure: a weekday × hour grid fits 80 columns, the lowest and highest
/// cells get the lowest and highest marks, empty cells their own mark and legend entry, plain ASCII without UTF-8.
final class HeatMapTests: XCTestCase {
    private let germanDays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    private let hours = (0..<24).map(String.init)
    private let whole: (Double) -> String = { String(format: "%.0f", $0) }

    /// Values row × 24 + hour (0 … 167), with the cells of Sunday before 6 o'clock empty.
    private var grid: [[Double?]] {
        (0..<7).map { (day: Int) -> [Double?] in
            (0..<24).map { (hour: Int) -> Double? in day == 6 && hour < 6 ? nil : Double(day * 24 + hour) }
        }
    }

    func testAWeekOfHoursFitsEightyColumnsWithGermanDayNames() {
        let lines = HeatMap(unicode: true, width: 80, valueText: whole)
            .lines(rows: germanDays, columns: hours, values: grid, emptyNote: "weniger als 5 Beiträge")
        for line in lines { XCTAssertLessThanOrEqual(ChartText.columns(line), 80, line) }
        // "Donnerstag" is 10 wide: 10 + 1 + 24 × 3 = 83 does not fit, so cells are 2 wide (59 columns) and the hour
        // labels (2 wide) would touch: every second one is written, each over its cell, from column 11.
        var header = String(repeating: " ", count: 11)
        for hour in stride(from: 0, to: 24, by: 2) {
            header += String(hour).padding(toLength: 4, withPad: " ", startingAt: 0)
        }
        XCTAssertEqual(lines[0], ChartText.trimmed(header))
        XCTAssertEqual(String(lines[1].prefix(11)), "Montag     ")
        XCTAssertEqual(lines.count, 1 + 7 + 1, "header, the days, one legend line")
        XCTAssertTrue(lines[1...7].allSatisfy { ChartText.columns($0) == 11 + 48 }, "every row is 24 cells of 2")
    }

    func testLowestAndHighestCellsGetTheEndsOfTheRampAndEmptyCellsADot() {
        let lines = HeatMap(unicode: true, width: 120, valueText: whole)
            .lines(rows: germanDays, columns: hours, values: grid, emptyNote: "weniger als 5 Beiträge")
        // Width 120: cells 3 wide. Monday 0:00 holds the lowest value (0), Sunday 23:00 the highest (167).
        let monday = Array(lines[1].dropFirst(11)), sunday = Array(lines[7].dropFirst(11))
        XCTAssertEqual(String(monday[0..<3]), "░░░")
        XCTAssertEqual(String(sunday[69..<72]), "███")
        // Sunday 0:00–5:00 are empty: a middle dot in each, then Sunday 6:00 holds 150, in the top quarter (≥ 125.25).
        XCTAssertEqual(String(sunday[0..<18]), String(repeating: " · ", count: 6))
        XCTAssertEqual(String(sunday[18..<21]), "███")
        // Four levels of 167 / 4 = 41.75: Monday 23:00 (23) is in the first, Tuesday 23:00 (47) in the second.
        XCTAssertEqual(String(monday[69..<72]), "░░░")
        XCTAssertEqual(String(Array(lines[2].dropFirst(11))[69..<72]), "▒▒▒")
        XCTAssertEqual(lines[0].prefix(16), "            0  1", "labels over the middle of 3-column cells")
        let legend = lines[8...].joined(separator: "  ")
        XCTAssertTrue(legend.contains("░ 0–42"), legend)
        XCTAssertTrue(legend.contains("█ 125–167"), legend)
        XCTAssertTrue(legend.contains("· weniger als 5 Beiträge"), legend)
    }

    func testWithoutUTF8TheMarksAreDigitsAndOnlyASCIIIsWritten() {
        let lines = HeatMap(unicode: false, width: 80, valueText: { "\(Int($0)) – x" })
            .lines(rows: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], columns: hours, values: grid,
                   emptyNote: "fewer than 5 posts", title: "Engagement · hour")
        XCTAssertTrue(lines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, lines.joined(separator: "\n"))
        XCTAssertEqual(lines[0], "Engagement | hour")
        // "Mon" is 3 wide: 3 + 1 + 72 = 76 fits, so cells are 3 wide, each digit in its middle.
        XCTAssertEqual(String(lines[2].prefix(7)), "Mon  0 ")
        XCTAssertTrue(lines[8].hasSuffix(" 9"), "Sunday 23:00 (the highest) is a 9: \(lines[8])")
        XCTAssertTrue(lines[8].hasPrefix("Sun  .  .  .  .  .  . "), lines[8])
        let legend = lines[9...].joined(separator: "  ")
        XCTAssertTrue(legend.contains("0 0 - x-16 - x"), legend)
        XCTAssertTrue(legend.contains(". fewer than 5 posts"), legend)
    }

    func testEqualValuesAllEmptyAndRaggedRowsDoNotTrap() {
        let map = HeatMap(unicode: true, width: 80, valueText: whole)
        let flat = map.lines(rows: ["a", "b"], columns: ["x", "y"], values: [[3, 3], [3, 3]], emptyNote: "none")
        // Equal values are all at the top level, with one legend entry and none for empty cells.
        XCTAssertEqual(flat, ["   x  y", "a ██████", "b ██████", "  █ 3"])
        let empty = map.lines(rows: ["a"], columns: ["x", "y"], values: [], emptyNote: "none")
        XCTAssertEqual(empty, ["   x  y", "a  ·  ·", "  · none"])
        let ragged = map.lines(rows: ["a", "b"], columns: ["x", "y"], values: [[1], [2, .nan, 9]], emptyNote: "none")
        XCTAssertEqual(ragged[1], "a ░░░ ·", "y of a is missing")
        XCTAssertEqual(ragged[2], "b ███ ·", "a value that is not a number is empty; one beyond the columns is ignored")
    }
}
