@testable import ExportModule
import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// What the findings take from the workspace: which dataset is which result, titles in both languages, the goals as
/// key findings with worded marks, the bars with the full n, the recorded sentence, the command, and `--include`.
final class FindingsBuilderTests: XCTestCase {
    private var workspace: ReportWorkspace!

    override func setUpWithError() throws {
        workspace = try ReportWorkspace()
    }

    override func tearDown() {
        workspace.remove()
    }

    func testKindsOfTheStoredDatasets() throws {
        let stored = workspace.harness.workspace
        XCTAssertEqual(stored.entries.map(\.name), ["posts", "culture", "posts-engagement-rate",
                                                    "posts-engagement-rate-by-voice",
                                                    "posts-engagement-rate-by-voice-pairs"])
        XCTAssertEqual(stored.entries.map { FindingsBuilder.kind(of: $0, in: stored) },
                       [nil, .surveyProfile, .score, .comparison, nil], "the pairs go with their groups")
    }

    func testOneFindingPerResultWithTheGoalsBeforeTheFirstThatIsNoScore() throws {
        let document = try workspace.document()
        XCTAssertEqual(document.findings.map(\.kind), [.goals, .surveyProfile, .score, .comparison])
        XCTAssertEqual(document.findings.map(\.name), ["goals", "culture", "posts-engagement-rate",
                                                       "posts-engagement-rate-by-voice"])
    }

    func testTitlesAreHumanInBothLanguages() throws {
        XCTAssertEqual(try workspace.document(.en).findings.map(\.title),
                       ["Goals", "Culture profile of culture", "Engagement rate by voice",
                        "Engagement rate compared by voice"])
        XCTAssertEqual(try workspace.document(.de).findings.map(\.title),
                       ["Ziele", "Kulturprofil von culture", "Engagementrate nach Stimme",
                        "Engagementrate im Vergleich nach Stimme"])
        XCTAssertEqual(try workspace.document().title, "Social relationships analysis")
        XCTAssertEqual(try workspace.document(.de, title: "Q3").title, "Q3")
    }

    func testGoalsAreKeyFindingsMetOrMissedInWords() throws {
        let lines = try workspace.document().keyFindings.filter { $0.tone != .neutral }
        // Groups sort ascending: "<script>…" (0x3C) before "person"; by hand 0.004 misses 3 %, 0.20 meets it.
        XCTAssertEqual(lines, [
            KeyFinding(text: "Goal er (voice=\(ReportWorkspace.hostile)): 0.40 % against a target of ≥ 3.0 %.",
                       tone: .missed, label: "missed"),
            KeyFinding(text: "Goal er (voice=person): 20.0 % against a target of ≥ 3.0 %.", tone: .met, label: "met"),
        ])
        let german = try workspace.document(.de).keyFindings.filter { $0.tone == .met }
        XCTAssertEqual(german.map(\.label), ["erreicht"])
        XCTAssertEqual(german.first?.text, "Ziel er (voice=person): 20,0 % gegenüber dem Ziel ≥ 3,0 %.")
        XCTAssertEqual(try workspace.document().findings.first?.sentence, "1 of 2 goals met.")
    }

    func testBarsShowMediansWithIntervalsAndTheFullCount() throws {
        let comparison = try XCTUnwrap(try workspace.document().findings.first { $0.kind == .comparison })
        guard case .bars(let bars, let counts, _, let isRate, _, _) = try XCTUnwrap(comparison.chart) else {
            return XCTFail("a bar chart")
        }
        XCTAssertEqual(bars.map(\.label), [ReportWorkspace.hostile, "person"])
        // Medians by hand: (0.002 + 0.006) / 2 = 0.004 and (0.10 + 0.30) / 2 = 0.20.
        XCTAssertEqual(bars[0].value, 0.004, accuracy: 1e-12)
        XCTAssertEqual(bars[1].value, 0.20, accuracy: 1e-12)
        XCTAssertTrue(isRate)
        XCTAssertNotNil(bars[1].low)
        XCTAssertEqual(counts, ["(n = 2)", "(n = 2)"])
        XCTAssertTrue(bars[1].caption.hasPrefix("20.0 % ("), bars[1].caption)
        XCTAssertTrue(bars[1].caption.hasSuffix(" · n = 2"), bars[1].caption)
    }

