import Dispatch
import XCTest
@testable import RapportCore

/// The counter work bumps and the reading a ticker takes.
final class ProgressMeterTests: XCTestCase {
    func testAReadingHasTheTaskAndTheCounts() throws {
        let meter = ProgressMeter()
        XCTAssertNil(meter.reading, "no work begun")
        meter.begin(Message(en: "x", de: "x"), unit: .rows, total: 10)
        meter.advance(by: 3)
        meter.advance(by: 4)
        let reading = try XCTUnwrap(meter.reading)
        XCTAssertEqual(reading.done, 7)
        XCTAssertEqual(reading.total, 10)
        XCTAssertEqual(reading.fraction ?? 0, 0.7, accuracy: 1e-12)
        meter.extendTotal(by: 10)
        XCTAssertEqual(meter.reading?.total, 20)
        meter.finish()
        XCTAssertNil(meter.reading)
    }

    func testBumpsFromManyThreadsAddUp() {
        let meter = ProgressMeter()
        meter.begin(Message(en: "x", de: "x"), unit: .bytes)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { meter.advance(by: 3) }
        }
        XCTAssertEqual(meter.reading?.done, 8 * 10_000 * 3)
        XCTAssertNil(meter.reading?.total, "no total given")
    }

    func testAMeterFollowingAnotherShowsItsCountsFromThen() throws {
        let saves = ProgressMeter()
        saves.begin(Message(en: "saves", de: "saves"), unit: .values, total: 0)
        saves.extendTotal(by: 100)
        saves.advance(by: 100)
        saves.extendTotal(by: 50)
        saves.advance(by: 20)
        let waiting = ProgressMeter()
        waiting.begin(Message(en: "saving", de: "speichere"), following: saves)
        saves.advance(by: 10)
        let reading = try XCTUnwrap(waiting.reading)
        // From the 120 done when the wait began: 10 of the 30 then still to do.
        XCTAssertEqual(reading.done, 10)
        XCTAssertEqual(reading.total, 30)
        XCTAssertEqual(reading.unit, .values)
        XCTAssertEqual(reading.task.en, "saving")
        saves.advance(by: 20)
        XCTAssertNil(waiting.reading, "nothing left to do: no line")
    }
}
