import XCTest
@testable import ImportModule

/// Windows-1252 to UTF-8; expected bytes by hand from the code page and checked with Python's cp1252.
final class Windows1252DecoderTests: XCTestCase {
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
