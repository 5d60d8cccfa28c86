import XCTest
@testable import ImportModule

/// UTF-16 to UTF-8; expected bytes by hand from the code points (Python: `'a€😀'.encode('utf-16-le')`).
final class UTF16DecoderTests: XCTestCase {
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
}
