import XCTest
@testable import RapportCore

/// The progress line's text, written out by hand for known readings.
final class ProgressLineTests: XCTestCase {
    private static let importing = Message(en: "importing big.csv", de: "importiere big.csv")

    private func reading(_ unit: ProgressUnit, done: Int, total: Int?, seconds: Double,
                         task: Message = importing) -> ProgressReading {
        ProgressReading(task: task, unit: unit, done: done, total: total, seconds: seconds)
    }

    func testBytesWithATotalShowShareRateAndTimeLeft() {
        // 50 MiB of 200 MiB in 2 s: 25 %, 25 MiB/s, 150 MiB left at that rate = 6 s.
        let line = reading(.bytes, done: 50 << 20, total: 200 << 20, seconds: 2)
        XCTAssertEqual(ProgressLine.text(line, language: .en, width: 200),
                       "importing big.csv: 50.0 MiB of 200.0 MiB (25 %), 25.0 MiB/s, 6 s left")
        XCTAssertEqual(ProgressLine.text(line, language: .de, width: 200),
                       "importiere big.csv: 50,0 MiB von 200,0 MiB (25 %), 25,0 MiB/s, noch 6 s")
    }

    func testRowsAreGroupedAndNamed() {
        // 150,000 of 1,000,000 rows in 3 s: 15 %, 50,000 rows/s, 850,000 left = 17 s.
        let line = reading(.rows, done: 150_000, total: 1_000_000, seconds: 3,
                           task: Message(en: "exporting posts", de: "exportiere posts"))
        XCTAssertEqual(ProgressLine.text(line, language: .en, width: 200),
                       "exporting posts: 150,000 of 1,000,000 rows (15 %), 50,000 rows/s, 17 s left")
        XCTAssertEqual(ProgressLine.text(line, language: .de, width: 200),
                       "exportiere posts: 150.000 von 1.000.000 Zeilen (15 %), 50.000 Zeilen/s, noch 17 s")
    }

    func testWithoutATotalThereIsNoShareAndNoTimeLeft() {
        let line = reading(.rows, done: 2_500, total: nil, seconds: 0.5)
        XCTAssertEqual(ProgressLine.text(line, language: .en, width: 200),
                       "importing big.csv: 2,500 rows, 5,000 rows/s")
    }

    func testWorkThatCountsNothingShowsHowLongItRuns() {
        XCTAssertEqual(ProgressLine.text(reading(.none, done: 0, total: nil, seconds: 61.2), language: .en, width: 80),
                       "importing big.csv (1 min 2 s)")
        XCTAssertEqual(ProgressLine.duration(3725, .en), "1 h 2 min")
        XCTAssertEqual(ProgressLine.duration(.infinity, .en), "?")
    }

    func testTheLineFitsTheWidthAndHasNoControlCharacters() {
        let task = Message(en: "importing a\nb\u{1B}[2J.csv", de: "importiere a\nb\u{1B}[2J.csv")
        let line = ProgressLine.text(reading(.bytes, done: 10, total: 100, seconds: 1, task: task), language: .en,
                                     width: 20)
        XCTAssertEqual(line, "importing a?b?[2J.c…")
        XCTAssertEqual(line.count, 20)
    }
}
