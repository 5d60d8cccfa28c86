import Foundation
import XCTest
@testable import RapportCore

/// The ticker draws nothing for the first second, then the line after a carriage return, and erases it at the end.
final class ProgressTickerTests: XCTestCase {
    /// What the ticker wrote, gathered across its thread.
    private final class Written: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func add(_ text: String) { lock.withLock { parts.append(text) } }
        var all: [String] { lock.withLock { parts } }
    }

    func testTheLineAppearsAfterASecondAndIsClearedAtTheEnd() throws {
        let meter = ProgressMeter()
        meter.begin(Message(en: "exporting posts", de: "exportiere posts"), unit: .rows, total: 100)
        meter.advance(by: 40)
        let written = Written()
        let ticker = ProgressTicker(meter, language: .en, write: written.add)
        Thread.sleep(forTimeInterval: 0.6)
        XCTAssertEqual(written.all, [], "nothing in the first second")
        Thread.sleep(forTimeInterval: 0.9)
        let drawn = written.all
        XCTAssertFalse(drawn.isEmpty)
        for part in drawn {
            XCTAssertTrue(part.hasPrefix("\r") && part.hasSuffix("\u{1B}[K"), part.debugDescription)
            XCTAssertTrue(part.contains("exporting posts: 40 of 100 rows (40 %)"), part)
        }
        ticker.stop()
        XCTAssertEqual(written.all.last, "\r\u{1B}[K", "the line is erased")
        let count = written.all.count
        Thread.sleep(forTimeInterval: 0.4)
        XCTAssertEqual(written.all.count, count, "nothing after stop")
    }

    func testNoWorkBegunDrawsNothing() {
        let written = Written()
        let ticker = ProgressTicker(ProgressMeter(), language: .en, write: written.add)
        Thread.sleep(forTimeInterval: 1.4)
        ticker.stop()
        XCTAssertEqual(written.all, [])
    }
}
