import RapportCore
import XCTest
@testable import Analytics

/// Reading the text of a role once per distinct value, with missing values kept missing.
final class RoleTextsTests: XCTestCase {
    func testEncodedAndPlainColumnsGiveTheSameValuesAndEncodedOnesAreReadOncePerValue() throws {
        let values: [String?] = ["a", "b", nil, "a", "a"]
        let encoded = Dataset(name: "d", columns: [Column.text("t", values, role: .text)])
        var calls = 0
        let texts = try RoleTexts(MetricRequest(dataset: encoded), role: .text, metric: "m")
        let upper = texts.map { (text: String) -> String in calls += 1; return text.uppercased() }
        XCTAssertEqual(upper, ["A", "B", nil, "A", "A"])
        // The pool holds "a", "b" and "" (the missing row's placeholder): 3 calls, not 5.
        XCTAssertEqual(calls, 3)
        XCTAssertEqual(texts.columnName, "t")

        var mask = MissingMask()
        mask.markMissing(1)
        let plain = Dataset(name: "d", columns: [Column(name: "t", role: .text,
                                                        data: .text(TextValues(plain: ["x", "", "y"]), mask))])
        XCTAssertEqual(try RoleTexts(MetricRequest(dataset: plain), role: .text, metric: "m").map { $0 }, ["x", nil, "y"])
    }

    func testMissingRoleAndNonTextColumnAreErrors() {
        let numbers = Dataset(name: "d", columns: [Column.decimal("v", [1], role: .voice)])
        XCTAssertThrowsError(try RoleTexts(MetricRequest(dataset: numbers), role: .text, metric: "tone")) { error in
            XCTAssertTrue((error as? RapportError)?.message.text(.en).contains("tone needs the role text") == true)
        }
        XCTAssertThrowsError(try RoleTexts(MetricRequest(dataset: numbers), role: .voice, metric: "attribution")) { error in
            XCTAssertTrue((error as? RapportError)?.message.text(.en).contains("'v' of d does not hold text") == true)
        }
    }
}
