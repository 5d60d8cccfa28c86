import XCTest
import RapportCore
@testable import ImportModule

/// `simulate replies`: staff answer more often and faster than the agency; unanswered comments have no reply.
final class SimulateRepliesTests: XCTestCase {
    func testStaffAnswerFasterAndMoreOftenThanTheAgency() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 400 --seed 6")
        try harness.run("simulate replies posts")
        XCTAssertEqual(try harness.dataset("posts_replies").kind, .replies)
        let responders = try harness.texts("posts_replies", "responder")
        let commented = try harness.integers("posts_replies", "commented_at"), replied = try harness.integers("posts_replies", "replied_at")
        let by = try harness.texts("posts_replies", "replied_by")
        var hours: [String: [Double]] = [:], answered: [String: Int] = [:], total: [String: Int] = [:]
        for row in responders.indices {
            let who = responders[row]!
            total[who, default: 0] += 1
            XCTAssertEqual(replied[row] == nil, by[row] == nil)
            guard let reply = replied[row] else { continue }
            XCTAssertGreaterThanOrEqual(reply, commented[row]!)
            answered[who, default: 0] += 1
            hours[who, default: []].append(Double(reply - commented[row]!) / 3_600)
        }
        let staffMedian = SimulateHarness.median(hours["staff"]!), agencyMedian = SimulateHarness.median(hours["agency"]!)
        XCTAssertEqual(staffMedian, 1, accuracy: 0.2)
        XCTAssertEqual(agencyMedian, 8, accuracy: 1.2)
        XCTAssertGreaterThan(Double(answered["staff"]!) / Double(total["staff"]!), Double(answered["agency"]!) / Double(total["agency"]!))
        XCTAssertEqual(Double(total["staff"]!) / Double(responders.count), 0.6, accuracy: 0.03)
    }

    func testSameSeedGivesIdenticalRepliesAndOtherSeedsDiffer() throws {
        let first = try SimulateHarness(), second = try SimulateHarness()
        for harness in [first, second] {
            try harness.run("simulate posts 100 --seed 1")
            try harness.run("simulate replies posts")
        }
        XCTAssertEqual(try first.dataset("posts_replies"), try second.dataset("posts_replies"))
        try second.run("simulate replies posts --seed 2 as other")
        XCTAssertNotEqual(try first.integers("posts_replies", "replied_at"), try second.integers("other", "replied_at"))
    }
}
