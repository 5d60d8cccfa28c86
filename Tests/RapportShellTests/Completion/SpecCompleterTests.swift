import Foundation
import RapportCore
import XCTest
@testable import RapportShell

/// SpecCompleter: commands, subcommands, positionals and flags completed from the specifications.
final class SpecCompleterTests: XCTestCase {
    private let note = Message(en: "test", de: "Test")
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("completer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("exports"),
                                                withIntermediateDirectories: true)
        for name in ["posts.csv", "pages.csv", ".hidden.csv"] {
            try Data("x\n".utf8).write(to: directory.appendingPathComponent(name))
        }
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private var specs: [CommandSpec] {
        [
            CommandSpec(name: "show", aliases: ["sh"], module: "core", summary: note,
                        positionals: [PositionalSpec("DATASET", .dataset)],
                        flags: [FlagSpec("limit", .integer, note), FlagSpec("format", .choice(["table", "json"]), note),
                                FlagSpec(switch: "all", note), FlagSpec("columns", .columnList, note)],
                        clauses: [.by, .where]),
            CommandSpec(name: "score", module: "score", summary: note,
                        positionals: [PositionalSpec("DATASET", .dataset), PositionalSpec("COLUMN", .column, optional: true)],
                        clauses: [.by]),
            CommandSpec(name: "import", module: "import", summary: note,
                        positionals: [PositionalSpec("FILE", .file, repeating: true)]),
            CommandSpec(name: "workspace", module: "core", summary: note,
                        subcommands: [
                            CommandSpec(name: "open", module: "core", summary: note,
                                        positionals: [PositionalSpec("DIR", .directory)]),
                            CommandSpec(name: "close", module: "core", summary: note),
                        ]),
            CommandSpec(name: "set", module: "core", summary: note,
                        positionals: [PositionalSpec("NAME", .setting), PositionalSpec("VALUE", .text)],
                        subcommands: [CommandSpec(name: "reset", module: "core", summary: note)]),
            CommandSpec(name: "help", module: "core", summary: note,
                        positionals: [PositionalSpec("COMMAND", .command, optional: true)]),
            CommandSpec(name: "dedupe", module: "explore", summary: note,
                        positionals: [PositionalSpec("DATASET", .dataset)],
                        flags: [FlagSpec("keep", .choice(["first", "last"]), note)], clauses: [.on, .as]),
            CommandSpec(name: "convert", module: "explore", summary: note,
                        positionals: [PositionalSpec("DATASET", .dataset), PositionalSpec("COLUMN", .column),
                                      PositionalSpec("to", .choice(["to"])),
                                      PositionalSpec("TYPE", .choice(["integer", "decimal", "time", "text"]))]),
            CommandSpec(name: "roles", module: "import", summary: note,
                        positionals: [PositionalSpec("DATASET", .dataset, optional: true),
                                      PositionalSpec("COLUMN=ROLE", .roleAssignment, optional: true, repeating: true)]),
        ]
    }

    private func completer() -> SpecCompleter {
        let specs = self.specs
        return SpecCompleter(
            commands: { specs },
            datasets: { ["posts", "pages", "comments"] },
            columns: { dataset in
                dataset == "posts" ? ["likes", "shares", "Page total likes", "Page views, total"] : ["other"]
            },
            settings: { ["lang", "output", "seed"] })
    }

    private func complete(_ line: String) -> Completion {
        completer().complete(line: line, cursor: line.count)
    }

    func testFirstWordCompletesCommandNamesAndAliases() {
        XCTAssertEqual(complete("s"), Completion(replaceFrom: 0, candidates: ["score", "set", "sh", "show"]))
        XCTAssertEqual(complete("he"), Completion(replaceFrom: 0, candidates: ["help"]))
        XCTAssertEqual(complete("").candidates.count, 10)
    }

    func testUnknownCommandCompletesNothing() {
        XCTAssertEqual(complete("nosuch p"), Completion(replaceFrom: 7, candidates: []))
    }

    func testSecondWordCompletesSubcommands() {
        XCTAssertEqual(complete("workspace "), Completion(replaceFrom: 10, candidates: ["close", "open"]))
        XCTAssertEqual(complete("workspace o"), Completion(replaceFrom: 10, candidates: ["open"]))
    }

    func testSubcommandsAndFirstPositionalTogether() {
        XCTAssertEqual(complete("set "), Completion(replaceFrom: 4, candidates: ["lang", "output", "reset", "seed"]))
    }

    func testSubcommandPositionalCompletesDirectoriesOnly() {
        let typed = directory.path + "/"
        XCTAssertEqual(complete("workspace open \(typed)").candidates, [typed + "exports/"])
    }

    func testFlagNames() {
        XCTAssertEqual(complete("show posts --"),
                       Completion(replaceFrom: 11, candidates: ["--all", "--columns", "--format", "--limit"]))
        XCTAssertEqual(complete("show posts --f"), Completion(replaceFrom: 11, candidates: ["--format"]))
    }

    func testChoiceFlagValue() {
        XCTAssertEqual(complete("show posts --format "), Completion(replaceFrom: 20, candidates: ["json", "table"]))
        XCTAssertEqual(complete("show posts --format j").candidates, ["json"])
    }

    func testSwitchDoesNotSwallowTheNextWord() {
        XCTAssertEqual(complete("show --all p").candidates, ["pages", "posts"])
    }

    func testFlagValueIsNotTakenForAPositional() {
        XCTAssertEqual(complete("score --limit 5 p").candidates, [])
        XCTAssertEqual(complete("show --limit 5 p").candidates, ["pages", "posts"])
    }

