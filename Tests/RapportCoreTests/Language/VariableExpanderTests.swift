import XCTest
@testable import RapportCore

/// VariableExpander: `$NAME` and `${NAME}` replaced outside single quotes, undefined names as errors.
final class VariableExpanderTests: XCTestCase {
    func testBothFormsAreReplacedButNotInSingleQuotes() throws {
        let line = try VariableExpander.expand(#"import $FILE as ${NAME}_x '$FILE' "$FILE" \$FILE"#,
                                               variables: ["FILE": "oct.csv", "NAME": "posts"])
        XCTAssertEqual(line, #"import oct.csv as posts_x '$FILE' "oct.csv" \$FILE"#)
    }

    func testUndefinedVariableIsAnErrorPointingAtIt() {
        XCTAssertThrowsError(try VariableExpander.expand("show $missing", variables: [:])) { error in
            let error = error as! RapportError
            XCTAssertTrue(error.message.en.contains("'missing'"))
            XCTAssertEqual(error.excerpt?.offset, 5)
        }
    }

    func testDollarWithoutANameStaysAsItIs() throws {
        XCTAssertEqual(try VariableExpander.expand("where spend > $ 5", variables: [:]), "where spend > $ 5")
    }

    func testNamesAreTheVariablesExpandWouldReplace() {
        XCTAssertEqual(VariableExpander.names(in: #"set var x "$x-${y}" '$quoted' \$escaped $z $ 5"#), ["x", "y", "z"])
        XCTAssertEqual(VariableExpander.names(in: "show posts"), [])
    }
}
