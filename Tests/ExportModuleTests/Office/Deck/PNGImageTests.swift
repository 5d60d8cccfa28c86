@testable import ExportModule
import Foundation
import RapportCore
import XCTest

/// Reading a PNG's size from its header and fitting it into a box.
final class PNGImageTests: XCTestCase {
    func testReadsTheSizeOfTheLogo() throws {
        let logo = try PNGImage(try DeckSample.logo)
        XCTAssertEqual([logo.width, logo.height], [360, 120])
        // Into 110 × 40 points: width bound would give 110 × 36.7, height bound 120 × 40; the smaller scale wins.
        let right = logo.fitted(in: Frame(x: 800, y: 28, width: 110, height: 40), right: true)
        XCTAssertEqual(right.width, 110, accuracy: 1e-9)
        XCTAssertEqual(right.height, 110.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(right.x + right.width, 910, accuracy: 1e-9)
        XCTAssertEqual(right.y, 28 + (40 - 110.0 / 3) / 2, accuracy: 1e-9)
    }

    func testRefusesWhatIsNotAPNG() {
        for bytes in [Data("GIF89a not a png at all....".utf8), Data([0x89, 0x50, 0x4E, 0x47]), Data()] {
            XCTAssertThrowsError(try PNGImage(bytes)) {
                XCTAssertEqual(($0 as? RapportError)?.message, Words.officeLogoNotPNG)
            }
        }
        // A header with a width of 0.
        let zero = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0, 0, 0, 0, 0, 1])
        XCTAssertThrowsError(try PNGImage(zero))
    }
}
