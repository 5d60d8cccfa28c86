import RapportCore
import XCTest
@testable import Analytics

/// `attribution` against pandas and the Python bootstrap on the fixture posts, and on a hand-made table.
final class AttributionTests: XCTestCase {
    private let names = TextMetricsReference.document["attribution_names"] as? [String] ?? []

    func testAllPersonPostsMatchPandasAndTheBootstrapReference() throws {
        XCTAssertEqual(names, ["Acme", "ACME GmbH"])
        let outcome = try Attribution().evaluate(TextMetricsReference.request(companyNames: names))
        let expected = try XCTUnwrap(TextMetricsReference.document["attribution_all"] as? [String: Any])
        assertMatches(outcome, keys: [], expected: ["all": expected])
        XCTAssertEqual(outcome.headline, "ratio")
    }

    func testByAccountMatchesPandasAndInstitutionsHaveNoRatio() throws {
        let outcome = try Attribution().evaluate(TextMetricsReference.request(by: ["account"], companyNames: names))
        assertMatches(outcome, keys: ["account"], expected: TextMetricsReference.groups("attribution_by_account"))
        let institution = try XCTUnwrap(resultRows(outcome, keys: ["account"])["acme"])
        XCTAssertEqual(institution["naming_posts"], .integer(0))
        XCTAssertEqual(institution["ratio"], .missing)
    }

    func testHandMadeRatioOfMedians() throws {
        // Person posts, followers 1000: naming likes 20, 40, 60 → rates 0.02, 0.04, 0.06, median 0.04;
        // other likes 10, 20, 30, 50 → 0.01, 0.02, 0.03, 0.05, median (0.02 + 0.03) / 2 = 0.025; ratio 0.04 / 0.025 = 1.6.
        // The institution post naming the company and the person post without text are left out.
        let texts: [String?] = ["Bei Acme", "acme!", "#ACME", "privat", "Urlaub", "Sport", "Buch", "Acme Zahlen", nil]
        let voices = ["person", "Person", "person", "person", "person", "person", "person", "institution", "person"]
        let likes: [Double?] = [20, 40, 60, 10, 20, 30, 50, 900, 70]
        let posts = Dataset(name: "p", columns: [
            Column.text("text", texts, role: .text), Column.text("voice", voices, role: .voice),
            Column.decimal("likes", likes, role: .likes), Column.decimal("followers", Array(repeating: 1000, count: 9), role: .followers),
        ])
        let outcome = try Attribution().evaluate(MetricRequest(dataset: posts, resamples: 500, companyNames: ["acme"]))
        let row = try XCTUnwrap(resultRows(outcome, keys: [])["all"])
        XCTAssertEqual(row["naming_posts"], .integer(3))
        XCTAssertEqual(row["other_posts"], .integer(4))
        XCTAssertEqual(try XCTUnwrap(row["naming_median"]?.number), 0.04, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(row["other_median"]?.number), 0.025, accuracy: 1e-15)
        let ratio = try XCTUnwrap(row["ratio"]?.number)
        XCTAssertEqual(ratio, 1.6, accuracy: 1e-12)
        XCTAssertLessThanOrEqual(try XCTUnwrap(row["lower_95"]?.number), ratio)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(row["upper_95"]?.number), ratio)
        let notes = outcome.notes.map { $0.text(.en) }
        XCTAssertTrue(notes.contains(Words.personPostsOnly(left: 1).text(.en)), "\(notes)")
        XCTAssertTrue(notes.contains(Words.personPostsWithoutValue(1).text(.en)), "\(notes)")
        XCTAssertTrue(notes.contains(Words.bootstrapInterval(resamples: 500, seed: 42).text(.en)), "\(notes)")
    }

    func testWithoutNamesSaysHowToSetThem() {
        XCTAssertThrowsError(try Attribution().evaluate(TextMetricsReference.request())) { error in
            let message = (error as? RapportError)?.message
            XCTAssertTrue(message?.text(.en).contains("--names") == true)
            XCTAssertTrue(message?.text(.en).contains("set company-names") == true)
            XCTAssertTrue(message?.text(.de).contains("set company-names") == true)
        }
    }

    func testMissingVoiceRoleIsNamed() {
        let posts = TextMetricsReference.posts(dropping: ["voice"])
        XCTAssertThrowsError(try Attribution().evaluate(MetricRequest(dataset: posts, companyNames: ["Acme"]))) { error in
            XCTAssertTrue((error as? RapportError)?.message.text(.en).contains("role voice") == true)
        }
    }
}
