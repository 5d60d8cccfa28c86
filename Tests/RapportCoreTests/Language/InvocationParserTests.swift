import XCTest
@testable import RapportCore

/// InvocationParser: clauses, flags, subcommands, positionals and the errors it points at.
final class InvocationParserTests: XCTestCase {
    private static let dataset = Positional("DATASET", .dataset)
    private static let metric = Positional("METRIC", .text)
    private static let denominator = Flag("denominator", .choice(["followers", "reach"]), Message(en: "d", de: "d"))
    private static let weighted = Switch("weighted", Message(en: "w", de: "w"))
    private static let limit = Flag("limit", .integer, Message(en: "l", de: "l"))
    private static let file = Positional("FILE", .file)
    private static let word = Positional("WORD", optional: .text)
    private static let into = Flag("into", .directory, Message(en: "i", de: "i"))
    private static let directory = Positional("DIR", .directory)

    private let registry = Registry([
        BuiltinCommand(CommandSpec(
            name: "score", module: "score", summary: Message(en: "s", de: "s"),
            positionals: [dataset, metric], flags: [denominator, weighted, limit],
            clauses: [.by, .where, .as])) { _, _ in .empty },
        BuiltinCommand(CommandSpec(
            name: "dedupe", module: "explore", summary: Message(en: "d", de: "d"),
            positionals: [dataset], clauses: [.on, .as])) { _, _ in .empty },
        BuiltinCommand(CommandSpec(
            name: "read", module: "import", summary: Message(en: "r", de: "r"),
            positionals: [file, word], flags: [into])) { _, _ in .empty },
        BuiltinCommand(CommandSpec(
            name: "workspace", module: "workspace", summary: Message(en: "w", de: "w"),
            subcommands: [CommandSpec(name: "open", module: "workspace", summary: Message(en: "o", de: "o"),
                                      positionals: [directory])])) { _, _ in .empty },
    ])

    /// The dataset and metric words of a `score` line.
    private func scoreWords(_ invocation: Invocation) -> [String] {
        [invocation[Self.dataset].text, invocation[Self.metric].text]
    }

    private func parse(_ text: String) throws -> Invocation {
        try InvocationParser.parse(text, tokens: try Lexer.words(text), registry: registry).invocation
    }

