@testable import ExportModule
import RapportCore
import XCTest

/// The bars' geometry (checked by hand) and the escaping of their texts.
final class SVGBarChartTests: XCTestCase {
    /// Bars 2 (interval 1–4) and 3 (no interval): the top of the scale is 4, the plot area 640 − 150 − 190 = 300 px.
    private let chart = SVGBarChart(bars: [BarChart.Bar(label: "a", value: 2, low: 1, high: 4, caption: "2 (1–4)"),
                                           BarChart.Bar(label: "b", value: 3, caption: "3")], title: "medians")

    func testScaleReachesTheHighestIntervalEnd() {
        XCTAssertEqual(chart.top, 4)
        // x(v) = 150 + v / 4 × 300: x(0) = 150, x(2) = 300, x(4) = 450; negative values sit at the axis.
        XCTAssertEqual(chart.x(0), 150)
        XCTAssertEqual(chart.x(2), 300)
        XCTAssertEqual(chart.x(4), 450)
        XCTAssertEqual(chart.x(-1), 150)
    }

    func testBarsAndWhiskersAreDrawnAtTheirValues() {
        let svg = chart.svg
        // Bar a: from x 150, 300 − 150 = 150 px wide; bar b: x(3) = 375, so 225 px wide.
        XCTAssertTrue(svg.contains("<rect class=\"bar\" x=\"150.0\" y=\"9.0\" width=\"150.0\" height=\"18.0\"/>"), svg)
        XCTAssertTrue(svg.contains("width=\"225.0\""), svg)
        // Whisker of a: row middle 4 + 14 = 18, from x(1) = 225 to x(4) = 450, caps 6 px up and down.
        XCTAssertTrue(svg.contains("d=\"M225.0 18.0H450.0M225.0 12.0V24.0M450.0 12.0V24.0\""), svg)
        XCTAssertEqual(svg.components(separatedBy: "class=\"interval\"").count - 1, 1, "only the bar with an interval has a whisker")
    }

    func testLabelsCaptionsAndTitleAreEscaped() {
        let hostile = "<script>alert(1)</script>"
        let svg = SVGBarChart(bars: [BarChart.Bar(label: hostile, value: 1, caption: hostile)], title: hostile).svg
        XCTAssertFalse(svg.contains("<script>"))
        XCTAssertEqual(svg.components(separatedBy: "&lt;script&gt;alert(1)&lt;/script&gt;").count - 1, 3)
    }
}
