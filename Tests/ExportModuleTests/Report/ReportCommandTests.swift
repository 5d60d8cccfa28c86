@testable import ExportModule
import RapportCore
import RapportTestSupport
import XCTest

/// `report FILE`: what it writes, what it refuses, and that a refusal or failure leaves nothing behind.
final class ReportCommandTests: XCTestCase {
    private var workspace: ReportWorkspace!

    override func setUpWithError() throws {
        workspace = try ReportWorkspace()
    }

    override func tearDown() {
        workspace.remove()
    }

    func testHTMLHoldsEverySectionAndNoScriptOrExternalAsset() throws {
        try workspace.harness.run("report '\(workspace.path("r.html"))'")
        let html = try workspace.read("r.html")
        for id in ["key-findings", "finding-1", "finding-4", "appendix"] {
            XCTAssertTrue(html.contains("id=\"\(id)\">"), id)
        }
        // By hand: person's median 0.20 ≥ 0.03 is met, the other group's 0.004 is not.
        XCTAssertTrue(html.contains("<p class=\"sentence\">1 of 2 goals met.</p>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertTrue(html.contains(ReportWorkspace.escapedHostile))
        XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1, 3, "two bar charts and a kite chart")
        XCTAssertFalse(html.contains(" href="))
        XCTAssertFalse(html.contains("url("))
        XCTAssertTrue(html.contains("@media print"))
    }

    func testMarkdownByExtensionWithItsChartsBesideIt() throws {
        try workspace.harness.run("report '\(workspace.path("r.md"))'")
        let markdown = try workspace.read("r.md")
        XCTAssertTrue(markdown.hasPrefix("# "))
        XCTAssertFalse(markdown.contains("<html"))
        XCTAssertTrue(markdown.contains("## Engagement rate compared by voice"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.path("r-charts")).sorted(),
                       ["02-survey-profile.svg", "03-score.svg", "04-comparison.svg"])
    }

    func testDeckAndWorkbookByExtension() throws {
        try workspace.harness.run("report '\(workspace.path("r.pptx"))'")
        try workspace.harness.run("report '\(workspace.path("r.xlsx"))'")
        for name in ["r.pptx", "r.xlsx"] {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: workspace.path(name))).prefix(2))
            XCTAssertEqual(bytes, [0x50, 0x4B], "\(name) is a zip package")
        }
    }

    func testStdoutTakesTextFormatsOnlyAndWritesNoFile() throws {
        let error = try XCTUnwrap(workspace.harness.error("report - --type pptx"))
        XCTAssertEqual(error.message, Words.reportBinaryToStdout("pptx"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path), [])
    }

    func testAnSVGLogoIsRefusedForADeck() throws {
        let logo = workspace.path("logo.svg")
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".write(toFile: logo, atomically: true, encoding: .utf8)
        let error = try XCTUnwrap(workspace.harness.error("report '\(workspace.path("r.pptx"))' --logo '\(logo)'"))
        XCTAssertEqual(error.message, Words.reportLogoNeedsPNG("pptx"))
        try workspace.harness.run("report '\(workspace.path("r.html"))' --logo '\(logo)'")
        XCTAssertTrue(try workspace.read("r.html").contains("src=\"data:image/svg+xml;base64,"))
        let text = workspace.path("logo.txt")
        try "x".write(toFile: text, atomically: true, encoding: .utf8)
        XCTAssertEqual(try XCTUnwrap(workspace.harness.error("report '\(workspace.path("s.html"))' --logo '\(text)'"))
                        .message, Words.reportLogoFormat(text))
    }

    func testExistingFileIsKeptWithoutForceAndReplacedWithIt() throws {
        let path = workspace.path("r.html")
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try XCTUnwrap(workspace.harness.error("report '\(path)'"))
        XCTAssertEqual(error.message, Words.fileExists(path))
        XCTAssertEqual(try workspace.read("r.html"), "old")
        try workspace.harness.run("report '\(path)' --force")
        XCTAssertTrue(try workspace.read("r.html").hasPrefix("<!DOCTYPE html>"))
    }

    func testUnknownExtensionIsRefusedAtTheFileWord() throws {
        let error = try XCTUnwrap(workspace.harness.error("report out.pdf"))
        XCTAssertEqual(error.message, Words.reportUnknownFormat("out.pdf"))
        XCTAssertEqual(error.excerpt?.offset, 7, "the caret points at the file name")
    }

    func testUnknownDatasetSuggestsTheClosest() throws {
        let error = try XCTUnwrap(workspace.harness.error("report '\(workspace.path("r.html"))' --datasets posts-engagement-rat"))
        XCTAssertEqual(error.message, Words.unknownDataset("posts-engagement-rat").suggesting("posts-engagement-rate"))
        let kind = try XCTUnwrap(workspace.harness.error("report '\(workspace.path("r.html"))' --include comparisn"))
        XCTAssertEqual(kind.message, Words.unknownDataset("comparisn").suggesting("comparison"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.path("r.html")))
    }

    func testRawDataIsNotAResult() throws {
        let error = try XCTUnwrap(workspace.harness.error("report '\(workspace.path("r.html"))' --datasets posts"))
        XCTAssertEqual(error.message, Words.reportNotAResult("posts"))
    }

    func testDatasetsFlagKeepsOnlyTheNamedResults() throws {
        try workspace.harness.run("report '\(workspace.path("r.html"))' --datasets posts-engagement-rate-by-voice-pairs")
        let html = try workspace.read("r.html")
        XCTAssertTrue(html.contains("<section class=\"finding comparison\" id=\"finding-1\">"),
                      "naming the pairs table picks its comparison")
        XCTAssertFalse(html.contains("id=\"finding-2\""))
        XCTAssertTrue(html.contains("<td>posts-engagement-rate-by-voice-pairs</td>"))
        let error = try XCTUnwrap(workspace.harness.error("report '\(workspace.path("s.html"))' --include goals "
                                                          + "--datasets culture"))
        XCTAssertEqual(error.message, Words.reportIncludeTwice)
    }

    func testMissingFolderFailsWithoutLeavingAFile() throws {
        let path = workspace.path("missing/r.html")
        let error = try XCTUnwrap(workspace.harness.error("report '\(path)'"))
        XCTAssertEqual(error.message, Words.targetFolderMissing(workspace.path("missing")))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path), [])
    }

    func testWorkspaceIsUnchanged() throws {
        let before = workspace.harness.workspace.manifest
        try workspace.harness.run("report '\(workspace.path("r.md"))'")
        XCTAssertEqual(workspace.harness.workspace.manifest, before)
    }

    func testLanguageAndTitle() throws {
        try workspace.harness.run("report '\(workspace.path("r.html"))' --lang de --title '<b>Kunde & Co</b>'")
        let html = try workspace.read("r.html")
        XCTAssertTrue(html.contains("<html lang=\"de\">"))
        XCTAssertTrue(html.contains("<title>&lt;b&gt;Kunde &amp; Co&lt;/b&gt;</title>"))
        XCTAssertTrue(html.contains("<h2>Engagementrate im Vergleich nach Stimme</h2>"))
        XCTAssertTrue(html.contains("<p class=\"sentence\">1 von 2 Zielen erreicht.</p>"))
        // By hand: ratio of medians 0.20 / 0.004 = 50, written the German way in the German sentence.
        XCTAssertTrue(html.contains("person-Beiträge erzielten das 50-Fache"), html)
    }

    func testTimeFollowsSourceDateEpochForReproducibleReports() throws {
        setenv("SOURCE_DATE_EPOCH", "86400", 1)
        defer { unsetenv("SOURCE_DATE_EPOCH") }
        try workspace.harness.run("report '\(workspace.path("r.md"))'")
        // 86,400 s after the epoch is one day later.
        XCTAssertTrue(try workspace.read("r.md").contains("- Written: 1970-01-02T00:00:00Z"))
    }
}
