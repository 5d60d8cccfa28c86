@testable import ExportModule
import XCTest

/// Every sample chart (long and German labels, big numbers, wide and hostile text) is well-formed SVG, accessible,
/// scales with the page, holds no script, and by the charts' own estimate keeps every text inside its view box.
final class ChartSamplesTests: XCTestCase {
    func testEverySampleKeepsItsTextsInsideAndIsAccessible() throws {
        for sample in ChartSamples.all {
            let svg = try ParsedSVG(sample.svg)
            XCTAssertEqual(svg.textsOutside.map(\.shown), [], sample.name)
            XCTAssertFalse(sample.svg.lowercased().contains("<script"), sample.name)
            XCTAssertEqual(svg.elements.first?.attributes["role"], "img", sample.name)
            XCTAssertEqual(svg.elements.dropFirst().first?.name, "title", sample.name)
            XCTAssertNotNil(svg.elements.first?.attributes["aria-label"], sample.name)
            XCTAssertEqual(svg.elements.first?.attributes["width"], "100%", sample.name)
            XCTAssertEqual(svg.elements.first?.attributes["style"], "max-width: \(SVGFrame.coordinate(svg.width))px",
                           sample.name)
        }
    }
}
