@testable import ExportModule
import RapportCore
import XCTest

/// The bars' geometry (checked by hand from the label and caption areas), captions never cut, and the escaping of
/// their texts.
final class SVGBarChartTests: XCTestCase {
    /// Bars 2 (interval 1–4) and 3 (no interval): the top of the scale is 4.
    private let chart = SVGBarChart(bars: [BarChart.Bar(label: "a", value: 2, low: 1, high: 4, caption: "2 (1–4)"),
                                           BarChart.Bar(label: "b", value: 3, caption: "3")], title: "medians")

    func testAreasAreAsWideAsTheirTextsAndTheScaleReachesTheHighestIntervalEnd() {
        // Labels: "a" and "b" (1255 and 1300 units): 1300 / 2048 × 12 × 1.08 = 8.23 px, plus 8 px either side.
        XCTAssertEqual(chart.labelWidth, 1300.0 / 2048 * 12 * 1.08 + 16, accuracy: 1e-9)
        // Captions: "2 (1–4)" = 1303 + 651 + 799 + 1303 + 1024 + 1303 + 799 = 7182 units, plus 8 px either side.
        XCTAssertEqual(chart.captionWidth, 7182.0 / 2048 * 12 * 1.08 + 16, accuracy: 1e-9)
        XCTAssertEqual(chart.width, 640, "short texts keep the least width")
        XCTAssertEqual(chart.top, 4)
        // x(v) = label area + v / 4 × plot area; negative values sit at the axis.
        let plot = 640 - chart.labelWidth - chart.captionWidth
        XCTAssertEqual(chart.x(0), chart.labelWidth, accuracy: 1e-9)
        XCTAssertEqual(chart.x(2), chart.labelWidth + plot / 2, accuracy: 1e-9)
        XCTAssertEqual(chart.x(4), 640 - chart.captionWidth, accuracy: 1e-9)
        XCTAssertEqual(chart.x(-1), chart.labelWidth, accuracy: 1e-9)
    }

    func testBarsAndWhiskersAreDrawnAtTheirValues() throws {
        let svg = try ParsedSVG(chart.svg)
        let bars = svg.elements(named: "rect")
        XCTAssertEqual(bars.count, 2)
        // Bar a: from the label area to x(2), row 4 … 32 with 5 px kept above and below; bar b to x(3).
        XCTAssertEqual(bars[0]["x"], SVGFrame.coordinate(chart.labelWidth))
        XCTAssertEqual(bars[0]["y"], "9.0")
        XCTAssertEqual(bars[0]["height"], "18.0")
        XCTAssertEqual(Double(bars[0]["width"] ?? "") ?? 0, chart.x(2) - chart.labelWidth, accuracy: 0.05)
        XCTAssertEqual(Double(bars[1]["width"] ?? "") ?? 0, chart.x(3) - chart.labelWidth, accuracy: 0.05)
        // Whisker of a: row middle 4 + 14 = 18, from x(1) to x(4), caps 6 px up and down.
        let low = SVGFrame.coordinate(chart.x(1)), high = SVGFrame.coordinate(chart.x(4))
        XCTAssertEqual(svg.elements(named: "path").map { $0["d"] },
                       ["M\(low) 18.0H\(high)M\(low) 12.0V24.0M\(high) 12.0V24.0"])
        XCTAssertEqual(svg.elements.first?.attributes["width"], "100%", "the chart scales down with the page")
        XCTAssertEqual(svg.elements.first?.attributes["style"], "max-width: 640.0px", "but not beyond its own size")
    }

    func testABigCountInTheCaptionIsNeverCut() throws {
        let caption = "3.1 % (2.9–3.3 %) · n = 1,234,567"
        let bar = BarChart.Bar(label: "person", value: 0.031, low: 0.029, high: 0.033, caption: caption)
        let wide = SVGBarChart(bars: [bar], title: "medians")
        let svg = try ParsedSVG(wide.svg)
        XCTAssertEqual(svg.texts.map(\.shown), ["person", caption])
        XCTAssertEqual(svg.textsOutside.map(\.shown), [])
        // The caption's area holds the whole caption: it ends 8 px before the chart's edge.
        let box = try XCTUnwrap(svg.texts.last).box
        XCTAssertEqual(box.right, svg.width - 8, accuracy: 0.1)
    }

    func testLongLabelsAreCutAndTheChartWidensForLongCaptions() throws {
        let label = String(repeating: "Öffentlichkeitsarbeit ", count: 4), caption = String(repeating: "W", count: 60)
        let chart = SVGBarChart(bars: [BarChart.Bar(label: label, value: 1, caption: caption)], title: "t")
        let svg = try ParsedSVG(chart.svg)
        let shownLabel = try XCTUnwrap(svg.texts.first)
        XCTAssertTrue(shownLabel.shown.hasSuffix("…"))
        XCTAssertEqual(shownLabel.tooltip, label, "the whole label stays as a tooltip")
        XCTAssertLessThanOrEqual(SVGText.width(shownLabel.shown, fontSize: 12), SVGBarChart.labelLimit)
        // 60 W (2025 units each) take 60 × 2025 / 2048 × 12 × 1.08 = 768.9 px: the chart grows past 640.
        XCTAssertEqual(chart.width, chart.labelWidth + chart.captionWidth + SVGBarChart.plotMinimum, accuracy: 1e-9)
        XCTAssertGreaterThan(chart.width, 768 + SVGBarChart.plotMinimum)
        XCTAssertEqual(svg.texts.last?.shown, caption)
        XCTAssertEqual(svg.textsOutside.map(\.shown), [])
    }

    func testLabelsCaptionsAndTitleAreEscaped() {
        let hostile = "<script>alert(1)</script>"
        let svg = SVGBarChart(bars: [BarChart.Bar(label: hostile, value: 1, caption: hostile)], title: hostile).svg
        XCTAssertFalse(svg.contains("<script>"))
        // The title element, the aria-label, the label and the caption.
        XCTAssertEqual(svg.components(separatedBy: "&lt;script&gt;alert(1)&lt;/script&gt;").count - 1, 4)
    }
}
