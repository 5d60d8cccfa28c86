@testable import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// The sample deck opened by python-pptx (Fixtures/read_office.py) and converted by LibreOffice: slides, texts,
/// tables, the charts' cached values and their embedded workbooks, compared with what DeckSample put in; every text
/// measured with Pillow fits its shape.
final class DeckWriterTests: XCTestCase {
    private static var directory = ""
    private static var read: [String: Any]?
    private static var pdfPages: Int??

    override class func setUp() {
        super.setUp()
        directory = (try? OfficeTools.directory()) ?? NSTemporaryDirectory()
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
        super.tearDown()
    }

    private static var path: String { directory + "/sample.pptx" }

    /// The sample deck, written once for the class.
    private func written() throws -> String {
        if !FileManager.default.fileExists(atPath: Self.path) {
            try DeckWriter.bytes(try DeckSample.deck()).write(to: URL(fileURLWithPath: Self.path))
        }
        return Self.path
    }

    /// What python-pptx reads from the sample deck, read once for the class.
    private func deck() throws -> [String: Any] {
        if let read = Self.read { return read }
        let read = try XCTUnwrap(OfficeTools.python("read_office.py", ["deck", try written()]) as? [String: Any])
        Self.read = read
        return read
    }

    private func slides() throws -> [[String: Any]] {
        try XCTUnwrap(try deck()["slides"] as? [[String: Any]])
    }

    private func shapes(_ slide: Int) throws -> [[String: Any]] {
        try XCTUnwrap(try slides()[slide]["shapes"] as? [[String: Any]])
    }

    private func chart(_ slide: Int) throws -> [String: Any] {
        try XCTUnwrap(try shapes(slide).compactMap { $0["chart"] as? [String: Any] }.first, "no chart on \(slide)")
    }

    private func series(_ chart: [String: Any]) throws -> [[String: Any]] {
        try XCTUnwrap(chart["series"] as? [[String: Any]])
    }

    private func table(_ slide: Int) throws -> [String: Any] {
        try XCTUnwrap(try shapes(slide).first { $0["table"] != nil }, "no table on \(slide)")
    }

    /// The texts of all shapes of a slide, paragraph by paragraph.
    private func texts(_ slide: Int) throws -> [String] {
        try shapes(slide).flatMap { ($0["paragraphs"] as? [String]) ?? [] }
    }

    func testSixteenByNineWithOneSlidePerSlideTheirLayoutsAndTitles() throws {
        let read = try deck()
        XCTAssertEqual(read["width"] as? Int, 12_192_000)
        XCTAssertEqual(read["height"] as? Int, 6_858_000)
        XCTAssertEqual(read["title"] as? String, "Social relationships analysis")
        XCTAssertEqual(read["author"] as? String, "rapport " + RapportInfo.version)
        let slides = try slides()
        XCTAssertEqual(slides.map { $0["layout"] as? String },
                       ["Title Slide"] + Array(repeating: "Title Only", count: 6))
        XCTAssertEqual(slides.map { $0["title"] as? String }.prefix(3),
                       ["Social relationships analysis", "Key findings", "Engagement rate by voice"])
        XCTAssertEqual(slides.last?["title"] as? String, "Method and provenance")
    }

    func testTitleSlideFigureTilesBulletsFooterAndSlideNumbers() throws {
        XCTAssertEqual(Array(try texts(0).suffix(3)),
                       ["ACME Corporation", "1 January – 31 March 2025", "7 December 2026"])
        let findings = try texts(1)
        for value in ["4,998", "Jan – Mar 2025", "3.1 %", "+2.1 pts", "41 %", "1,337", "posts analysed",
                      "real audience", "Goal met: median engagement rate 4.2 % against a target of 3.0 %."] {
            XCTAssertTrue(findings.contains(value), value)
        }
        for slide in 1..<7 {
            let all = try texts(slide)
            XCTAssertTrue(all.contains("ACME Corporation · Social relationships analysis"), "footer on \(slide)")
            XCTAssertTrue(all.contains(String(slide + 1)), "number on \(slide)")
        }
        XCTAssertFalse(try texts(0).contains("1"), "no number on the title slide")
    }

    func testTheLogoIsOnEverySlideLargeOnTheTitleSlideAndInTheTopRightCornerElsewhere() throws {
        for slide in 0..<7 {
            let pictures = try shapes(slide).filter { $0["kind"] as? String == "PICTURE" }
            XCTAssertEqual(pictures.count, 1, "slide \(slide)")
            let picture = try XCTUnwrap(pictures.first)
            let width = try XCTUnwrap(picture["width"] as? Int), height = try XCTUnwrap(picture["height"] as? Int)
            // The logo is 360 × 120 pixels: 3 to 1, kept within rounding to whole EMU.
            XCTAssertEqual(Double(width) / Double(height), 3, accuracy: 0.001)
            let left = try XCTUnwrap(picture["left"] as? Int), top = try XCTUnwrap(picture["top"] as? Int)
            if slide == 0 {
                XCTAssertGreaterThan(width, 2_000_000, "larger than 2 million EMU (5.5 cm)")
            } else {
                // Top right: its right edge at the page width less the 48-point margin (609,600 EMU), in the top
                // 80 points.
                XCTAssertEqual(left + width, 12_192_000 - 609_600, accuracy: 2)
                XCTAssertLessThan(top + height, 80 * 12_700)
            }
        }
    }

