import Foundation
import XCTest
@testable import PluginHost

/// Splitting a plugin's output into lines, and the byte limit.
final class OutputLinesTests: XCTestCase {
    /// Polls until the collector has a line or finished, for at most five seconds.
    private func next(_ lines: OutputLines) -> (line: String?, finished: Bool, overflowed: Bool) {
        let deadline = Date().addingTimeInterval(5)
        var state = lines.poll()
        while state.line == nil && !state.finished && !state.overflowed && Date() < deadline {
            usleep(1_000)
            state = lines.poll()
        }
        return state
    }

    func testLinesWrittenInPiecesComeOutWhole() throws {
        let pipe = Pipe()
        let lines = OutputLines(pipe.fileHandleForReading, limit: 1_000)
        pipe.fileHandleForWriting.write(Data("ab".utf8))
        usleep(20_000)
        XCTAssertNil(lines.poll().line, "no newline yet")
        pipe.fileHandleForWriting.write(Data("c\nd\nrest".utf8))
        XCTAssertEqual(next(lines).line, "abc")
        XCTAssertEqual(next(lines).line, "d")
        try pipe.fileHandleForWriting.close()
        let end = next(lines)
        XCTAssertNil(end.line, "a last line without a newline is not an answer")
        XCTAssertTrue(end.finished)
    }

    func testMoreThanTheLimitOverflows() throws {
        let pipe = Pipe()
        let lines = OutputLines(pipe.fileHandleForReading, limit: 10)
        pipe.fileHandleForWriting.write(Data("0123456789X".utf8))
        XCTAssertTrue(next(lines).overflowed, "11 bytes are more than 10")
        try pipe.fileHandleForWriting.close()
    }
}
