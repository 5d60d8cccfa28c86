import Foundation
import XCTest
@testable import RapportCore

/// Writing to standard output when its reader has gone: the stream closes, the process lives on.
final class StandardStreamTests: XCTestCase {
    func testAWriteAfterTheReaderLeftClosesTheStreamInsteadOfEndingTheProcess() throws {
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        var ends: [Int32] = [-1, -1]
        XCTAssertEqual(pipe(&ends), 0)
        defer { close(ends[1]) }
        let stream = StandardStream(descriptor: ends[1])
        stream.write("first\n")
        XCTAssertFalse(stream.isClosed)
        var buffer = [UInt8](repeating: 0, count: 16)
        XCTAssertEqual(read(ends[0], &buffer, 16), 6)
        close(ends[0])
        stream.write("second\n")
        XCTAssertTrue(stream.isClosed, "EPIPE closes the stream")
        stream.write("third\n")
        XCTAssertTrue(stream.isClosed)
    }

    func testLongTextIsWrittenWhole() throws {
        let path = NSTemporaryDirectory() + "stream-\(UUID().uuidString)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { unlink(path) }
        let text = String(repeating: "äbc\n", count: 100_000)
        StandardStream(descriptor: descriptor).write(text)
        close(descriptor)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text)
    }
}