    func testClausesAnywhereAndFlags() throws {
        let invocation = try parse(#"score posts engagement-rate by voice,platform where platform == "linkedin" and x > 1 as li --weighted --denominator reach"#)
        XCTAssertEqual(scoreWords(invocation), ["posts", "engagement-rate"])
        XCTAssertEqual(invocation.by?.map(\.text), ["voice", "platform"])
        XCTAssertEqual(invocation.whereClause?.text, #"platform == "linkedin" and x > 1"#)
        XCTAssertEqual(invocation.asName?.text, "li")
        XCTAssertTrue(invocation[Self.weighted])
        XCTAssertEqual(invocation[Self.denominator]?.text, "reach")
    }

    func testDashDashSynonymsForByAndWhere() throws {
        let invocation = try parse("score posts er --by voice --where likes>3")
        XCTAssertEqual(invocation.by?.map(\.text), ["voice"])
        XCTAssertEqual(invocation.whereClause?.text, "likes>3")
    }

    func testAWhollyQuotedConditionIsTheConditionNotATextLiteral() throws {
        let single = try parse("score posts er --where 'likes > 100'")
        XCTAssertEqual(single.whereClause?.text, "likes > 100")
        // The condition starts after the quote: "score posts er --where " is 23 characters, the quote the 24th.
        XCTAssertEqual(single.whereClause?.offset, 24)
        XCTAssertEqual(try parse(#"score posts er where "voice == 'person'""#).whereClause?.text, "voice == 'person'")
        // One word that opens and closes with quotes but has more inside is a condition of its own.
        XCTAssertEqual(try parse(#"score posts er where "a"=="b""#).whereClause?.text, #""a"=="b""#)
    }

    func testQuotedValuesAfterAnEqualsSign() throws {
        XCTAssertEqual(try parse(#"score posts er --denominator="reach""#)[Self.denominator]?.text, "reach")
        let quoted = try parse("score posts er --where='likes > 100'")
        XCTAssertEqual(quoted.whereClause?.text, "likes > 100")
        // "score posts er --where=" is 23 characters, the quote the 24th: the condition starts at 24.
        XCTAssertEqual(quoted.whereClause?.offset, 24)
        XCTAssertEqual(try parse("score posts er --where=likes>3").whereClause?.text, "likes>3")
        // A wholly quoted word is a positional even when it looks like a flag.
        XCTAssertEqual(scoreWords(try parse("score posts '--weighted'")), ["posts", "--weighted"])
    }

    func testBacktickedColumnsInBy() throws {
        let invocation = try parse("score posts er by `Reactions, Comments and Shares`,platform")
        XCTAssertEqual(invocation.by?.map(\.text), ["Reactions, Comments and Shares", "platform"])
    }

    func testQuotedKeywordIsAPositional() throws {
        let invocation = try parse("score posts 'as'")
        XCTAssertEqual(scoreWords(invocation), ["posts", "as"])
        XCTAssertNil(invocation.asName)
    }

    func testSubcommand() throws {
        let invocation = try parse("workspace open /tmp/x")
        XCTAssertEqual(invocation.subcommand, "open")
        XCTAssertEqual(invocation[Self.directory].text, "/tmp/x")
    }

    func testUnknownCommandSuggestsAndPoints() {
        XCTAssertThrowsError(try parse("scroe posts")) { error in
            let error = error as! RapportError
            XCTAssertEqual(error.message.en, "unknown command 'scroe' — did you mean 'score'?")
            XCTAssertEqual(error.excerpt?.offset, 0)
        }
    }

    func testUnknownFlagAndBadChoiceAndBadNumber() {
        XCTAssertThrowsError(try parse("score posts er --wieghted")) { error in
            XCTAssertEqual((error as! RapportError).message.en, "'score' has no flag --wieghted — did you mean '--weighted'?")
            XCTAssertEqual((error as! RapportError).excerpt?.offset, 15)
        }
        XCTAssertThrowsError(try parse("score posts er --denominator reech")) { error in
            XCTAssertTrue((error as! RapportError).message.en.contains("did you mean 'reach'"))
            XCTAssertEqual((error as! RapportError).excerpt?.offset, 29)
        }
        XCTAssertThrowsError(try parse("score posts er --limit ten")) { error in
            XCTAssertEqual((error as! RapportError).excerpt?.offset, 23)
        }
    }

    func testMissingAndExtraPositionals() {
        XCTAssertThrowsError(try parse("score posts")) { error in
            XCTAssertTrue((error as! RapportError).message.en.hasPrefix("METRIC is missing; usage: score DATASET METRIC"))
        }
        XCTAssertThrowsError(try parse("score posts er extra")) { error in
            XCTAssertEqual((error as! RapportError).excerpt?.offset, 15)
        }
    }

    func testFlagWithoutValueAndRepeatedClause() {
        XCTAssertThrowsError(try parse("score posts er --limit"))
        XCTAssertThrowsError(try parse("score posts er as a as b"))
    }

    func testOnTakesAListLikeBy() throws {
        // "dedupe posts on " is 16 characters; "account," 8 more and a blank.
        let invocation = try parse("dedupe posts on account, `Post type` as unique")
        XCTAssertEqual(invocation.onList?.map(\.text), ["account", "Post type"])
        XCTAssertEqual(invocation.onList?.map(\.offset), [16, 25])
        XCTAssertEqual(invocation.on?.text, "account")
        XCTAssertEqual(invocation.asName?.text, "unique")
        XCTAssertEqual(try parse("dedupe posts on account=handle").onList?.map(\.text), ["account=handle"])
    }

    func testAColumnNamedTwiceAfterByIsRefusedAtItsWord() {
        XCTAssertThrowsError(try parse("score posts er by voice, platform, voice")) { error in
            let error = error as? RapportError
            XCTAssertEqual(error?.message, Words.columnRepeated("voice", after: "by"))
            XCTAssertEqual(error?.excerpt?.offset, 35, "the second 'voice'")
        }
        // In one comma-joined word the caret still finds the second name: "score posts er by " is 18 characters,
        // "platform," 9 more.
        XCTAssertThrowsError(try parse("score posts er by platform,platform")) { error in
            XCTAssertEqual((error as? RapportError)?.excerpt?.offset, 27)
        }
    }

    func testJSONAfterAnyCommandAsksForJSONOnly() throws {
        let invocation = try parse("score posts er --json by voice")
        XCTAssertEqual(invocation.output, .json)
        XCTAssertEqual(scoreWords(invocation), ["posts", "er"])
        XCTAssertNil(try parse(#"score posts "--json""#).output, "a quoted --json is a word")
    }

    func testOutputAfterAnyCommandAsksForThatModeOnly() throws {
        let invocation = try parse("score posts er --output csv by voice")
        XCTAssertEqual(invocation.output, .csv)
        XCTAssertEqual(scoreWords(invocation), ["posts", "er"])
        XCTAssertEqual(try parse("score posts er --output=markdown").output, .md, "markdown is md")
        XCTAssertEqual(try parse("score posts er --output tsv").output, .tsv)
        XCTAssertNil(try parse("score posts er").output)
    }

    func testABadOutputModeIsRefusedAtItsWord() throws {
        XCTAssertThrowsError(try parse("score posts er --output cvs")) { error in
            let error = error as? RapportError
            XCTAssertEqual(error?.message, Words.notAChoice("cvs", OutputMode.words).suggesting("csv"))
            XCTAssertEqual(error?.excerpt?.offset, 24, "the caret is under 'cvs'")
        }
        XCTAssertThrowsError(try parse("score posts er --output")) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.flagNeedsValue("output", "FORMAT"))
        }
    }

    func testAHomeTildeIsExpandedInFileAndFolderWordsOnly() throws {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        let invocation = try parse("read ~/exports/may.csv ~/text --into ~")
        XCTAssertEqual(invocation[Self.file].text, home + "/exports/may.csv")
        XCTAssertEqual(invocation[Self.word]?.text, "~/text")
        XCTAssertEqual(invocation[Self.into]?.text, home)
        XCTAssertEqual(invocation[Self.file].offset, 5, "errors still point at the word typed")
        XCTAssertEqual(try parse("read data/~x.csv")[Self.file].text, "data/~x.csv")
    }

    func testHelpFlagSkipsArgumentChecks() throws {
        let parsed = try InvocationParser.parse("score --help", tokens: try Lexer.words("score --help"), registry: registry)
        XCTAssertTrue(parsed.wantsHelp)
    }
}