    func testBarChartCachesItsCategoriesValuesAndIntervalReaches() throws {
        let chart = try chart(2)
        XCTAssertEqual(chart["chart_type"] as? String, "BAR_CLUSTERED")
        let bars = try XCTUnwrap(try series(chart).first)
        XCTAssertEqual(bars["name"] as? String, "median engagement rate")
        XCTAssertEqual(bars["categories"] as? [String],
                       ["person (n = 1,195)", "brand (n = 2,803)", DeckSample.hostileRead])
        XCTAssertEqual(chart["python_pptx_categories"] as? [String], bars["categories"] as? [String])
        XCTAssertEqual(bars["values"] as? [Double], [0.042, 0.021, 0.0305])
        XCTAssertEqual(bars["format"] as? String, "0.0 %")
        // Above: upper − value = 0.046 − 0.042, 0.0235 − 0.021, 0.036 − 0.0305; below: value − lower.
        let plus = try XCTUnwrap(bars["plus"] as? [Double]), minus = try XCTUnwrap(bars["minus"] as? [Double])
        for (got, expected) in zip(plus + minus, [0.004, 0.0025, 0.0055, 0.003, 0.002, 0.0055]) {
            XCTAssertEqual(got, expected, accuracy: 1e-12)
        }
        XCTAssertEqual(bars["name_formula"] as? String, "'Sheet1'!$B$1")
        XCTAssertEqual(bars["category_formula"] as? String, "'Sheet1'!$A$2:$A$4")
        XCTAssertEqual(bars["value_formula"] as? String, "'Sheet1'!$B$2:$B$4")
        XCTAssertEqual(bars["plus_formula"] as? String, "'Sheet1'!$C$2:$C$4")
        XCTAssertEqual(chart["external_data"] as? Bool, true)
        XCTAssertEqual(chart["has_legend"] as? Bool, false, "one series needs no legend")
    }

    func testBarChartsEmbeddedWorkbookHoldsTheSameValuesAsPercentages() throws {
        let chart = try chart(2)
        XCTAssertEqual(chart["embedded_name"] as? String, "/ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")
        let sheet = try XCTUnwrap((chart["workbook"] as? [String: [String: Any]])?["Sheet1"])
        let values = try XCTUnwrap(sheet["values"] as? [[Any]])
        XCTAssertEqual(values[0] as? [String], ["voice", "median engagement rate",
                                                "median engagement rate: interval above",
                                                "median engagement rate: interval below"])
        XCTAssertEqual(values.dropFirst().map { $0[0] as? String },
                       ["person (n = 1,195)", "brand (n = 2,803)", DeckSample.hostileRead])
        XCTAssertEqual(values.dropFirst().map { $0[1] as? Double }, [0.042, 0.021, 0.0305])
        XCTAssertEqual(try XCTUnwrap(values[3][2] as? Double), 0.0055, accuracy: 1e-12)
        let formats = try XCTUnwrap(sheet["formats"] as? [[String]])
        XCTAssertEqual(Set(formats.dropFirst().flatMap { $0.dropFirst() }), ["0.0 %"])
    }

    func testLineChartLeavesGapsInItsCacheAndWorkbook() throws {
        let chart = try chart(3)
        XCTAssertEqual(chart["chart_type"] as? String, "LINE_MARKERS")
        let lines = try series(chart)
        XCTAssertEqual(lines.map { $0["name"] as? String }, ["posts", "replies"])
        XCTAssertEqual(lines[0]["categories"] as? [String],
                       ["2025-W01", "2025-W02", "2025-W03", "2025-W04", "2025-W05"])
        XCTAssertEqual((lines[0]["values"] as? [Any])?.map { $0 as? Double }, [120, 134, nil, 151, 149])
        XCTAssertEqual((lines[1]["values"] as? [Any])?.map { $0 as? Double }, [30, 41, 38, nil, 52])
        XCTAssertEqual(lines[0]["format"] as? String, "#,##0")
        XCTAssertEqual(lines[1]["value_formula"] as? String, "'Sheet1'!$C$2:$C$6")
        XCTAssertEqual(chart["has_legend"] as? Bool, true)
        let sheet = try XCTUnwrap((chart["workbook"] as? [String: [String: Any]])?["Sheet1"])
        let values = try XCTUnwrap(sheet["values"] as? [[Any]])
        XCTAssertTrue(values[3][1] is NSNull, "week 3 has no posts value: \(values[3])")
        XCTAssertEqual(values[5][2] as? Double, 52)
        XCTAssertEqual(chart["embedded_name"] as? String, "/ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx")
    }

