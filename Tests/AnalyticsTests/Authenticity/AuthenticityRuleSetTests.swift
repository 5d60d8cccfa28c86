import XCTest
@testable import Analytics
import RapportCore

/// The catalogue of rule sets and indicators.
final class AuthenticityRuleSetTests: XCTestCase {
    func testIndicatorNamesAreUniqueAndPrefixedByTheirSet() {
        let names = AuthenticityRuleSet.allIndicators.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
        for set in AuthenticityRuleSet.allCases {
            XCTAssertFalse(set.indicators.isEmpty, set.rawValue)
            for indicator in set.indicators { XCTAssertTrue(indicator.name.hasPrefix(set.rawValue + "."), indicator.name) }
        }
    }

    func testEveryIndicatorReadsOnlyFollowerSampleRoles() {
        let roles: Set<ColumnRole> = [.followerID, .followers, .following, .posts, .listed, .created, .hasPicture,
                                      .defaultPicture, .hasBio, .hasURL, .hasLocation]
        for indicator in AuthenticityRuleSet.allIndicators {
            XCTAssertTrue(Set(indicator.roles).isSubset(of: roles), indicator.name)
        }
    }

    func testLookUpByName() {
        XCTAssertEqual(AuthenticityRuleSet.indicator(named: "stateofsearch.following-ratio-100")?.roles, [.following, .followers])
        XCTAssertNil(AuthenticityRuleSet.indicator(named: "camisani"))
    }
}
