import XCTest
import RapportCore
@testable import ImportModule

/// Field parsers; expected values computed by hand (times with Python's calendar.timegm).
final class ValueParserTests: XCTestCase {
    private func with<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var copy = text
        return copy.withUTF8(body)
    }

    func testNumbers() {
        XCTAssertEqual(with("-42") { NumberFormat.point.integer($0) }, -42)
        XCTAssertEqual(with("12,400") { NumberFormat.point.integer($0) }, 12_400)
        XCTAssertNil(with("1,5") { NumberFormat.point.integer($0) })
        XCTAssertNil(with("9223372036854775808") { NumberFormat.point.integer($0) })
        XCTAssertEqual(with("9223372036854775807") { NumberFormat.point.integer($0) }, Int64.max)
        XCTAssertEqual(with("-9223372036854775808") { NumberFormat.point.integer($0) }, Int64.min, "it read as a decimal")
        XCTAssertEqual(with("-9,223,372,036,854,775,808") { NumberFormat.point.integer($0) }, Int64.min)
        XCTAssertNil(with("-9223372036854775809") { NumberFormat.point.integer($0) })
        XCTAssertEqual(with("-0") { NumberFormat.point.integer($0) }, 0)
        XCTAssertEqual(with("1,234.5") { NumberFormat.point.decimal($0) }, 1234.5)
        XCTAssertEqual(with("1.234,5") { NumberFormat.comma.decimal($0) }, 1234.5)
        XCTAssertEqual(with("0.1") { NumberFormat.point.decimal($0) }, 0.1)
        XCTAssertEqual(with("2.5e3") { NumberFormat.point.decimal($0) }, 2500)
        XCTAssertEqual(with("3.14159265358979323846") { NumberFormat.point.decimal($0) }, 3.141592653589793)
        XCTAssertNil(with("12abc") { NumberFormat.point.decimal($0) })
    }

    func testBooleansAcceptWordsNotDigits() {
        XCTAssertEqual(with("TRUE") { BooleanParser.parse($0) }, true)
        XCTAssertEqual(with("no") { BooleanParser.parse($0) }, false)
        XCTAssertNil(with("1") { BooleanParser.parse($0) })
    }

    func testTimes() {
        // calendar.timegm((2025,1,1,12,0,0)) == 1735732800
        XCTAssertEqual(with("2025-01-01T12:00:00Z") { TimeParser.parse($0)?.seconds }, 1_735_732_800)
        XCTAssertEqual(with("2025-01-01 12:00") { TimeParser.parse($0)?.seconds }, 1_735_732_800)
        XCTAssertEqual(with("2025-01-01T14:00:00+02:00") { TimeParser.parse($0)?.seconds }, 1_735_732_800)
        XCTAssertEqual(with("01/01/2025 12:00") { TimeParser.parse($0)?.seconds }, 1_735_732_800)
        XCTAssertEqual(with("1/1/25 12:00") { TimeParser.parse($0)?.seconds }, 1_735_732_800)
        XCTAssertEqual(with("01.01.2025 12:00") { TimeParser.parse($0)?.seconds }, 1_735_732_800)
        XCTAssertEqual(with("2025-01-01") { TimeParser.parse($0)?.seconds }, 1_735_689_600)
        XCTAssertNil(with("13/01/2025") { TimeParser.parse($0) })
    }

    func testTheXAPIsCreatedAt() {
        // Python: datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y").timestamp()
        XCTAssertEqual(with("Wed Oct 10 20:19:24 +0000 2018") { TimeParser.parse($0)?.seconds }, 1_539_202_764)
        XCTAssertEqual(with("Sat Feb 29 23:59:59 -0130 2020") { TimeParser.parse($0)?.seconds }, 1_583_026_199)
        XCTAssertEqual(with("Wed Oct 10 20:19:24 +0000 2018") { TimeParser.parse($0)?.hasOffset }, true)
        XCTAssertNil(with("Wed Okt 10 20:19:24 +0000 2018") { TimeParser.parse($0) })
        XCTAssertNil(with("Wed Oct 10 20:19:24 0000 20180") { TimeParser.parse($0) })
    }

    func testTimesTellWhetherTheyCarryAnOffset() {
        XCTAssertEqual(with("2025-01-01T12:00:00Z") { TimeParser.parse($0)?.hasOffset }, true)
        XCTAssertEqual(with("2025-01-01T14:00:00+02:00") { TimeParser.parse($0)?.hasOffset }, true)
        XCTAssertEqual(with("2025-01-01 12:00") { TimeParser.parse($0)?.hasOffset }, false)
        XCTAssertEqual(with("01.01.2025 12:00") { TimeParser.parse($0)?.hasOffset }, false)
    }

    func testUSTimesWithMeridiem() {
        // 12:00 AM is midnight, 12:30 PM half past noon, 3:04 PM is 15:04:
        // calendar.timegm((2025,1,1,0,0,0)) == 1735689600; + 12*3600+30*60 == 1735734600; + 15*3600+4*60 == 1735743840
        XCTAssertEqual(with("1/1/25 12:00 AM") { TimeParser.parse($0)?.seconds }, 1_735_689_600)
        XCTAssertEqual(with("01/01/2025 12:30 pm") { TimeParser.parse($0)?.seconds }, 1_735_734_600)
        XCTAssertEqual(with("1/1/2025 3:04 PM") { TimeParser.parse($0)?.seconds }, 1_735_743_840)
        XCTAssertNil(with("1/1/2025 13:04 PM") { TimeParser.parse($0) })
        XCTAssertNil(with("1/1/2025 3:04 XM") { TimeParser.parse($0) })
    }

    func testTypeGuessOrder() {
        func guess(_ values: [String], timeName: Bool = false) -> ColumnBuilder.Kind {
            var guess = TypeGuess()
            for value in values { with(value) { guess.observe($0, format: .point) } }
            return guess.kind(timeName: timeName)
        }
        XCTAssertEqual(guess(["0", "1"]), .integer)
        XCTAssertEqual(guess(["1", "2.5"]), .decimal)
        XCTAssertEqual(guess(["yes", "No"]), .boolean)
        XCTAssertEqual(guess(["2025-01-01", "1/2/25 3:04"]), .time)
        XCTAssertEqual(guess(["3.5%", "12 %"]), .scaled)
        XCTAssertEqual(guess(["3.3k", "120"]), .scaled)
        XCTAssertEqual(guess(["1443657600", "1443744000"]), .integer)
        XCTAssertEqual(guess(["1443657600", "1443744000"], timeName: true), .unixSeconds)
        XCTAssertEqual(guess(["1443657600", "12"], timeName: true), .integer)
        XCTAssertEqual(guess(["1", "x"]), .text)
        XCTAssertEqual(guess([]), .text)
    }

    func testGermanFileDetectsDecimalCommas() throws {
        let text = "\u{FEFF}id;spend\n1;12,50\n2;1.234,5\n"
        let table = try CSVReader.read(bytes: Array(text.utf8), fileName: "de.csv")
        XCTAssertEqual(table.numberFormat, .comma)
        XCTAssertEqual(table.columns[1].data[1], .decimal(1234.5))
    }
}
