import Foundation
import ImportModule
import RapportCore
import RapportTestSupport
import SurveyModule
import XCTest

/// `survey import`: one row per respondent, answers as typed, errors with file, line and column, nothing kept on error.
final class SurveyImportingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func harness() throws -> CommandHarness {
        let harness = try CommandHarness(commands: SurveyModule.commands, tableReader: ImportModule.tableReader)
        try harness.run("survey instrument add \(SurveyHarness.fixtures.appendingPathComponent("team-climate.json").path)")
        try harness.run("survey new climate --instrument team-climate")
        return harness
    }

    private func write(_ text: String) throws -> String {
        let url = folder.appendingPathComponent("answers.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testRowsBecomeRespondents() throws {
        let harness = try harness()
        let path = try write("respondent,group,o1,o2,o3,c1,c2,c3\nanna,it,5,4,1,4,2,5\nben,it,3,3,3,,skip,2\n")
        try harness.run("survey import climate \(path)")
        XCTAssertEqual(try SurveyHarness.texts(harness, "climate", "respondent"), Array(repeating: "anna", count: 6) + Array(repeating: "ben", count: 5))
        XCTAssertEqual(try SurveyHarness.texts(harness, "climate", "numbers").suffix(2), [nil, "2"])
        XCTAssertEqual(harness.workspace.entries.map(\.name), ["survey-instruments", "climate-survey", "climate"],
                       "nothing but the answers is stored")
        // The origin names the file read, with its size and SHA-256 (of these 76 bytes, by Python's hashlib.sha256).
        let file = try XCTUnwrap(harness.workspace.entry(named: "climate")?.origin?.files.first)
        XCTAssertEqual(file.path, path)
        XCTAssertEqual(file.bytes, 76)
        XCTAssertEqual(file.sha256, "99302edd64bc8bb0e846895e647d770759cecdc1162c8a74d535458748c40a78")
    }

    func testWithoutTheImportModulesReaderTheFileCannotBeRead() throws {
        let harness = try CommandHarness(commands: SurveyModule.commands)
        try harness.run("survey instrument add \(SurveyHarness.fixtures.appendingPathComponent("team-climate.json").path)")
        try harness.run("survey new climate --instrument team-climate")
        let path = try write("respondent,o1\nanna,5\n")
        XCTAssertEqual(harness.error("survey import climate \(path)")?.message.en,
                       "reading files needs the import module, which is not loaded")
    }

    func testBadCellNamesLineAndColumnAndKeepsNothing() throws {
        let harness = try harness()
        let path = try write("respondent,o1,o2\nanna,5,4\nben,3,9\n")
        let error = try XCTUnwrap(harness.error("survey import climate \(path)"))
        XCTAssertEqual(error.message.en, "'9' is not a rating; give a whole number from 1 to 5")
        XCTAssertEqual(error.position, SourcePosition(file: path, line: 3, column: 3))
        XCTAssertEqual(try harness.workspace.dataset(named: "climate").rowCount, 0)
    }

    func testUnknownColumnIsRefused() throws {
        let harness = try harness()
        let path = try write("respondent,o9\nanna,5\n")
        XCTAssertTrue(harness.error("survey import climate \(path)")?.message.en.contains("the column 'o9' is no question") ?? false)
    }
}
