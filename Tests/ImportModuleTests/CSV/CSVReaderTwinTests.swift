import RapportTestSupport
import XCTest
import RapportCore
@testable import ImportModule

/// The UCI Facebook metrics file against its German, UTF-16 and Windows-1252 twins in Fixtures/encodings,
/// written by Fixtures/encodings/make_twins.py; expected.json holds what Python's csv module read back.
final class CSVReaderTwinTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/encodings")

    private func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    private func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture("expected.json")))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private var english: CSVTable {
        get throws { try CSVReader.read(file: SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv")) }
    }

    /// Asserts that every column of `english` is in `twin` under the same name, type and values.
    private func assertSameNumbers(_ twin: CSVTable, _ english: CSVTable, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(twin.rowCount, english.rowCount, file: file, line: line)
        for column in english.columns {
            guard let other = twin.columns.first(where: { $0.name == column.name }) else {
                return XCTFail("\(column.name) is missing", file: file, line: line)
            }
            XCTAssertEqual(other.type, column.type, column.name, file: file, line: line)
            XCTAssertEqual(other.data, column.data, column.name, file: file, line: line)
        }
    }

    func testGermanTwinImportsToTheSameNumbers() throws {
        let german = try CSVReader.read(file: fixture("facebook-metrics.de.csv"))
        let english = try english
        XCTAssertEqual(german.numberFormat, .comma)
        XCTAssertEqual(german.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(german.columns.count, english.columns.count + 1)
        assertSameNumbers(german, english)
        // The extra column: Total Interactions / Lifetime Post Total Reach with decimal commas (0,0363).
        let values = try expected()
        guard case .decimal(let ratios, let missing) = german.columns.last?.data else { return XCTFail("not decimal") }
        XCTAssertEqual(missing.count, 0)
        XCTAssertEqual(ratios.count, values["rows"] as? Int)
        XCTAssertEqual(ratios.reduce(0, +), try XCTUnwrap(values["ratio_sum"] as? Double), accuracy: 1e-9)
        XCTAssertEqual(ratios.first, values["ratio_first"] as? Double)
        XCTAssertEqual(ratios.last, values["ratio_last"] as? Double)
    }

    func testUTF16TwinWithSeparatorLineImportsToTheSameNumbers() throws {
        let twin = try CSVReader.read(file: fixture("facebook-metrics.utf16le.csv"))
        XCTAssertEqual(twin.encoding, .utf16)
        XCTAssertEqual(twin.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(twin.columns.count, 19)
        assertSameNumbers(twin, try english)
    }

    func testWindows1252FileIsDetectedAndDecoded() throws {
        let table = try CSVReader.read(file: fixture("cities.windows-1252.csv"))
        let values = try expected()
        XCTAssertEqual(table.encoding, .windows1252)
        XCTAssertEqual(table.columns.map(\.name), ["Stadt", "Einwohner", "Anteil", "Notiz"])
        XCTAssertEqual((0..<3).map { table.columns[0].data[$0] }, try XCTUnwrap(values["cities"] as? [String]).map(Cell.text))
        XCTAssertEqual((0..<3).map { table.columns[3].data[$0] }, try XCTUnwrap(values["notes"] as? [String]).map(Cell.text))
        // 1.512.491 and 1.087.863 with thousands dots; "-" is missing.
        XCTAssertEqual(table.columns[1].data, .integer([1_512_491, 1_087_863, 0], MissingMask(flags: [false, false, true])))
        XCTAssertEqual(table.percentColumns, ["Anteil"])
        guard case .decimal(let shares, _) = table.columns[2].data else { return XCTFail("Anteil is not decimal") }
        let expectedShares = try XCTUnwrap(values["shares"] as? [Double])
        for (share, wanted) in zip(shares, expectedShares) { XCTAssertEqual(share, wanted, accuracy: 1e-15) }
    }

    func testForcedEncodingsOverrideDetection() throws {
        // Read as UTF-8 on purpose, the 1252 byte FC in "M\xfcnchen" (line 2, character 2) is an error.
        XCTAssertThrowsError(try CSVReader.read(file: fixture("cities.windows-1252.csv"), options: CSVOptions(encoding: .utf8))) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.csvNotUTF8)
            XCTAssertEqual(($0 as? RapportError)?.position,
                           SourcePosition(file: self.fixture("cities.windows-1252.csv"), line: 2, column: 2))
        }
        // A UTF-8 file forced to Windows-1252 turns "ü" (C3 BC) into "Ã¼", as Excel would show it.
        let table = try CSVReader.read(bytes: Array("Stadt\nMünchen\n".utf8), fileName: "u.csv",
                                       options: CSVOptions(encoding: .windows1252))
        XCTAssertEqual(table.columns[0].data[0], .text("MÃ¼nchen"))
    }
}
