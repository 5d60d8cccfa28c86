import Foundation
@testable import RapportCore
import XCTest

/// SHA-256 and file fingerprints against Python's hashlib (scripts/sha256_of.py) on the same bytes.
final class SHA256Tests: XCTestCase {
    private var folder: String!

    override func setUp() {
        folder = NSTemporaryDirectory() + "rapport-sha256-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Byte strings of every length around the padding edges (55, 56, 63, 64, 65 …), a short text and 3 MiB + 7.
    private func samples() -> [[UInt8]] {
        var generator = SplitMix64(seed: 11)
        let lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 3 * 1_048_576 + 7]
        return [Array("abc".utf8)] + lengths.map { length in
            (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        }
    }

    /// The sizes and digests hashlib gives for the files.
    private func reference(_ paths: [String]) throws -> [(bytes: Int, sha256: String)] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../scripts/sha256_of.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.standardizedFileURL.path] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return rows.map { ($0["bytes"] as? Int ?? -1, $0["sha256"] as? String ?? "") }
    }

    private func write(_ samples: [[UInt8]]) -> [String] {
        samples.enumerated().map { index, bytes in
            let path = folder + "/sample-\(index)"
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            return path
        }
    }

    func testDigestsMatchHashlibWithAndWithoutTheSHAExtensions() throws {
        let samples = samples()
        let expected = try reference(write(samples))
        XCTAssertEqual(expected.count, samples.count)
        for (bytes, reference) in zip(samples, expected) {
            XCTAssertEqual(SHA256.hex(of: bytes), reference.sha256, "\(bytes.count) bytes")
            var portable = SHA256(hardware: false)
            portable.update(bytes)
            XCTAssertEqual(portable.hexDigest(), reference.sha256, "\(bytes.count) bytes in Swift")
        }
        if !SHA256.hasHardware { print("note: this processor has no SHA extensions; only the Swift rounds ran") }
        XCTAssertEqual(expected[0].sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                       "FIPS 180-2 'abc'")
    }

    func testPiecesOfAnySizeGiveTheDigestOfTheWhole() throws {
        let bytes = Array((samples().last ?? []).prefix(200_007))
        let whole = SHA256.hex(of: bytes)
        for (piece, hardware) in [(1, true), (7, false), (63, true), (64, false), (65, true), (4096, false),
                                  (1_000_003, true), (1_000_003, false)] {
            var digest = SHA256(hardware: hardware)
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + piece)
                digest.update(Array(bytes[start..<end]))
                start = end
            }
            XCTAssertEqual(digest.hexDigest(), whole, "pieces of \(piece), hardware \(hardware)")
        }
    }

    func testFingerprintGivesTheFilesSizeAndDigest() throws {
        let samples = samples()
        let paths = write(samples)
        let expected = try reference(paths)
        for (path, reference) in zip(paths, expected) {
            let file = try FileFingerprint(path).sourceFile(preset: "p")
            XCTAssertEqual(file.path, path)
            XCTAssertEqual(file.bytes, reference.bytes)
            XCTAssertEqual(file.sha256, reference.sha256)
            XCTAssertEqual(file.preset, "p")
        }
    }

    func testFingerprintOfAMissingFileNamesIt() {
        let path = folder + "/nothere.csv"
        XCTAssertThrowsError(try FileFingerprint(path).sourceFile(preset: nil)) { error in
            XCTAssertTrue((error as? RapportError)?.message.en.contains(path) == true)
        }
    }
}
