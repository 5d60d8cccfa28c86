import XCTest
@testable import ImportModule

/// Encoding detection; expected offsets worked out by hand from the UTF-8 byte patterns.
final class TextEncodingTests: XCTestCase {
    private func detect(_ bytes: [UInt8]) -> TextEncoding {
        bytes.withUnsafeBufferPointer { TextEncoding.detect($0) }
    }

    func testDetectsUTF16ByItsMarkWindows1252ByInvalidUTF8AndElseUTF8() {
        XCTAssertEqual(detect([0xFF, 0xFE, 0x61, 0x00]), .utf16)
        XCTAssertEqual(detect([0xFE, 0xFF, 0x00, 0x61]), .utf16)
        XCTAssertEqual(detect(Array("M\u{FC}nchen".utf8)), .utf8)
        XCTAssertEqual(detect([0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E]), .windows1252)  // "M\xfcnchen"
        XCTAssertEqual(detect([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8)), .utf8)
    }

    func testTheProbeAndTheSpotsDecideAndCharactersCutByTheirEdgesAreNoEvidence() {
        let probe = TextEncoding.probeLength
        // "ü" is C3 BC; with its first byte the probe's last, the probe alone looks cut off.
        let cut = [UInt8](repeating: 0x61, count: probe - 1) + [0xC3, 0xBC]
        XCTAssertEqual(detect(cut), .utf8)
        let early = [UInt8](repeating: 0x61, count: probe - 10) + [0xFC] + [UInt8](repeating: 0x61, count: 20)
        XCTAssertEqual(detect(early), .windows1252)
        // Beyond the probe, 16 × 2^16 more bytes: the spots start at probe + 2^16 × k for k = 1 … 15.
        let rest = 16 << 16
        var late = [UInt8](repeating: 0x61, count: probe + rest)
        late[probe + (5 << 16) + 100] = 0xFC
        XCTAssertEqual(detect(late), .windows1252)
        late[probe + (5 << 16) + 100] = 0x61
        late[probe + 100] = 0xFC  // between the probe and the first spot: not looked at
        XCTAssertEqual(detect(late), .utf8)
        // A spot that starts inside "€" (E2 82 AC) and one that ends inside it are valid.
        var edges = [UInt8](repeating: 0x61, count: probe + rest)
        edges.replaceSubrange((probe + (3 << 16) - 1)..<(probe + (3 << 16) + 2), with: [0xE2, 0x82, 0xAC])
        edges.replaceSubrange((probe + (7 << 16) + (1 << 16) - 2)..<(probe + (7 << 16) + (1 << 16) + 1), with: [0xE2, 0x82, 0xAC])
        XCTAssertEqual(detect(edges), .utf8)
    }

    func testFirstInvalidUTF8FindsTheOffendingByte() {
        func invalid(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { TextEncoding.firstInvalidUTF8($0) } }
        XCTAssertNil(invalid(Array("plain ASCII text, long enough for words; ä € 😀".utf8)))
        XCTAssertEqual(invalid(Array("0123456789".utf8) + [0xFC]), 10)
        XCTAssertEqual(invalid([0x61, 0xC3]), 1)            // lead byte with nothing after it
        XCTAssertEqual(invalid([0x61, 0xE2, 0x82, 0x41]), 1)  // "€" is E2 82 AC; 0x41 is no continuation
        XCTAssertEqual(invalid([0xC0, 0x80]), 0)            // overlong encoding of NUL
    }

    func testABadByteBetweenTheSpotsIsReadAsReplacementAndNamed() throws {
        // 3 MiB: the probe is the first MiB, the 15 spots of 64 KiB start every 128 KiB after it, so the
        // stretch from 1 MiB + 5 × 128 KiB + 64 KiB to the next spot is never looked at.
        var text = Array("id,city\n".utf8)
        var id = 0
        func row(_ city: [UInt8]) {
            text += Array("\(id),".utf8) + city + [0x0A]
            id += 1
        }
        while text.count < (1 << 20) + 5 * (128 << 10) + (80 << 10) { row(Array("Basel".utf8)) }
        row([0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68])
        while text.count < 3 << 20 { row(Array("Basel".utf8)) }
        let path = NSTemporaryDirectory() + "late-byte-\(getpid()).csv"
        try Data(text).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try CSVReader.read(file: path)
        XCTAssertEqual(table.encoding, .utf8, "the samples were UTF-8")
        XCTAssertEqual(table.repairedColumns, ["city"])
        XCTAssertEqual(table.columns[1].data.missing.count, 0)
    }
}
