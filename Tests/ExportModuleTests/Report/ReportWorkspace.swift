import CompareModule
@testable import ExportModule
import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// A workspace with one score, one goal, one comparison and one survey profile, whose texts include hostile ones,
/// and a temporary folder for the reports written from it.
struct ReportWorkspace {
    /// The text a stranger may post; it must always show as text.
    static let hostile = "<script>alert(1)</script>"
    /// The hostile text as HTML must write it.
    static let escapedHostile = "&lt;script&gt;alert(1)&lt;/script&gt;"

    /// Four posts: person rates 10/100 = 0.10 and 30/100 = 0.30 (median 0.20); the hostile group 2/1000 and 6/1000
    /// (median 0.004). With the goal engagement-rate ≥ 3 % by voice, person meets it and the hostile group misses it.
    static let posts = Dataset(name: "posts", columns: [
        Column.text("voice", ["person", "person", hostile, hostile], role: .voice),
        Column.integer("likes", [10, 30, 2, 6], role: .likes),
        Column.integer("followers", [100, 100, 1000, 1000], role: .followers),
    ], kind: .posts)

    /// Culture scores now and preferred per type (the survey convention's columns), one type named by a stranger.
    static let culture = Dataset(name: "culture", columns: [
        Column.text("type", ["Clan", "Adhocracy", "Market", hostile]),
        Column.integer("now", [20, 15, 40, 25]), Column.integer("preferred", [35, 25, 25, 15]),
    ])

    /// The harness running score, compare, goal and report.
    let harness: CommandHarness
    /// A fresh folder for report files.
    let folder: URL

    /// The workspace after `score`, `goal set` and `compare` ran on the posts.
    init(language: Language = .en) throws {
        harness = try CommandHarness(commands: ScoreModule.commands + CompareModule.commands + ExportModule.commands,
                                     datasets: [Self.posts, Self.culture], language: language)
        try harness.run("score posts engagement-rate by voice")
        try harness.run("goal set er posts engagement-rate >= 3% by voice")
        try harness.run("compare posts engagement-rate by voice --seed 7")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The path of a file in the folder.
    func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    /// The text of a file in the folder.
    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// A context on the workspace in a language, for calling the report's parts directly.
    func context(_ language: Language) -> CommandContext {
        CommandContext(workspace: harness.workspace, registry: Registry([]), host: nil, input: nil, console: Self.silent,
                       language: language)
    }

    /// A console that writes nowhere.
    static var silent: Console {
        Console(isTerminal: false, usesColor: false, width: 100, out: { _ in }, error: { _ in })
    }

    /// The report's document as of 1970-01-01T00:00:00Z.
    func document(_ language: Language = .en, title: String? = nil, client: String? = nil,
                  include: Set<String>? = nil) throws -> ReportDocument {
        try Self.document(of: context(language), title: title, client: client, include: include)
    }

    /// The document of the workspace of a context as of 1970-01-01T00:00:00Z.
    static func document(of context: CommandContext, title: String? = nil, client: String? = nil,
                         include: Set<String>? = nil) throws -> ReportDocument {
        try FindingsBuilder(context: context).document(FindingsBuilder.Request(
            title: title, client: client, logo: nil, include: include, time: "1970-01-01T00:00:00Z"))
    }

    /// A context on an in-memory workspace that holds only the given datasets, stored with the findings given by name.
    static func context(holding datasets: [Dataset], findings: [String: Finding] = [:]) throws -> CommandContext {
        let workspace = try Workspace(store: MemoryStore())
        try workspace.perform(command: "setup", logged: false) {
            for dataset in datasets { try workspace.put(dataset, finding: findings[dataset.name]) }
        }
        return CommandContext(workspace: workspace, registry: Registry([]), host: nil, input: nil, console: silent, language: .en)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
