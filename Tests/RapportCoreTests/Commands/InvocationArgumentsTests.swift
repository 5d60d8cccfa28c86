import XCTest
import RapportCore

/// Reading a parsed command line through the keys a command declares: typed values, their errors, optional and
/// repeating positionals, and which keys a line's specification lists.
///
/// A misspelt key does not compile: `invocation[Self.limt]` names no member, so no flag name is left to misspell at
/// run time. What the compiler cannot see is a command reading a key its specification does not list (the parser
/// would never fill it); `declares` tells, and every read asserts it in debug builds, so any test running such a
/// command stops there.
final class InvocationArgumentsTests: XCTestCase {
    /// An order, as a command would declare its choices.
    private enum Order: String, CaseIterable { case asc, desc }

    private static let dataset = Positional("DATASET", .dataset)
    private static let count = Positional("N", .count)
    private static let order = Positional("ORDER", optional: .choice(Order.self))
    private static let rest = Positional("WORD", repeating: .text, optional: true)
    private static let limit = Flag("limit", .count, valueName: "N", Message(en: "l", de: "l"))
    private static let seed = Flag("seed", .seed, valueName: "S", Message(en: "s", de: "s"))
    private static let sorted = Flag("sorted", .choice(Order.self), Message(en: "o", de: "o"))
    private static let fast = Switch("fast", Message(en: "f", de: "f"))

    private let registry = Registry([
        BuiltinCommand(CommandSpec(name: "pick", module: "test", summary: Message(en: "p", de: "p"),
                                   positionals: [dataset, count, order, rest],
                                   flags: [limit, seed, sorted, fast])) { _, _ in .empty },
    ])

    private func parse(_ text: String) throws -> Invocation {
        try InvocationParser.parse(text, tokens: try Lexer.words(text), registry: registry).invocation
    }

    func testKeysReadTypedValues() throws {
        let invocation = try parse("pick posts 5 desc a b --limit 3 --seed 9 --sorted asc --fast")
        XCTAssertEqual(invocation[Self.dataset].text, "posts")
        XCTAssertEqual(try invocation[Self.count], 5)
        XCTAssertEqual(try invocation[Self.order], .desc)
        XCTAssertEqual(invocation[Self.rest].map(\.text), ["a", "b"])
        XCTAssertEqual(try invocation[Self.limit], 3)
        XCTAssertEqual(try invocation[Self.seed], 9)
        XCTAssertEqual(try invocation[Self.sorted], .asc)
        XCTAssertTrue(invocation[Self.fast])
        XCTAssertEqual(invocation.word(of: Self.limit)?.offset, 30, "'pick posts 5 desc a b --limit ' is 30 characters")
    }

    func testWhatIsLeftOutReadsAsNotGiven() throws {
        let invocation = try parse("pick posts 0")
        XCTAssertNil(try invocation[Self.order])
        XCTAssertEqual(invocation[Self.rest].map(\.text), [])
        XCTAssertNil(try invocation[Self.limit])
        XCTAssertNil(invocation.word(of: Self.seed))
        XCTAssertFalse(invocation[Self.fast])
    }

    func testAValueThatIsNotOneNamesItsArgumentAndPointsAtIt() throws {
        let cases: [(String, String, Int)] = [
            ("pick posts 5 --limit -2", "--limit needs a whole number of 0 or more, not '-2'", 21),
            ("pick posts -1", "N needs a whole number of 0 or more, not '-1'", 11),
            ("pick posts 5 --seed -3", "the seed must be a whole number of 0 or more, not '-3'", 20),
        ]
        for (line, message, offset) in cases {
            let invocation = try parse(line)
            XCTAssertThrowsError(try (invocation[Self.count], invocation[Self.limit], invocation[Self.seed])) { error in
                XCTAssertEqual((error as? RapportError)?.message.en, message, line)
                XCTAssertEqual((error as? RapportError)?.excerpt?.offset, offset, line)
            }
        }
    }

    func testOnlyTheKeysOfTheLinesSpecificationAreDeclared() throws {
        let invocation = try parse("pick posts 1")
        XCTAssertTrue(invocation.declares(Self.limit))
        XCTAssertTrue(invocation.declares(Self.fast))
        XCTAssertTrue(invocation.declares(Self.rest))
        // The same names with another meaning are other keys: reading them would read words the parser never filled.
        XCTAssertFalse(invocation.declares(Switch("limit", Message(en: "l", de: "l"))))
        XCTAssertFalse(invocation.declares(Flag("fast", .text, Message(en: "f", de: "f"))))
        XCTAssertFalse(invocation.declares(Positional("N", .text)))
        XCTAssertFalse(invocation.declares(Switch("slow", Message(en: "s", de: "s"))))
    }
}