    func testRolesCompletesColumnsWithAnEqualsSignThenRoles() {
        XCTAssertEqual(complete("roles posts li"), Completion(replaceFrom: 12, candidates: ["likes="]))
        XCTAssertEqual(complete("roles posts Pa").candidates, ["`Page total likes`=", "`Page views, total`="])
        XCTAssertEqual(complete("roles posts likes=sh"), Completion(replaceFrom: 18, candidates: ["shares"]))
        XCTAssertEqual(complete("roles posts `Page total likes`=foll").candidates,
                       ["follower_id", "followers", "following"])
        XCTAssertEqual(complete("roles posts likes=shares likes=no").candidates, ["none"])
    }

    func testDatasetPositional() {
        XCTAssertEqual(complete("sh p"), Completion(replaceFrom: 3, candidates: ["pages", "posts"]))
    }

    func testColumnsAfterBy() {
        XCTAssertEqual(complete("show posts by sh"), Completion(replaceFrom: 14, candidates: ["shares"]))
        XCTAssertEqual(complete("show pages by "), Completion(replaceFrom: 14, candidates: ["other"]))
    }

    func testColumnsAfterOnAndAfterACommaInIt() {
        XCTAssertEqual(complete("dedupe posts on sh"), Completion(replaceFrom: 16, candidates: ["shares"]))
        XCTAssertEqual(complete("dedupe posts on likes,sh"), Completion(replaceFrom: 22, candidates: ["shares"]))
        XCTAssertEqual(complete("dedupe posts on likes, sh"), Completion(replaceFrom: 23, candidates: ["shares"]))
        XCTAssertEqual(complete("dedupe posts --keep ").candidates, ["first", "last"])
    }

    func testConvertCompletesTheColumnThenToThenTheType() {
        XCTAssertEqual(complete("convert posts li"), Completion(replaceFrom: 14, candidates: ["likes"]))
        XCTAssertEqual(complete("convert posts likes ").candidates, ["to"])
        XCTAssertEqual(complete("convert posts likes to d").candidates, ["decimal"])
    }

    func testColumnsAfterCommaInBy() {
        XCTAssertEqual(complete("show posts by likes,sh"), Completion(replaceFrom: 20, candidates: ["shares"]))
    }

    func testColumnsInAColumnListFlag() {
        XCTAssertEqual(complete("show posts --columns li"), Completion(replaceFrom: 21, candidates: ["likes"]))
        // After a comma only the part after it is completed: "show posts --columns likes," is 27 characters.
        XCTAssertEqual(complete("show posts --columns likes,sh"), Completion(replaceFrom: 27, candidates: ["shares"]))
    }

    func testColumnsAfterWhere() {
        XCTAssertEqual(complete("show posts where li"), Completion(replaceFrom: 17, candidates: ["likes"]))
    }

    func testColumnsNeedTheDatasetFirst() {
        XCTAssertEqual(complete("score by l").candidates, [])
    }

    func testColumnsWithBlanksOrCommasAreBackticked() {
        XCTAssertEqual(complete("show posts by Page"),
                       Completion(replaceFrom: 14, candidates: ["`Page total likes`", "`Page views, total`"]))
        XCTAssertEqual(complete("show posts by `Page t"),
                       Completion(replaceFrom: 14, candidates: ["`Page total likes`"]))
        XCTAssertEqual(complete("show posts by likes,`Page v"),
                       Completion(replaceFrom: 20, candidates: ["`Page views, total`"]))
    }

    func testColumnPositionalAndClauseWords() {
        XCTAssertEqual(complete("score posts "),
                       Completion(replaceFrom: 12, candidates: ["Page total likes", "Page views, total", "by",
                                                                 "likes", "shares"].map {
                                      $0.contains(" ") ? "`\($0)`" : $0 }.sorted()))
    }

    func testClauseWordsOnceThePositionalsAreGiven() {
        XCTAssertEqual(complete("show posts "), Completion(replaceFrom: 11, candidates: ["by", "where"]))
    }

    func testHelpCompletesCommandNames() {
        XCTAssertEqual(complete("help wo"), Completion(replaceFrom: 5, candidates: ["workspace"]))
    }

    func testFilePathsInADirectory() {
        let base = directory.path + "/"
        XCTAssertEqual(complete("import \(base)p").candidates, [base + "pages.csv", base + "posts.csv"])
        XCTAssertEqual(complete("import \(base)e").candidates, [base + "exports/"])
        XCTAssertEqual(complete("import \(base)").candidates,
                       [base + "exports/", base + "pages.csv", base + "posts.csv"])
        XCTAssertEqual(complete("import \(base).h").candidates, [base + ".hidden.csv"])
    }

    func testRepeatingPositionalKeepsCompletingFiles() {
        let base = directory.path + "/"
        XCTAssertEqual(complete("import \(base)pages.csv \(base)po").candidates, [base + "posts.csv"])
    }

    func testFilePathsWithBlanksAreQuoted() throws {
        try Data().write(to: directory.appendingPathComponent("my posts.csv"))
        let base = directory.path + "/"
        XCTAssertEqual(complete("import \(base)m").candidates, ["\"\(base)my posts.csv\""])
    }

    func testCompletesTheWordAtTheCursorNotTheLineEnd() {
        let completion = completer().complete(line: "show po --limit 5", cursor: 7)
        XCTAssertEqual(completion, Completion(replaceFrom: 5, candidates: ["posts"]))
    }

    func testOffsetsCountCharactersNotBytes() {
        XCTAssertEqual(complete("show posts where Grüße=1 and li"), Completion(replaceFrom: 29, candidates: ["likes"]))
    }
}
