import XCTest
@testable import ImportModule

/// Encoding detection and the two decoders; expected bytes worked out by hand from the Unicode and
/// Windows-1252 tables (and checked with Python: `'München'.encode('utf-8')`, `b'\x80'.decode('cp1252')`).
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

    func testOnlyTheProbeDecidesAndACharacterCutByItsEndIsNoEvidence() {
        // "ü" is C3 BC; placed so that its first byte is the probe's last, the probe alone looks cut off.
        let cut = [UInt8](repeating: 0x61, count: TextEncoding.probeLength - 1) + [0xC3, 0xBC]
        XCTAssertEqual(detect(cut), .utf8)
        let late = [UInt8](repeating: 0x61, count: TextEncoding.probeLength) + [0xFC]
        XCTAssertEqual(detect(late), .utf8)
        let early = [UInt8](repeating: 0x61, count: TextEncoding.probeLength - 10) + [0xFC] + [UInt8](repeating: 0x61, count: 20)
        XCTAssertEqual(detect(early), .windows1252)
    }

    func testFirstInvalidUTF8FindsTheOffendingByte() {
        func invalid(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { TextEncoding.firstInvalidUTF8($0) } }
        XCTAssertNil(invalid(Array("plain ASCII text, long enough for words; ä € 😀".utf8)))
        XCTAssertEqual(invalid(Array("0123456789".utf8) + [0xFC]), 10)
        XCTAssertEqual(invalid([0x61, 0xC3]), 1)            // lead byte with nothing after it
        XCTAssertEqual(invalid([0x61, 0xE2, 0x82, 0x41]), 1)  // "€" is E2 82 AC; 0x41 is no continuation
        XCTAssertEqual(invalid([0xC0, 0x80]), 0)            // overlong encoding of NUL
    }

    func testUTF16DecodesBothByteOrdersAndSurrogatePairs() {
        // "a€😀": U+0061, U+20AC, U+1F600 = D83D DE00 in UTF-16; UTF-8 61 | E2 82 AC | F0 9F 98 80.
        let little: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0xAC, 0x20, 0x3D, 0xD8, 0x00, 0xDE]
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x61, 0x20, 0xAC, 0xD8, 0x3D, 0xDE, 0x00]
        let utf8: [UInt8] = [0x61, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80]
        XCTAssertEqual(little.withUnsafeBufferPointer { UTF16Decoder.utf8($0) }, utf8)
        XCTAssertEqual(big.withUnsafeBufferPointer { UTF16Decoder.utf8($0) }, utf8)
        // A lone high surrogate becomes U+FFFD (EF BF BD).
        let lone: [UInt8] = [0xFF, 0xFE, 0x3D, 0xD8, 0x62, 0x00]
        XCTAssertEqual(lone.withUnsafeBufferPointer { UTF16Decoder.utf8($0) }, [0xEF, 0xBF, 0xBD, 0x62])
    }

    func testWindows1252MapsLatin1AndTheHighPunctuation() {
        // ü FC → C3 BC; € 80 → E2 82 AC; „ 84 → E2 80 9E; ß DF → C3 9F; 0x81 is undefined and kept as U+0081 (C2 81).
        let bytes: [UInt8] = [0x4D, 0xFC, 0x80, 0x84, 0xDF, 0x81]
        XCTAssertEqual(bytes.withUnsafeBufferPointer { Windows1252Decoder.utf8($0) },
                       [0x4D, 0xC3, 0xBC, 0xE2, 0x82, 0xAC, 0xE2, 0x80, 0x9E, 0xC3, 0x9F, 0xC2, 0x81])
    }

    func testHighTableMatchesPythonsCP1252() {
        // Python: [ord(bytes([b]).decode('cp1252')) for b in range(0x80, 0xA0)], nil where it refuses the byte.
        let python: [UInt32?] = [
            0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
            nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
        ]
        for (index, scalar) in Windows1252Decoder.high.enumerated() {
            XCTAssertEqual(scalar.value, python[index] ?? UInt32(0x80 + index), "byte \(0x80 + index)")
        }
    }
}
