import Foundation
import RapportCore
import XCTest
@testable import RapportShell

/// EditLineHistory: what is saved and loaded, save failures, and where the history file is.
final class EditLineHistoryTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        TerminalLocale.useUTF8CharacterType()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The lines of a saved history file, without libedit's header line and with its `\040` blanks decoded.
    private func savedLines(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.replacingOccurrences(of: "\\040", with: " ") }
    }

    func testSavesTrimmedLinesWithoutEmptiesOrAdjacentRepeats() throws {
        let path = directory.appendingPathComponent("state/rapport/history").path
        let history = EditLineHistory(path: path)
        history.add("show posts ")
        history.add("show posts")
        history.add("   ")
        history.add("score Grüße")
        history.add("show posts")
        try history.save()
        XCTAssertEqual(try savedLines(path), ["show posts", "score Grüße", "show posts"])
    }

    func testLoadsWhatWasSaved() throws {
        let path = directory.appendingPathComponent("history").path
        let first = EditLineHistory(path: path)
        first.add("open demo")
        try first.save()
        let second = EditLineHistory(path: path)
        second.add("show posts")
        try second.save()
        XCTAssertEqual(try savedLines(path), ["open demo", "show posts"])
    }

    func testSaveFailureNamesTheFile() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let blocker = directory.appendingPathComponent("file")
        try Data().write(to: blocker)
        let path = blocker.appendingPathComponent("history").path
        let history = EditLineHistory(path: path)
        history.add("x")
        XCTAssertThrowsError(try history.save()) { error in
            XCTAssertTrue((error as? RapportError)?.message.en.contains(path) ?? false)
        }
    }

    func testDefaultPathPrefersRapportHistory() {
        let environment = ["RAPPORT_HISTORY": "/a/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"]
        XCTAssertEqual(EditLineReader.defaultHistoryPath(environment: environment), "/a/h")
    }

    func testDefaultPathUsesXDGStateHome() {
        let environment = ["XDG_STATE_HOME": "/s", "HOME": "/home/u"]
        XCTAssertEqual(EditLineReader.defaultHistoryPath(environment: environment), "/s/rapport/history")
    }

    func testDefaultPathFallsBackToHome() {
        XCTAssertEqual(EditLineReader.defaultHistoryPath(environment: ["HOME": "/home/u"]),
                       "/home/u/.local/state/rapport/history")
        XCTAssertEqual(EditLineReader.defaultHistoryPath(environment: ["RAPPORT_HISTORY": "", "HOME": "/home/u"]),
                       "/home/u/.local/state/rapport/history")
    }
}
