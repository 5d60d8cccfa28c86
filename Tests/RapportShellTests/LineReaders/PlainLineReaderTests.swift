import Foundation
import RapportCore
import XCTest
@testable import RapportShell

/// PlainLineReader: line endings, the last line, empty lines, UTF-8 and the byte order mark.
final class PlainLineReaderTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("plain-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private func reader(over bytes: [UInt8], named name: String = "script.rap") throws -> PlainLineReader {
        let file = directory.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return try PlainLineReader(path: file.path)
    }

    private func readAll(_ reader: PlainLineReader) -> [LineInput] {
        var inputs: [LineInput] = []
        while true {
            let input = reader.readLine(prompt: "> ")
            inputs.append(input)
            if input == .end { return inputs }
        }
    }

    func testSplitsOnNewlinesAndDropsCarriageReturns() throws {
        let reader = try reader(over: Array("open demo\r\nshow posts\r\n".utf8))
        XCTAssertEqual(readAll(reader), [.line("open demo"), .line("show posts"), .end])
    }

    func testReturnsLastLineWithoutNewline() throws {
        let reader = try reader(over: Array("first\nlast".utf8))
        XCTAssertEqual(readAll(reader), [.line("first"), .line("last"), .end])
    }

    func testKeepsEmptyLines() throws {
        let reader = try reader(over: Array("a\n\n\nb\n".utf8))
        XCTAssertEqual(readAll(reader), [.line("a"), .line(""), .line(""), .line("b"), .end])
    }

    func testEmptyFileEndsAtOnce() throws {
        let reader = try reader(over: [])
        XCTAssertEqual(readAll(reader), [.end])
        XCTAssertEqual(reader.lineNumber, 0)
    }

    func testDecodesUTF8AndReplacesInvalidBytes() throws {
        let reader = try reader(over: Array("Grüße 😀 ß é\n".utf8) + [0x61, 0xFF, 0x62, 0x0A])
        XCTAssertEqual(readAll(reader), [.line("Grüße 😀 ß é"), .line("a\u{FFFD}b"), .end])
    }

    func testDropsByteOrderMarkOnFirstLineOnly() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let reader = try reader(over: bom + Array("one\n".utf8) + bom + Array("two\n".utf8))
        XCTAssertEqual(readAll(reader), [.line("one"), .line("\u{FEFF}two"), .end])
    }

    func testCountsLines() throws {
        let reader = try reader(over: Array("a\nb\nc".utf8))
        XCTAssertEqual(reader.lineNumber, 0)
        _ = reader.readLine(prompt: "")
        XCTAssertEqual(reader.lineNumber, 1)
        _ = reader.readLine(prompt: "")
        _ = reader.readLine(prompt: "")
        XCTAssertEqual(reader.lineNumber, 3)
        XCTAssertEqual(reader.readLine(prompt: ""), .end)
        XCTAssertEqual(reader.lineNumber, 3)
    }

    func testReadsLinesLongerThanOneChunk() throws {
        let long = String(repeating: "x", count: 200_000)
        let reader = try reader(over: Array("\(long)\nshort\n".utf8))
        XCTAssertEqual(readAll(reader), [.line(long), .line("short"), .end])
    }

    func testReadsFromADescriptor() throws {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        let text = Array("piped\nlines\n".utf8)
        XCTAssertEqual(write(ends[1], text, text.count), text.count)
        close(ends[1])
        let reader = PlainLineReader(descriptor: ends[0])
        XCTAssertEqual(readAll(reader), [.line("piped"), .line("lines"), .end])
        XCTAssertEqual(reader.sourceName, "<stdin>")
        XCTAssertFalse(reader.isInteractive)
        close(ends[0])
    }

    func testNamesTheScriptAsItsSource() throws {
        let reader = try reader(over: Array("x\n".utf8), named: "weekly.rap")
        XCTAssertEqual(reader.sourceName, directory.appendingPathComponent("weekly.rap").path)
    }

    func testMissingFileThrowsAnErrorNamingIt() {
        let path = directory.appendingPathComponent("missing.rap").path
        XCTAssertThrowsError(try PlainLineReader(path: path)) { error in
            XCTAssertEqual(error as? RapportError, RapportError(Words.fileNotFound(path)))
            XCTAssertTrue((error as? RapportError)?.message.en.contains(path) ?? false)
        }
    }

    func testDirectoryThrowsAnError() {
        XCTAssertThrowsError(try PlainLineReader(path: directory.path)) { error in
            XCTAssertEqual(error as? RapportError, RapportError(Words.fileIsDirectory(directory.path)))
        }
    }
}
