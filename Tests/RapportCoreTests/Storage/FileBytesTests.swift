import Foundation
import XCTest
@testable import RapportCore

/// Reading a whole file: regular files only, so a FIFO or a device can neither block nor flood the reader.
final class FileBytesTests: XCTestCase {
    func testARegularFileIsReadWholeAndAMissingOneIsNil() throws {
        let path = makeTemporaryDirectory() + "/a.txt"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("äb\n".utf8)))
        XCTAssertEqual(try FileBytes.read(path), Array("äb\n".utf8))
        XCTAssertNil(try FileBytes.read(path + ".missing"))
    }

    func testAFIFOWithoutAWriterIsRefusedAtOnce() throws {
        let path = makeTemporaryDirectory() + "/fifo"
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        XCTAssertThrowsError(try FileBytes.read(path)) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.notARegularFile(path))
        }
        XCTAssertThrowsError(try FileBytes.requireRegularFile(path))
    }

    func testADeviceAndAFolderAreRefused() throws {
        XCTAssertThrowsError(try FileBytes.read("/dev/zero")) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.notARegularFile("/dev/zero"))
        }
        let folder = makeTemporaryDirectory()
        XCTAssertThrowsError(try FileBytes.requireRegularFile(folder)) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.notARegularFile(folder))
        }
    }
}
