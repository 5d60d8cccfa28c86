import XCTest
import RapportCore
@testable import ImportModule

/// The CSV reader counts the bytes it has read on a progress meter: every byte after the header once, twice when a
/// column turns out to be text after its sample and is read again.
final class CSVReaderProgressTests: XCTestCase {
    private func meter() -> ProgressMeter {
        let meter = ProgressMeter()
        meter.begin(Message(en: "importing", de: "importiere"), unit: .bytes)
        return meter
    }

    func testEveryByteAfterTheHeaderIsCountedOnAllThreads() throws {
        // 200,000 rows of "123,abc\n" (8 bytes) after a 4-byte header: 1,600,000 data bytes, split over 4 threads.
        let text = "a,b\n" + String(repeating: "123,abc\n", count: 200_000)
        let progress = meter()
        let options = CSVOptions(threads: 4, minimumBytesPerThread: 1 << 16, progress: progress)
        let table = try CSVReader.read(bytes: Array(text.utf8), fileName: "t.csv", options: options)
        XCTAssertEqual(table.rowCount, 200_000)
        let reading = try XCTUnwrap(progress.reading)
        XCTAssertEqual(reading.total, 4 + 1_600_000, "the total is the file's size")
        XCTAssertEqual(reading.done, 1_600_000)
    }

    func testASecondPassForTextAddsItsBytesToDoneAndTotal() throws {
        // The first 20,000 values (the sample's among them) are numbers, the last 2,000 (9 %) text: more than a typed
        // column may leave unread, so column a is read again as text.
        let rows = String(repeating: "1,2\n", count: 20_000) + String(repeating: "x,2\n", count: 2_000)
        let text = "a,b\n" + rows
        let progress = meter()
        let table = try CSVReader.read(bytes: Array(text.utf8), fileName: "t.csv",
                                       options: CSVOptions(threads: 1, progress: progress))
        XCTAssertEqual(table.columns[0].type, .text)
        let reading = try XCTUnwrap(progress.reading)
        let data = rows.utf8.count
        XCTAssertEqual(reading.done, 2 * data)
        XCTAssertEqual(reading.total, 4 + 2 * data)
    }
}
