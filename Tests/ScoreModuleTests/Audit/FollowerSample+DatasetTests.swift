import XCTest
@testable import Analytics
@testable import RapportCore
@testable import ScoreModule

/// Reading a follower sample from a dataset's role columns.
final class FollowerSampleDatasetTests: XCTestCase {
    func testRolesAreReadByTypeAndTextFlagsMeanNonEmpty() throws {
        let dataset = Dataset(name: "f", columns: [
            Column.integer("n", [5, nil], role: .followers),
            Column.decimal("friends", [2.5, 3], role: .following),
            Column.text("description", ["hello", nil], role: .hasBio),
            Column.integer("url", [0, 7], role: .hasURL),
            Column(name: "pic", role: .hasPicture, data: .boolean([true, false], MissingMask(flags: [false, true]))),
            Column(name: "since", role: .created, data: .time([100, 0], MissingMask(flags: [false, true]))),
        ])
        let sample = try FollowerSample.read(dataset, asOf: 86_500)
        XCTAssertEqual(sample.numbers[.followers]!, [5, nil])
        XCTAssertEqual(sample.numbers[.following]!, [2.5, 3])
        // A missing text value (an empty field of an export) counts as no bio.
        XCTAssertEqual(sample.flags[.hasBio]!, [true, false])
        XCTAssertEqual(sample.flags[.hasURL]!, [false, true])
        XCTAssertEqual(sample.flags[.hasPicture]!, [true, nil])
        XCTAssertEqual(sample.ageInDays(0), 1)  // (86,500 − 100) / 86,400
        XCTAssertNil(sample.ageInDays(1))
        XCTAssertFalse(sample.has(role: .listed))
    }

    func testANumberRoleHoldingTextIsAnError() {
        let dataset = Dataset(name: "f", columns: [Column.text("followers", ["1.2k"], role: .followers)])
        XCTAssertThrowsError(try FollowerSample.read(dataset, asOf: 0)) { error in
            XCTAssertEqual((error as? RapportError)?.message,
                           Words.auditRoleType("followers", role: .followers, type: "text", needs: Words.auditNeedsNumbers))
        }
    }
}