    func testSentenceAndCommandOfAComparison() throws {
        let english = try XCTUnwrap(try workspace.document(.en).findings.first { $0.kind == .comparison })
        XCTAssertTrue(english.sentence?.hasPrefix("person posts earned 50 times") ?? false)
        XCTAssertEqual(english.command, "compare posts engagement-rate by voice --seed 7")
        XCTAssertEqual(english.tables.count, 2, "groups and pairs")
        XCTAssertTrue(english.keyLines.contains { $0.text == english.sentence })
        let german = try XCTUnwrap(try workspace.document(.de).findings.first { $0.kind == .comparison })
        XCTAssertTrue(german.sentence?.hasPrefix("person-Beiträge erzielten das 50-Fache") ?? false)
    }

    func testScoreSentenceNamesTheHighestAndLowestMedian() throws {
        let score = try XCTUnwrap(try workspace.document().findings.first { $0.kind == .score })
        XCTAssertEqual(score.sentence, "Engagement rate: highest median 20.0 % (person), lowest 0.40 % "
                       + "(\(ReportWorkspace.hostile)).")
        XCTAssertEqual(score.notes.count, 2, "the metric's definition and formula")
    }

    func testIncludeTakesNamesAndKinds() throws {
        XCTAssertEqual(try workspace.document(include: ["comparison"]).findings.map(\.kind), [.comparison])
        XCTAssertEqual(try workspace.document(include: ["posts-engagement-rate-by-voice-pairs"]).findings.map(\.kind),
                       [.comparison], "naming the pairs picks their comparison")
        XCTAssertEqual(try workspace.document(include: ["goals", "culture"]).findings.map(\.kind),
                       [.goals, .surveyProfile])
    }

    func testAnAuditSaysTheShareAndTheRealAudienceAndKeepsItsDetailTablesOut() throws {
        let summary = Dataset(name: "fans-audit", columns: [
            Column.text("measure", ["fake_share", "fake_share_low", "fake_share_high", "real_audience",
                                    "real_audience_low", "real_audience_high", "benford_p_value"]),
            Column.decimal("value", [0.25, 0.2, 0.3, 1500.4, 1400, 1600, 0.000_01]),
        ], kind: .audit)
        let followers = Dataset(name: "fans-audit-followers", columns: [
            Column.text("follower_id", ["f1"]), Column.decimal("score", [0.9]),
        ], kind: .audit)
        let context = try ReportWorkspace.context(holding: [summary, followers],
                                                  findings: ["fans-audit": Finding(.audit),
                                                             "fans-audit-followers": Finding(.audit)])
        let document = try ReportWorkspace.document(of: context)
        XCTAssertEqual(document.findings.map(\.name), ["fans-audit"])
        XCTAssertEqual(document.keyFindings.map(\.text), [
            "About 25.0 % of the followers are likely fake (20.0–30.0 %); the real audience is about 1,500 "
                + "(1,400–1,600).",
        ])
        XCTAssertEqual(document.figures, [KeyFigure(value: "1,500", label: "real audience")])
        let table = try XCTUnwrap(document.findings.first?.tables.first)
        XCTAssertEqual(table.rows, [["share likely fake", "25.0 %"], ["interval of the share", "20.0–30.0 %"],
                                    ["real audience", "1,500"], ["range of the real audience", "1,400–1,600"],
                                    ["Benford p", "< 0.001"]])
        let asked = try ReportWorkspace.document(of: context, include: ["fans-audit-followers"])
        XCTAssertEqual(asked.findings.map(\.kind), [.table])
    }

    func testAppendixListsTheDatasetsBehindTheFindingsAndWhatTheyRead() throws {
        let appendix = try workspace.document().appendix
        XCTAssertEqual(appendix.datasets.map(\.name), ["posts", "culture", "posts-engagement-rate",
                                                       "posts-engagement-rate-by-voice",
                                                       "posts-engagement-rate-by-voice-pairs"])
        XCTAssertEqual(appendix.datasets.map(\.rows), [4, 4, 2, 2, 1])
        XCTAssertEqual(appendix.time, "1970-01-01T00:00:00Z")
        XCTAssertEqual(appendix.workspace, "<memory>")
        XCTAssertEqual(appendix.methods.count, Words.findingsMethodNotes.count)
    }

    func testWorkspaceFolderIsRecordedAsAnAbsolutePath() throws {
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(workspace.folder.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let store = try DirectoryStore(directory: "ws")
        defer { store.close() }
        let context = CommandContext(workspace: try Workspace(store: store), registry: Registry([]), host: nil,
                                     input: nil, console: ReportWorkspace.silent, language: .en)
        XCTAssertEqual(try ReportWorkspace.document(of: context).appendix.workspace,
                       workspace.folder.appendingPathComponent("ws").standardizedFileURL.path)
    }
}
