@testable import ExportModule
import Foundation
import RapportTestSupport
import XCTest

/// The independent check of the text-width estimate: headless Chromium lays out every sample chart (long and German
/// labels, big numbers, wide and hostile text) with the report's style sheet, and a measuring script, in this
/// test-only page, reports each `<text>`'s real `getBBox()`. Every box must lie inside its chart's view box and be no
/// wider than `SVGText` estimated. Set RAPPORT_CHART_PAGE to a folder to keep the page and a screenshot there.
final class SVGChartsChromiumTests: XCTestCase {
    /// One measured text, as the script reports it.
    private struct Measurement: Decodable {
        let chart: String, text: String
        let size: Double, baseline: Double
        let x: Double, y: Double, width: Double, height: Double
        let boxWidth: Double, boxHeight: Double
    }

    /// The script that measures every text of every chart into the `<pre id="measurements">` as JSON.
    private static let script = """
    const rows = [];
    document.querySelectorAll('section').forEach((section) => {
      const svg = section.querySelector('svg'), view = svg.viewBox.baseVal;
      svg.querySelectorAll('text').forEach((text) => {
        const box = text.getBBox();
        const shown = Array.from(text.childNodes).filter((node) => node.nodeType === 3)
          .map((node) => node.data).join('');
        rows.push({ chart: section.id, text: shown, size: parseFloat(getComputedStyle(text).fontSize),
                    baseline: text.y.baseVal[0].value, x: box.x, y: box.y, width: box.width, height: box.height,
                    boxWidth: view.width, boxHeight: view.height });
      });
    });
    document.getElementById('measurements').textContent = JSON.stringify(rows);
    """

    private var folder: URL!

    override func setUpWithError() throws {
        if let kept = ProcessInfo.processInfo.environment["RAPPORT_CHART_PAGE"] {
            folder = URL(fileURLWithPath: kept)
        } else {
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("rapport-charts-\(UUID().uuidString)")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if ProcessInfo.processInfo.environment["RAPPORT_CHART_PAGE"] == nil, let folder {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    func testEveryTextLiesInsideItsChartAndWithinTheEstimate() throws {
        let chromium = try HeadlessChromium(profile: folder.appendingPathComponent("profile").path)
        let sections = ChartSamples.all.map {
            "<section id=\"\($0.name)\"><h3>\($0.name)</h3><figure>\n\($0.svg)\n</figure></section>"
        }
        let head = ["<!DOCTYPE html>", "<html lang=\"de\"><head><meta charset=\"utf-8\">", "<style>", ReportStyle.css(.de),
                    "</style>", "</head><body>"]
        let tail = ["<pre id=\"measurements\"></pre>", "<script>", SVGChartsChromiumTests.script, "</script>",
                    "</body></html>"]
        let page = (head + sections + tail).joined(separator: "\n")
        let file = folder.appendingPathComponent("charts.html")
        try Data(page.utf8).write(to: file)
        let dom = try chromium.run(["--dump-dom"], file: file.path)
        let measured = try measurements(in: dom)
        XCTAssertEqual(Set(measured.map(\.chart)), Set(ChartSamples.all.map(\.name)).subtracting(["heatmap-empty"]),
                       "every chart with texts was measured (an empty heat map has none)")
        XCTAssertGreaterThan(measured.count, 150)
        XCTAssertTrue(measured.contains { $0.text.contains("n = 1,234,567") })
        XCTAssertTrue(measured.contains { $0.text == "Donnerstag" })
        for text in measured {
            let place = "\(text.chart): \(text.text) at \(text.x), \(text.y), \(text.width) × \(text.height)"
            XCTAssertGreaterThan(text.size, 0, place)
            XCTAssertGreaterThanOrEqual(text.x, 0, place)
            XCTAssertGreaterThanOrEqual(text.y, 0, place)
            XCTAssertLessThanOrEqual(text.x + text.width, text.boxWidth + 0.01, place)
            XCTAssertLessThanOrEqual(text.y + text.height, text.boxHeight + 0.01, place)
            let estimate = SVGText.width(text.text, fontSize: text.size)
            XCTAssertLessThanOrEqual(text.width, estimate + 0.01, "estimate: \(place)")
            XCTAssertGreaterThanOrEqual(text.y, text.baseline - SVGText.ascent * text.size - 0.01, "ascent: \(place)")
            XCTAssertLessThanOrEqual(text.y + text.height, text.baseline + SVGText.descent * text.size + 0.01, place)
        }
        let png = folder.appendingPathComponent("charts.png")
        _ = try chromium.run(["--screenshot=\(png.path)", "--window-size=1000,4200", "--hide-scrollbars"],
                             file: file.path)
        XCTAssertGreaterThan((try Data(contentsOf: png)).count, 20_000, "a page of charts, not a blank image")
    }

    /// The measurements the script wrote into the dumped page.
    private func measurements(in dom: String) throws -> [Measurement] {
        let start = try XCTUnwrap(dom.range(of: "<pre id=\"measurements\">"), "the page was dumped")
        let end = try XCTUnwrap(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
            .replacingOccurrences(of: "&amp;", with: "&")
        XCTAssertFalse(json.isEmpty, "the measuring script ran")
        return try JSONDecoder().decode([Measurement].self, from: Data(json.utf8))
    }
}
