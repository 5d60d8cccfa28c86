@testable import ExportModule
import RapportTestSupport
import RapportCore
import ScoreModule
import XCTest

/// What the report takes from the workspace: which dataset is what, the goals, the bars and the sentence.
final class ReportGathererTests: XCTestCase {
    private var workspace: ReportWorkspace!

    override func setUpWithError() throws {
        workspace = try ReportWorkspace()
    }

    override func tearDown() {
        workspace.remove()
    }

    func testRolesOfTheStoredDatasets() throws {
        let stored = workspace.harness.workspace
        let roles = stored.entries.map { ReportGatherer.role(of: $0, in: stored) }
        XCTAssertEqual(stored.entries.map(\.name), ["posts", "culture", "posts-engagement-rate", "posts-engagement-rate-by-voice",
                                                    "posts-engagement-rate-by-voice-pairs"])
        XCTAssertEqual(roles, [nil, .survey, .score, .comparison, .pairs])
    }

    func testGoalsAreCountedAndWorded() throws {
        let content = try workspace.content()
        XCTAssertEqual(content.goalsMet, 1)
        XCTAssertEqual(content.goalsTotal, 2)
        let met = try XCTUnwrap(content.goals?.column(named: "met"))
        // Groups sort ascending: "<script>…" before "person"; 0.004 misses 3 %, 0.20 meets it.
        XCTAssertEqual([met.data[0], met.data[1]], [.text("missed"), .text("met")])
    }

    func testBarsShowMediansWithIntervalsAndPosts() throws {
        let comparison = try XCTUnwrap(try workspace.content().comparisons.first)
        let groups = comparison.groups
        // Groups come sorted: "<" (0x3C) sorts before "p".
        XCTAssertEqual(comparison.bars.map(\.label), [ReportWorkspace.hostile, "person"])
        // Medians by hand: the other group (0.002 + 0.006) / 2 = 0.004, person (0.10 + 0.30) / 2 = 0.20.
        XCTAssertEqual(comparison.bars[0].value, 0.004, accuracy: 1e-12)
        XCTAssertEqual(comparison.bars[1].value, 0.20, accuracy: 1e-12)
        XCTAssertEqual(comparison.bars[1].low, groups.column(named: "median_low")?.data[1].number)
        XCTAssertEqual(comparison.bars[1].high, groups.column(named: "median_high")?.data[1].number)
        XCTAssertNotNil(comparison.bars[1].low)
        XCTAssertTrue(comparison.bars[1].caption.hasPrefix("20.0 % ("), comparison.bars[1].caption)
        XCTAssertTrue(comparison.bars[1].caption.hasSuffix(" · n = 2"), comparison.bars[1].caption)
    }

    func testSentenceIsInTheReportsLanguage() throws {
        XCTAssertTrue(try workspace.content(.en).comparisons[0].sentence?.hasPrefix("person posts earned 50 times") ?? false)
        XCTAssertTrue(try workspace.content(.de).comparisons[0].sentence?.hasPrefix("person-Beiträge erzielten das 50-Fache") ?? false)
    }

    func testSummaryShowsTheWholeCommandThatStoredEachDataset() throws {
        let content = try workspace.content()
        let source = try XCTUnwrap(content.summary.column(named: "source"))
        XCTAssertEqual(source.data[2], .text("score posts engagement-rate by voice"))
        XCTAssertEqual(source.data[3], .text("compare posts engagement-rate by voice --seed 7"))
        XCTAssertEqual(content.comparisons.first?.source, "compare posts engagement-rate by voice --seed 7")
    }

    func testScoresThatDifferInAFlagShowWhichFlag() throws {
        // Two scores of one metric: by followers (10/100, 20/100: median 0.15) and by reach (10/20, 20/40: median 0.5).
        let posts = Dataset(name: "fb", columns: [
            Column.integer("likes", [10, 20], role: .likes), Column.integer("followers", [100, 100], role: .followers),
            Column.integer("reach", [20, 40], role: .reach),
        ], kind: .posts)
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [posts])
        try harness.run("score fb engagement-rate as by-followers")
        try harness.run("score fb engagement-rate --denominator reach as by-reach")
        let context = CommandContext(workspace: harness.workspace, registry: Registry([]), host: nil, input: nil,
                                     console: ReportWorkspace.silent, language: .en)
        let scores = try ReportGatherer.content(title: nil, only: nil, time: "1970-01-01T00:00:00Z", in: context).scores
        XCTAssertEqual(scores.map(\.source), ["score fb engagement-rate as by-followers",
                                              "score fb engagement-rate --denominator reach as by-reach"])
        let medians = scores.map { $0.dataset.column(named: "median")?.data[0].number ?? .nan }
        XCTAssertEqual(medians[0], 0.15, accuracy: 1e-12)
        XCTAssertEqual(medians[1], 0.5, accuracy: 1e-12)
    }

    func testDefaultTitleNamesTheWorkspace() throws {
        XCTAssertEqual(try workspace.content().title, "Analysis report — <memory>")
        XCTAssertEqual(try workspace.content(title: "Q3").title, "Q3")
    }

    func testWorkspaceFolderIsRecordedAsAnAbsolutePath() throws {
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(workspace.folder.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let store = try DirectoryStore(directory: "ws")
        defer { store.close() }
        XCTAssertEqual(store.location, "ws", "the store keeps the path as given")
        let context = CommandContext(workspace: try Workspace(store: store), registry: Registry([]), host: nil, input: nil,
                                     console: ReportWorkspace.silent, language: .en)
        let content = try ReportGatherer.content(title: nil, only: nil, time: "1970-01-01T00:00:00Z", in: context)
        XCTAssertEqual(content.provenance.workspace, workspace.folder.appendingPathComponent("ws").standardizedFileURL.path)
        XCTAssertEqual(content.title, "Analysis report — ws")
    }
}
