import Foundation
import XCTest
@testable import RapportCore
#if canImport(Glibc)
import Glibc
#endif

/// The save worker: jobs in order, `sync` after all of them, a lower priority, and an end.
final class BackgroundWorkerTests: XCTestCase {
    func testJobsRunInOrderAndSyncWaitsForAllOfThem() {
        let worker = BackgroundWorker(name: "test")
        defer { worker.stop() }
        let lock = NSLock()
        var seen: [Int] = []
        for index in 0..<200 {
            worker.async {
                if index % 50 == 0 { Thread.sleep(forTimeInterval: 0.005) }
                lock.lock()
                seen.append(index)
                lock.unlock()
            }
        }
        let count = worker.sync { lock.withLock { seen.count } }
        XCTAssertEqual(count, 200, "sync ran after every job queued before it")
        XCTAssertEqual(seen, Array(0..<200))
    }

    func testJobsRunAtALowerPriorityThanTheCaller() throws {
        #if canImport(Glibc)
        let worker = BackgroundWorker(name: "test")
        defer { worker.stop() }
        errno = 0
        let mine = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        var theirs: Int32 = 0
        worker.async { theirs = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        worker.sync { () }
        XCTAssertEqual(theirs, min(19, mine + BackgroundWorker.niceness))
        XCTAssertEqual(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0), mine, "the caller's thread is untouched")
        #else
        throw XCTSkip("thread nice values are Linux's")
        #endif
    }

    func testOnceStoppedAndEndedJobsRunAtOnceOnTheCaller() {
        let worker = BackgroundWorker(name: "test")
        worker.stop()
        let lock = NSLock()
        var ranInline = false
        let deadline = Date().addingTimeInterval(2)
        while !ranInline && Date() < deadline {
            var ran = false
            worker.async { lock.withLock { ran = true } }
            ranInline = lock.withLock { ran }  // only when the job ran before async returned
            worker.sync { () }
            if !ranInline { Thread.sleep(forTimeInterval: 0.01) }
        }
        XCTAssertTrue(ranInline, "after its thread ended the worker loses no job")
    }
}