    func testColumnChartWithTwoSeriesInAGermanDeck() throws {
        let chart = try chart(4)
        XCTAssertEqual(chart["chart_type"] as? String, "COLUMN_CLUSTERED")
        XCTAssertEqual(chart["python_pptx_values"] as? [[Double]], [[0.051, 0.018], [0.024, 0.009]])
        XCTAssertEqual(try series(chart).map { $0["name"] as? String }, ["person", "brand"])
    }

    func testTablesHoldTheirCellsAndALongOneSaysHowManyRowsWereLeftOut() throws {
        let short = try XCTUnwrap(try table(2)["table"] as? [[String]])
        XCTAssertEqual(short, [["voice", "n", "median", "interval"], ["person", "1,195", "4.2 %", "3.9–4.6 %"],
                               ["brand", "2,803", "2.1 %", "1.9–2.4 %"],
                               [DeckSample.hostileRead, "12", "3.1 %", "2.5–3.6 %"]])
        let long = try XCTUnwrap(try table(3)["table"] as? [[String]])
        // Twelve rows: the header, the first seven, and "… 5 more rows" as the eighth.
        XCTAssertEqual(long.count, 9)
        XCTAssertEqual(long[7], ["2025-W07", "107", "7.0 %"])
        XCTAssertEqual(long[8], ["… 5 more rows", "", ""])
    }

    func testSpeakerNotesAreOnEverySlide() throws {
        let notes = try slides().map { $0["notes"] as? String }
        XCTAssertEqual(notes[2], "Median of interactions over followers per post.\nrapport: compare posts by voice")
        XCTAssertEqual(notes[5], DeckSample.hostileRead)
        XCTAssertEqual(notes[0], "", "the title slide has an empty notes page")
    }

    func testHostileTextStaysTextAndNoControlCharacterReachesTheFile() throws {
        XCTAssertTrue(try texts(5).contains(DeckSample.hostileRead))
        let unzip = try OfficeTools.run("/usr/bin/env", ["python3", "-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            print("".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")))
            """, try written()])
        XCTAssertFalse(unzip.contains("<script"))
        XCTAssertTrue(unzip.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; =HYPERLINK"))
        XCTAssertFalse(unzip.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        XCTAssertFalse(unzip.unicodeScalars.contains { $0.value == 0xFFFF })
    }

    func testEveryTextFitsItsShapeAndEveryTableCellItsColumn() throws {
        for slide in 0..<7 {
            for shape in try shapes(slide) {
                if let overflow = shape["overflow"] as? Double {
                    XCTAssertLessThanOrEqual(overflow, 0,
                                             "slide \(slide + 1), \(shape["name"] ?? ""): \(shape["paragraphs"] ?? "")")
                }
                if shape["table"] != nil {
                    XCTAssertLessThanOrEqual(shape["most_lines"] as? Int ?? 99, 2, "slide \(slide + 1)")
                    XCTAssertLessThanOrEqual(shape["row_overflow"] as? Double ?? 99, 0, "slide \(slide + 1)")
                }
                let left = shape["left"] as? Int ?? -1, top = shape["top"] as? Int ?? -1
                XCTAssertGreaterThanOrEqual(left, 0)
                XCTAssertLessThanOrEqual(left + (shape["width"] as? Int ?? .max), 12_192_000, "slide \(slide + 1)")
                XCTAssertLessThanOrEqual(top + (shape["height"] as? Int ?? .max), 6_858_000, "slide \(slide + 1)")
            }
        }
    }

    func testTooLongTitleIsCutWithAnEllipsisAndTheLongSentenceKeptWhole() throws {
        let title = try XCTUnwrap(try slides()[3]["title"] as? String)
        XCTAssertTrue(title.hasPrefix("Posts per week Posts written"), title)
        XCTAssertTrue(title.hasSuffix("…"), title)
        XCTAssertTrue(try texts(3).contains(DeckSample.longSentence))
    }

    func testLibreOfficeConvertsTheDeckToOnePDFPagePerSlide() throws {
        if Self.pdfPages == nil {
            let office = try OfficeTools.libreOffice()
            let pdf = try OfficeTools.convert(try written(), to: "pdf", office: office, in: Self.directory)
            Self.pdfPages = try OfficeTools.pages(pdf)
        }
        XCTAssertEqual(Self.pdfPages, 7)
    }

    func testALogoThatIsNotAPNGIsRefused() throws {
        var deck = try DeckSample.deck()
        deck.logo = Data("<svg xmlns='http://www.w3.org/2000/svg'/>".utf8)
        XCTAssertThrowsError(try DeckWriter.bytes(deck)) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.officeLogoNotPNG)
        }
    }
}
