import XCTest
@testable import RapportCore

/// Percentages and abbreviated counts; expected values by hand (3,5 % = 3.5 / 100 = 0.035, 3.3k = 3.3 × 1000).
final class ScaledNumberTests: XCTestCase {
    private func parse(_ text: String, _ format: NumberFormat = .point) -> (value: Double, percent: Bool)? {
        var copy = text
        return copy.withUTF8 { ScaledNumber.parse($0, format: format) }
    }

    func testPercentagesBecomeFractions() {
        XCTAssertEqual(parse("3,5 %", .comma)?.value ?? 0, 0.035, accuracy: 1e-15)
        XCTAssertEqual(parse("3.5%")?.value ?? 0, 0.035, accuracy: 1e-15)
        XCTAssertEqual(parse("12 %")?.value, 0.12)
        XCTAssertEqual(parse("12\u{A0}%")?.value, 0.12)       // no-break space, as French and German Excel write
        XCTAssertEqual(parse("12 %")?.percent, true)
        XCTAssertEqual(parse("-0.5%")?.value, -0.005)
    }

    func testAbbreviatedCounts() {
        XCTAssertEqual(parse("3.3k")?.value ?? 0, 3300, accuracy: 1e-9)
        XCTAssertEqual(parse("475.8m")?.value ?? 0, 475_800_000, accuracy: 1e-6)
        XCTAssertEqual(parse("29.0b")?.value, 29_000_000_000)
        XCTAssertEqual(parse("29.0B")?.value, 29_000_000_000)
        XCTAssertEqual(parse("1,2 Mio.", .comma)?.value ?? 0, 1_200_000, accuracy: 1e-6)
        XCTAssertEqual(parse("3 Tsd.", .comma)?.value, 3000)
        XCTAssertEqual(parse("1,5 Mrd.", .comma)?.value, 1_500_000_000)
        XCTAssertEqual(parse("2 Mio", .comma)?.value, 2_000_000)
        XCTAssertEqual(parse("3.3k")?.percent, false)
    }

    func testPlainNumbersPassAndOtherTextFails() {
        XCTAssertEqual(parse("1,234.5")?.value, 1234.5)
        XCTAssertNil(parse("k"))
        XCTAssertNil(parse("%"))
        XCTAssertNil(parse("abc%"))
        XCTAssertNil(parse("3.3 kilo"))
        XCTAssertNil(parse("Mio."))
    }
}
