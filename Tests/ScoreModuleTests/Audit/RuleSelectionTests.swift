import XCTest
@testable import Analytics
@testable import RapportCore
@testable import ScoreModule

/// Reading `--rules` lists.
final class RuleSelectionTests: XCTestCase {
    private func names(_ list: String) throws -> [String] {
        try RuleSelection.parse(list).map(\.indicator.name)
    }

    func testSetsIndicatorsAndAll() throws {
        XCTAssertEqual(try names("stateofsearch"), ["stateofsearch.following-ratio-100"])
        XCTAssertEqual(try names("socialbakers.never-posted, camisani.no-picture"),
                       ["camisani.no-picture", "socialbakers.never-posted"])
        XCTAssertEqual(try names("all").count, AuthenticityRuleSet.allIndicators.count)
        // 8 Camisani-Calzolari points + 4 Socialbakers criteria + 1 State of Search rule.
        XCTAssertEqual(RuleSelection.all.count, 13)
    }

    func testALeadingRemovalStartsFromAll() throws {
        let selected = try names("-camisani,-socialbakers.never-posted")
        XCTAssertEqual(selected, ["socialbakers.following-ratio-50", "socialbakers.default-picture",
                                  "socialbakers.no-bio-no-location", "stateofsearch.following-ratio-100"])
    }

    func testWeights() throws {
        let selected = try RuleSelection.parse("camisani=0.5,camisani.no-picture=3")
        XCTAssertEqual(selected.first { $0.indicator.name == "camisani.no-picture" }?.weight, 3)
        XCTAssertEqual(selected.first { $0.indicator.name == "camisani.no-bio" }?.weight, 0.5)
    }

    func testErrors() {
        XCTAssertThrowsError(try RuleSelection.parse("camisani.no-pictur")) { error in
            XCTAssertEqual((error as? RapportError)?.message,
                           Words.unknownRule("camisani.no-pictur").suggesting("camisani.no-picture"))
        }
        XCTAssertThrowsError(try RuleSelection.parse("camisani=-1")) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.badRuleWeight("-1"))
        }
        XCTAssertThrowsError(try RuleSelection.parse("camisani,-camisani")) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.noRulesLeft)
        }
        XCTAssertThrowsError(try RuleSelection.parse("camisani,,socialbakers"))
    }
}
