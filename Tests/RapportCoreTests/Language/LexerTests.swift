import XCTest
@testable import RapportCore

/// Lexer: words, quotes, escapes, comments and statements split on semicolons.
final class LexerTests: XCTestCase {
    func testWordsQuotesEscapesAndComments() throws {
        let tokens = try Lexer.words(#"import "my file.csv" as 'posts 2' a\ b --x=1 # trailing comment"#)
        XCTAssertEqual(tokens.map(\.text), ["import", "my file.csv", "as", "posts 2", "a b", "--x=1"])
        XCTAssertEqual(tokens.map(\.isQuoted), [false, true, false, true, false, false])
        XCTAssertEqual(tokens[1].offset, 7)
        XCTAssertEqual(tokens[1].raw, "\"my file.csv\"")
    }

    func testDoubleQuotesAllowEscapedQuotes() throws {
        let tokens = try Lexer.words(#"set company-names "Acme \"Big\" GmbH""#)
        XCTAssertEqual(tokens.last?.text, #"Acme "Big" GmbH"#)
    }

    func testBackticksQuoteColumnNamesAndListsSplitOutsideThem() throws {
        let tokens = try Lexer.words("count posts by `Reactions, Comments and Shares`,platform")
        XCTAssertEqual(tokens.count, 4)
        XCTAssertEqual(Lexer.splitList(tokens[3].raw), ["Reactions, Comments and Shares", "platform"])
    }

    func testSemicolonsSeparateStatementsButNotInsideQuotes() throws {
        let statements = Lexer.statements(#"set company-names "A;B"; datasets ; ; show x # ; not a statement"#)
        XCTAssertEqual(statements, [#"set company-names "A;B""#, "datasets", "show x"])
        XCTAssertEqual(try Lexer.words(statements[0]).map(\.text), ["set", "company-names", "A;B"])
    }

    func testStatementsLoseTheBlanksAroundThem() throws {
        let statements = Lexer.statements("datasets ;  audit fans2 ; show a\\ ")
        XCTAssertEqual(statements, ["datasets", "audit fans2", "show a\\ "])
        // Offsets count from the trimmed text: "fans2" starts after "audit ", at 6.
        XCTAssertEqual(try Lexer.words(statements[1])[1].offset, 6)
    }

    func testABackslashAtTheEndEscapesNothing() throws {
        // `rapport -c '\'` trapped: the word's range ran past the end (kept as a command fuzz regression too).
        XCTAssertEqual(try Lexer.words("\\").map(\.raw), ["\\"])
        XCTAssertEqual(try Lexer.words("show posts\\").map(\.text), ["show", "posts"])
    }

    func testHashInsideAWordIsNotAComment() throws {
        XCTAssertEqual(try Lexer.words("show posts#1").map(\.text), ["show", "posts#1"])
    }

    func testUnterminatedQuotePointsAtTheQuote() {
        XCTAssertThrowsError(try Lexer.words("import 'abc")) { error in
            let error = error as! RapportError
            XCTAssertEqual(error.excerpt?.offset, 7)
            XCTAssertEqual(error.message.en, "this ' is never closed")
        }
    }
}
