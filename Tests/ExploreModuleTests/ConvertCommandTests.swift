import XCTest
@testable import ExploreModule
@testable import RapportCore
import RapportTestSupport

/// `convert` and `derive … = number(…)` repair a text column; expected values by hand: 3.3k = 3.3 × 1000 = 3300,
/// 1,2 Mio. = 1.2 × 1,000,000 = 1,200,000, 45 % = 45 / 100 = 0.45.
final class ConvertCommandTests: XCTestCase {
    /// A client file's column as it arrives: numbers with units, one cell that is none, one missing.
    private static let table = Dataset(name: "t", columns: [
        Column.text("raw", ["3.3k", "1,2 Mio.", "45 %", "abc", nil], role: .likes),
        Column.text("stamp", ["01.03.2025 14:05", "1.3.2025 9:00", "bad", "", nil]),
        Column.text("whole", ["1,234", "2.5", "7", "-", " 12 "]),
        Column.decimal("share", [2, 2.5, 0, 1, nil]),
        Column(name: "flag", data: .boolean([true, false, true, false, true], MissingMask())),
    ])

    private func harness() throws -> CommandHarness {
        try CommandHarness(commands: ExploreModule.commands, datasets: [Self.table])
    }

    private func numbers(_ harness: CommandHarness, _ column: String) throws -> [Double?] {
        try harness.numbers("t", column)
    }

    private func assertRepaired(_ values: [Double?], file: StaticString = #filePath, line: UInt = #line) {
        let expected: [Double?] = [3300, 1_200_000, 0.45, nil, nil]
        XCTAssertEqual(values.count, expected.count, file: file, line: line)
        for (value, wanted) in zip(values, expected) {
            XCTAssertEqual(value == nil, wanted == nil, file: file, line: line)
            if let value, let wanted { XCTAssertEqual(value, wanted, accuracy: 1e-9, file: file, line: line) }
        }
    }

    func testDeriveNumberAndConvertRepairTheSameColumn() throws {
        let harness = try harness()
        try harness.run("derive t clean = number(raw)")
        assertRepaired(try numbers(harness, "clean"))
        let result = try harness.run("convert t raw to decimal")
        assertRepaired(try numbers(harness, "raw"))
        let raw = try XCTUnwrap(try harness.workspace.dataset(named: "t").column(named: "raw"))
        XCTAssertEqual(raw.type, .decimal)
        XCTAssertEqual(raw.role, .likes, "the column keeps its role")
        XCTAssertEqual(try harness.workspace.dataset(named: "t").columnNames.first, "raw", "and its place")
        guard case .object(let fields) = result.json else { return XCTFail("convert's JSON is an object") }
        XCTAssertEqual(fields.first { $0.0 == "failed" }?.1, .integer(1))
        XCTAssertEqual(fields.first { $0.0 == "failed_rows" }?.1,
                       .array([.object([("row", .integer(4)), ("value", .string("abc"))])]))
        let message = fields.first { $0.0 == "message" }?.1
        XCTAssertEqual(message, .string("converted raw in t to decimal; 1 cell could not be read and is now missing: "
                                        + "row 4 \"abc\""))
    }

    func testStrictRefusesNamingTheFirstCellAndChangesNothing() throws {
        let harness = try harness()
        let error = harness.error("convert t raw to decimal --strict")
        XCTAssertEqual(error?.message, Words.convertRefused(row: 4, value: "abc", column: "raw", type: "decimal"))
        XCTAssertEqual(error?.excerpt?.offset, 10)
        XCTAssertEqual(try harness.workspace.dataset(named: "t").column(named: "raw")?.type, .text)
        XCTAssertEqual(harness.error("convert t whole to integer --strict")?.message,
                       Words.convertRefused(row: 2, value: "2.5", column: "whole", type: "integer"))
    }

    func testWholeNumbersAndTimes() throws {
        let harness = try harness()
        // 1,234 = 1234; 2.5 is no whole number; - is missing, not a failure; blanks around 12 do not count.
        let result = try harness.run("convert t whole to integer")
        XCTAssertEqual(try harness.cells("t", "whole"), [.integer(1234), .missing, .integer(7), .missing, .integer(12)])
        XCTAssertTrue(Self.text(of: result).contains("1 cell could not be read"), Self.text(of: result))
        // 2025-03-01 14:05 UTC = 1740837900 and 09:00 = 1740819600 (calendar.timegm); "" is missing.
        try harness.run("convert t stamp to time --format \"%d.%m.%Y %H:%M\"")
        XCTAssertEqual(try harness.cells("t", "stamp"),
                       [.time(1_740_837_900), .time(1_740_819_600), .missing, .missing, .missing])
    }

    func testTheImportsTimeRulesInTheTimezoneSetting() throws {
        let harness = try harness()
        try harness.workspace.perform(command: "set", logged: false) {
            try harness.workspace.setSetting("timezone", to: "Europe/Berlin")
        }
        // 14:05 on Berlin's clock in winter is 13:05Z = 1740834300; 09:00 is 08:00Z = 1740816000.
        try harness.run("convert t stamp to time")
        XCTAssertEqual(try harness.cells("t", "stamp"),
                       [.time(1_740_834_300), .time(1_740_816_000), .missing, .missing, .missing])
    }

    func testNumbersBooleansAndText() throws {
        let harness = try harness()
        try harness.run("convert t share to integer")
        XCTAssertEqual(try harness.cells("t", "share"), [.integer(2), .missing, .integer(0), .integer(1), .missing])
        try harness.run("convert t share to boolean")
        XCTAssertEqual(try harness.cells("t", "share"), [.missing, .missing, .boolean(false), .boolean(true), .missing])
        try harness.run("convert t flag to integer")
        XCTAssertEqual(try harness.cells("t", "flag"),
                       [.integer(1), .integer(0), .integer(1), .integer(0), .integer(1)])
        try harness.run("convert t flag to text")
        XCTAssertEqual(try harness.cells("t", "flag"), [.text("1"), .text("0"), .text("1"), .text("0"), .text("1")])
    }

    func testRefusalsAndNoOps() throws {
        let harness = try harness()
        let time = harness.error("convert t flag to time")
        XCTAssertEqual(time?.message, Words.cannotConvert("flag", "boolean", "time"))
        XCTAssertEqual(time?.excerpt?.offset, 18)
        XCTAssertEqual(harness.error("convert t share to time --format %Y")?.message, Words.convertFormatOnlyForTimes)
        let line = "convert t stamp to time --format \"%d.%q.%Y\""
        let format = harness.error(line)
        let directive = try XCTUnwrap(line.range(of: "%q")).lowerBound
        XCTAssertEqual(format?.excerpt?.offset, line.distance(from: line.startIndex, to: directive))
        XCTAssertNotNil(harness.error("convert t raw to number"), "not a type")
        XCTAssertNotNil(harness.error("convert t raw into decimal"))
        XCTAssertEqual(harness.error("convert t rwa to decimal")?.excerpt?.offset, 10)
        let same = try harness.run("convert t raw to text")
        XCTAssertEqual(Self.text(of: same), "raw in t is text already; nothing changed")
    }

    func testUndoTakesTheConversionBack() throws {
        let harness = try harness()
        try harness.run("convert t raw to decimal")
        _ = try harness.workspace.perform(command: "undo", logged: false) { try harness.workspace.undo() }
        XCTAssertEqual(try harness.workspace.dataset(named: "t"), Self.table)
    }

    /// The result's sentences.
    private static func text(of result: CommandResult) -> String {
        result.blocks.compactMap { if case .text(let text) = $0 { return text }; return nil }.joined(separator: "\n")
    }
}
