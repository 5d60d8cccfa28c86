import XCTest
@testable import RapportCore

/// Errors of the expression language: what they say and where in the command line they point.
final class ExpressionErrorTests: XCTestCase {
    private func offset(_ text: String) -> Int? {
        ExpressionFixture.error(text)?.excerpt?.offset
    }

    func testTypeErrorPointsAtTheWrongOperand() {
        let error = ExpressionFixture.error("likes + \"a\"")
        XCTAssertEqual(error?.excerpt?.offset, 8)
        XCTAssertEqual(error?.message.en, "+ needs a number, not text")
    }

    func testUnknownColumnSuggestsTheClosest() {
        let error = ExpressionFixture.error("likse > 3")
        XCTAssertEqual(error?.excerpt?.offset, 0)
        XCTAssertEqual(error?.message.en, "dataset 'posts' has no column 'likse' — did you mean 'likes'?")
    }

    func testErrorsAreRebasedIntoTheCommandLine() {
        let line = "filter posts where likse > 3"
        let error = ExpressionFixture.error("likse > 3", at: 19, in: line)
        XCTAssertEqual(error?.excerpt?.text, line)
        XCTAssertEqual(error?.excerpt?.offset, 19)
    }

    func testFunctionErrors() {
        XCTAssertEqual(offset("likes > 3 and foo(2)"), 14)
        XCTAssertEqual(ExpressionFixture.error("lowr(text)")?.message.en, "unknown function 'lowr' — did you mean 'lower'?")
        let count = ExpressionFixture.error("1 + lower(text, text)")
        XCTAssertEqual(count?.excerpt?.offset, 4)
        XCTAssertEqual(count?.message.en, "lower() takes 1 argument, not 2")
        XCTAssertEqual(offset("month(likes)"), 6)
    }

    func testDeepExpressionsAreRefusedInsteadOfOverflowingTheStack() {
        // 5000 chained additions and 5000 nested parentheses each go past the 500 levels the parser allows.
        let chained = Array(repeating: "likes", count: 5000).joined(separator: "+") + " > 0"
        XCTAssertEqual(ExpressionFixture.error(chained)?.message.en,
                       "the expression nests or chains more than 500 operations deep; split it with derive")
        let nested = String(repeating: "(", count: 5000) + "likes" + String(repeating: ")", count: 5000) + " > 0"
        XCTAssertEqual(ExpressionFixture.error(nested)?.message, Words.expressionTooDeep(500))
        XCTAssertEqual(ExpressionFixture.error(String(repeating: "not ", count: 5000) + "true")?.message, Words.expressionTooDeep(500))
        // 200 chained additions stay well inside the limit.
        XCTAssertNil(ExpressionFixture.error(Array(repeating: "likes", count: 200).joined(separator: "+") + " > 0"))
    }

    func testSyntaxErrors() {
        XCTAssertEqual(offset("likes > "), 8)
        XCTAssertEqual(offset("(likes + 1"), 10)
        XCTAssertEqual(offset("likes @ 3"), 6)
        XCTAssertEqual(offset("'abc"), 0)
        XCTAssertEqual(offset("likes is 3"), 9)
        XCTAssertEqual(offset("likes 3"), 6)
        XCTAssertEqual(offset(""), 0)
    }

    func testOperandTypeErrors() {
        XCTAssertEqual(offset("likes > 15 and text"), 15)
        XCTAssertEqual(offset("text in (1, 2)"), 9)
        XCTAssertEqual(offset("platform == 3"), 12)
        XCTAssertEqual(offset("published > \"yesterday\""), 12)
        XCTAssertEqual(offset("text contains 3"), 14)
    }

    func testAConditionMustBeTrueOrFalse() {
        XCTAssertThrowsError(try RowExpression.parse("likes + 1")
            .rowMask(on: ExpressionFixture.posts, timeZone: TimeZone(identifier: "UTC")!)) { error in
            XCTAssertEqual((error as? RapportError)?.excerpt?.offset, 0)
        }
    }
}
