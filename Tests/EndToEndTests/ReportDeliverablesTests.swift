import Foundation
import RapportTestSupport
import XCTest

/// The deliverables of the demo after `tour all`, written by the real binary in English and German: the page laid
/// out and printed by headless Chromium, the deck read by python-pptx and printed by LibreOffice, the workbook read by
/// openpyxl and converted by LibreOffice. Set RAPPORT_REPORT_PAGE to a folder to keep the files and screenshots.
final class ReportDeliverablesTests: XCTestCase {
    /// The folder of the workspace and the reports, made once for the class.
    private static var home: URL?
    /// The formats every language is written in.
    private static let formats = ["html", "md", "pptx", "xlsx"]

    /// Measures a copy of the page (its policy relaxed to let this one script run): the viewport, whether anything
    /// but a table's scroll wrapper or a chart's insides reaches past the page's width, and every chart label whose
    /// box leaves its chart's view box. In a frame it also sends the result to the page around it.
    private static let measuring = """
    const root = document.documentElement;
    const out = { innerWidth: window.innerWidth, scrollWidth: document.body.scrollWidth, clientWidth: root.clientWidth,
                  overflowing: [], labels: 0, outside: [] };
    document.querySelectorAll('body *').forEach((element) => {
      const wrap = element.closest('.table-wrap, svg');
      if (wrap && wrap !== element) return;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5)) {
        out.overflowing.push(element.tagName + ' ' + (element.getAttribute('class') || '') + ' ' + box.right);
      }
    });
    document.querySelectorAll('svg.chart').forEach((svg) => {
      const view = svg.viewBox.baseVal;
      svg.querySelectorAll('text').forEach((text) => {
        const box = text.getBBox();
        out.labels += 1;
        if (box.x < -0.01 || box.y < -0.01 || box.x + box.width > view.width + 0.01
            || box.y + box.height > view.height + 0.01) {
          out.outside.push(text.textContent + ' ' + box.x + ',' + box.y + ' ' + box.width + 'x' + box.height);
        }
      });
    });
    document.getElementById('measurements').textContent = JSON.stringify(out);
    if (window.parent !== window) { window.parent.postMessage(JSON.stringify(out), '*'); }
    """

    override class func tearDown() {
        if ProcessInfo.processInfo.environment["RAPPORT_REPORT_PAGE"] == nil, let home {
            try? FileManager.default.removeItem(at: home)
        }
        super.tearDown()
    }

    /// The folder with the demo's workspace after `tour all` and its reports `en.*` and `de.*`, made on first use.
    private func home() throws -> URL {
        if let home = Self.home { return home }
        let home: URL
        if let kept = ProcessInfo.processInfo.environment["RAPPORT_REPORT_PAGE"] {
            home = URL(fileURLWithPath: kept)
            try? FileManager.default.removeItem(at: home)
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        } else {
            home = try RapportProcess.temporaryDirectory()
        }
        try FileManager.default.copyItem(at: RapportProcess.repository.appendingPathComponent("workspace/demo"),
                                         to: home.appendingPathComponent("demo"))
        let tour = try RapportProcess.run(["--workspace", home.appendingPathComponent("demo").path], stdin: "tour all\n",
                                          home: home)
        XCTAssertEqual(tour.status, 0, tour.stderr)
        let reports = ["en", "de"].flatMap { language in
            Self.formats.map { "report \(language).\($0) --lang \(language) --client 'ACME Corporation'" }
        }
        let written = try RapportProcess.run(["--workspace", home.appendingPathComponent("demo").path, "-c",
                                              reports.joined(separator: "; ")], home: home, directory: home)
        XCTAssertEqual(written.status, 0, written.stderr)
        Self.home = home
        return home
    }

    /// A file of the class's folder.
    private func file(_ name: String) throws -> URL {
        try home().appendingPathComponent(name)
    }

    /// Headless Chromium with a profile in the folder.
    private func chromium() throws -> HeadlessChromium {
        try HeadlessChromium(profile: try file("chromium-profile").path)
    }

    func testThePageOverflowsNowhereAt1280And390PixelsAndNoChartLabelLeavesItsChart() throws {
        let browser = try chromium()
        let page = try String(contentsOf: try file("en.html"), encoding: .utf8)
        XCTAssertFalse(page.lowercased().contains("<script"), "the page itself runs nothing")
        let relaxed = page.replacingOccurrences(of: "img-src data:\"", with: "img-src data:; script-src 'unsafe-inline'\"")
            .replacingOccurrences(of: "</body>", with: "<pre id=\"measurements\"></pre><script>\(Self.measuring)"
                                    + "</script>\n</body>")
        try Data(relaxed.utf8).write(to: try file("measured.html"))
        let wide = try measurement(browser.run(["--window-size=1280,3000", "--dump-dom"],
                                               file: try file("measured.html").path))
        // Headless Chromium's window is at least 500 pixels wide, so the phone's 390 are a frame's.
        let frame = "<!DOCTYPE html><html><body style=\"margin:0\"><iframe src=\"measured.html\" width=\"390\" "
            + "height=\"3000\" style=\"border:0\"></iframe><pre id=\"measurements\"></pre><script>window"
            + ".addEventListener('message', (event) => { document.getElementById('measurements').textContent = "
            + "event.data; });</script></body></html>"
        try Data(frame.utf8).write(to: try file("phone.html"))
        let narrow = try measurement(browser.run(["--window-size=800,3000", "--virtual-time-budget=10000", "--dump-dom"],
                                                 file: try file("phone.html").path))
        for (width, measured) in [(1280, wide), (390, narrow)] {
            XCTAssertEqual(measured["innerWidth"] as? Int, width)
            let scroll = try XCTUnwrap(measured["scrollWidth"] as? Int), client = try XCTUnwrap(measured["clientWidth"] as? Int)
            XCTAssertLessThanOrEqual(scroll, client, "\(width) px: the body is no wider than the window")
            XCTAssertEqual((measured["overflowing"] as? [String]) ?? ["?"], [], "\(width) px")
            XCTAssertEqual((measured["outside"] as? [String]) ?? ["?"], [], "\(width) px")
            XCTAssertGreaterThan(measured["labels"] as? Int ?? 0, 20, "the charts' labels were measured")
        }
        let screenshot = try file("page-1.png")
        _ = try browser.run(["--screenshot=\(screenshot.path)", "--window-size=1280,1600", "--hide-scrollbars"],
                            file: try file("en.html").path)
        XCTAssertGreaterThan(try Data(contentsOf: screenshot).count, 20_000)
    }

    func testPrintedPagesCarryTheirNumbersFromThePageRulesInTheReportsLanguage() throws {
        let browser = try chromium()
        let pdftotext = try OfficeTools.poppler("pdftotext")
        for (language, words) in [("en", ("Page", "of")), ("de", ("Seite", "von"))] {
            let pdf = try file("\(language).pdf")
            _ = try browser.run(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer"],
                                file: try file("\(language).html").path)
            let pages = try XCTUnwrap(try OfficeTools.pages(pdf.path))
            XCTAssertGreaterThan(pages, 3, language)
            let text = try OfficeTools.run(pdftotext, ["-layout", pdf.path, "-"])
            for page in [1, 2, pages] {
                XCTAssertTrue(text.contains("\(words.0) \(page) \(words.1) \(pages)"), "\(language) page \(page)")
            }
            XCTAssertFalse(text.contains("file://"), "Chromium's own header and footer are off")
        }
    }

    func testTheDeckCachesTheResultsInItsChartsAndLibreOfficePrintsOneSlidePerPage() throws {
        let deck = try python("Office/Fixtures/read_office.py", ["deck", try file("en.pptx").path])
        let slides = try XCTUnwrap(deck["slides"] as? [[String: Any]])
        XCTAssertEqual(slides.first?["title"] as? String, "Social relationships analysis")
        XCTAssertEqual(slides[1]["title"] as? String, "Key findings")
        XCTAssertEqual(slides.last?["title"] as? String, "Method and provenance")
        let comparison = try XCTUnwrap(slides.first { $0["title"] as? String == "Engagement rate compared by voice" })
        let chart = try XCTUnwrap((comparison["shapes"] as? [[String: Any]])?.compactMap { $0["chart"] as? [String: Any] }
            .first)
        let series = try XCTUnwrap((chart["series"] as? [[String: Any]])?.first)
        let groups = try rows(of: "posts-engagement-rate-by-voice")
        XCTAssertEqual(series["values"] as? [Double], groups.map { $0["median"] as? Double ?? .nan })
        XCTAssertEqual(series["categories"] as? [String],
                       groups.map { "\($0["voice"] as? String ?? "") (n = \(grouped($0["posts"] as? Int ?? 0)))" })
        let embedded = try XCTUnwrap((chart["workbook"] as? [String: Any])?["Sheet1"] as? [String: Any])
        let values = try XCTUnwrap(embedded["values"] as? [[Any]])
        XCTAssertEqual(values.dropFirst().map { $0[1] as? Double ?? .nan }, series["values"] as? [Double],
                       "the embedded workbook holds the same values")
        XCTAssertTrue((comparison["notes"] as? String ?? "").contains(
            "Command: compare posts engagement-rate by voice --groups person,institution"))
        let office = try OfficeTools.libreOffice()
        let pdf = try OfficeTools.convert(try file("en.pptx").path, to: "pdf", office: office, in: try home().path)
        XCTAssertEqual(try OfficeTools.pages(pdf), slides.count, "one page per slide")
    }

    func testTheWorkbookFormatsRatesFiltersAndPrintsAndLibreOfficeConvertsIt() throws {
        let book = try python("Export/Fixtures/read_exports.py", ["xlsx", try file("en.xlsx").path])
        let names = try XCTUnwrap(book["sheetnames"] as? [String])
        XCTAssertEqual(names.first, "Summary")
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertTrue(names.allSatisfy { $0.utf16.count <= 31 }, "\(names)")
        let sheets = try XCTUnwrap(book["sheets"] as? [String: [String: Any]])
        for (name, sheet) in sheets {
            XCTAssertNotNil(sheet["auto_filter"] as? String, name)
            XCTAssertEqual(sheet["freeze_panes"] as? String, "A2", name)
            XCTAssertEqual(sheet["orientation"] as? String, "landscape", name)
            XCTAssertEqual(sheet["fit_to_width"] as? Int, 1, name)
        }
        let comparison = try XCTUnwrap(sheets["Engagement rate…mpared by voice"])
        let formats = try XCTUnwrap(comparison["formats"] as? [[String]])
        XCTAssertEqual(formats[1][2], "0.0 %", "the median is a rate")
        XCTAssertEqual(formats[1][1], "#,##0", "posts are counted")
        let cells = try XCTUnwrap(comparison["rows"] as? [[[Any]]])
        let groups = try rows(of: "posts-engagement-rate-by-voice")
        XCTAssertEqual(cells[1][2][1] as? Double, groups[0]["median"] as? Double)
        let charts = try XCTUnwrap(comparison["charts"] as? [[String: Any]])
        XCTAssertEqual(charts.first?["type"] as? String, "barChart")
        let office = try OfficeTools.libreOffice()
        let pdf = try OfficeTools.convert(try file("en.xlsx").path, to: "pdf", office: office, in: try home().path)
        XCTAssertGreaterThan(try XCTUnwrap(try OfficeTools.pages(pdf)), 0)
    }

    func testGermanAndEnglishReportsDifferOnlyInLanguage() throws {
        let english = try String(contentsOf: try file("en.html"), encoding: .utf8)
        let german = try String(contentsOf: try file("de.html"), encoding: .utf8)
        XCTAssertEqual(tags(english), tags(german), "the same elements in the same order")
        let numbers = (numericCells(english, thousands: ",", decimal: "."), numericCells(german, thousands: ".",
                                                                                          decimal: ","))
        XCTAssertGreaterThan(numbers.0.count, 100)
        XCTAssertEqual(numbers.0, numbers.1, "every number of every table is the same")
        XCTAssertTrue(german.contains("<h2>Engagementrate im Vergleich nach Stimme</h2>"))
        XCTAssertFalse(german.contains("<h2>Engagement rate"), "no English title in the German report")
        let decks = try ["en", "de"].map { language in
            try python("Office/Fixtures/read_office.py", ["deck", try file("\(language).pptx").path])
        }
        let charts = decks.map { deck in
            ((deck["slides"] as? [[String: Any]]) ?? []).flatMap { slide in
                ((slide["shapes"] as? [[String: Any]]) ?? []).compactMap { $0["chart"] as? [String: Any] }
                    .flatMap { ($0["series"] as? [[String: Any]]) ?? [] }.map { $0["values"] as? [Double] ?? [] }
            }
        }
        XCTAssertEqual((decks[0]["slides"] as? [Any])?.count, (decks[1]["slides"] as? [Any])?.count)
        XCTAssertEqual(charts[0], charts[1], "the decks' charts hold the same values")
        XCTAssertFalse(charts[0].isEmpty)
    }

    func testReportToStdoutWritesThePageAndNothingElseThereAndRefusesBinaryFormats() throws {
        let demo = try file("demo").path
        let page = try RapportProcess.run(["--workspace", demo, "-c", "report - --type html --client 'ACME Corporation'"],
                                          home: try home(), environment: ["SOURCE_DATE_EPOCH": "86400"])
        XCTAssertEqual(page.status, 0, page.stderr)
        XCTAssertTrue(page.stdout.hasPrefix("<!DOCTYPE html>\n"), String(page.stdout.prefix(80)))
        XCTAssertTrue(page.stdout.hasSuffix("</html>\n"), "nothing after the page")
        XCTAssertTrue(page.stderr.contains("wrote the report to stdout as html (17 findings)"), page.stderr)
        let markdown = try RapportProcess.run(["--workspace", demo, "-c", "report -"], home: try home())
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.hasPrefix("# Social relationships analysis\n"))
        XCTAssertFalse(markdown.stdout.contains("-charts/"), "no links to chart files that are not written")
        XCTAssertTrue(markdown.stderr.contains("leaves its charts (and logo) out"), markdown.stderr)
        let deck = try RapportProcess.run(["--workspace", demo, "-c", "report - --type pptx"], home: try home())
        XCTAssertEqual(deck.status, 1)
        XCTAssertEqual(deck.stdout, "")
        XCTAssertTrue(deck.stderr.contains("a pptx report is a binary file and cannot go to stdout"), deck.stderr)
    }

    func testHostileTextStaysInertInAllFourFormats() throws {
        let home = try RapportProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let hostile = "<script>alert(1)</script>=HYPERLINK(\"x\")\u{7}"
        let quoted = "\"" + hostile.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let csv = "post_id,voice,likes,followers\np1,\(quoted),10,100\np2,\(quoted),30,100\n"
            + "p3,brand,2,1000\np4,brand,6,1000\n"
        try csv.write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
        let commands = ["import posts.csv as posts", "roles posts voice=voice likes=likes followers=followers",
                        "score posts engagement-rate by voice", "compare posts engagement-rate by voice --seed 3"]
            + Self.formats.map { "report r.\($0) --title '<b>T</b> =1+1' --client '<img src=x onerror=alert(2)>'" }
        let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "-c",
                                              commands.joined(separator: "; ")], home: home, directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let html = try String(contentsOf: home.appendingPathComponent("r.html"), encoding: .utf8)
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("<img src=x"))
        XCTAssertFalse(html.contains("\u{7}"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;=HYPERLINK(&quot;x&quot;)"))
        let markdown = try String(contentsOf: home.appendingPathComponent("r.md"), encoding: .utf8)
        XCTAssertFalse(markdown.lowercased().contains("<script"))
        XCTAssertFalse(markdown.contains("<img"))
        let deck = try python("Office/Fixtures/read_office.py", ["deck", home.appendingPathComponent("r.pptx").path])
        let texts = ((deck["slides"] as? [[String: Any]]) ?? []).flatMap { slide in
            ((slide["shapes"] as? [[String: Any]]) ?? []).flatMap { ($0["paragraphs"] as? [String]) ?? [] }
        }
        XCTAssertTrue(texts.contains { $0.contains("<script>alert(1)</script>=HYPERLINK(\"x\")") }, "kept as text")
        XCTAssertTrue(texts.contains("<b>T</b> =1+1"))
        let book = try python("Export/Fixtures/read_exports.py", ["xlsx", home.appendingPathComponent("r.xlsx").path])
        let cells = ((book["sheets"] as? [String: [String: Any]]) ?? [:]).values.flatMap { sheet in
            ((sheet["rows"] as? [[[Any]]]) ?? []).flatMap { $0 }
        }
        let hostileCells = cells.filter { ($0.last as? String)?.contains("HYPERLINK") ?? false }
        XCTAssertFalse(hostileCells.isEmpty)
        XCTAssertTrue(hostileCells.allSatisfy { $0.first as? String == "str" }, "text, never a formula: \(hostileCells)")
    }

    // MARK: - Helpers

    /// What a committed Python script of ExportModuleTests prints, as a JSON object.
    private func python(_ script: String, _ arguments: [String]) throws -> [String: Any] {
        let path = RapportProcess.repository.appendingPathComponent("Tests/ExportModuleTests/" + script).path
        let output = try OfficeTools.run("/usr/bin/env", ["python3", path] + arguments, timeout: 120)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    /// The rows of a dataset of the demo as `export NAME - --type json` writes them.
    private func rows(of name: String) throws -> [[String: Any]] {
        let export = try RapportProcess.run(["--workspace", try file("demo").path, "-c", "export \(name) - --type json"],
                                            home: try home())
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let dataset = try XCTUnwrap((document["datasets"] as? [[String: Any]])?.first)
        return try XCTUnwrap(dataset["rows"] as? [[String: Any]])
    }

    /// A whole number with commas between thousands, by hand.
    private func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        return String(digits.enumerated().flatMap { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
        })
    }

    /// The measurement the script wrote into a dumped page.
    private func measurement(_ dom: String) throws -> [String: Any] {
        let start = try XCTUnwrap(dom.range(of: "<pre id=\"measurements\">"), "the page was dumped")
        let end = try XCTUnwrap(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
                             "the measuring script ran: \(json.prefix(200))")
    }

    /// The page's element names and classes in order (its structure without texts); each chart counts as one
    /// element, as its insides follow its labels' widths, which differ between the languages.
    private func tags(_ html: String) -> [String] {
        var body = html.components(separatedBy: "<body>").last ?? ""
        while let start = body.range(of: "<svg "),
              let end = body.range(of: "</svg>", range: start.upperBound..<body.endIndex) {
            body.replaceSubrange(start.lowerBound..<end.upperBound, with: "<chart>")
        }
        var tags: [String] = []
        var rest = Substring(body)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let tag = rest[rest.index(after: open)..<close]
            let name = tag.prefix { $0 != " " }
            let classes = tag.range(of: "class=\"").map { range in tag[range.upperBound...].prefix { $0 != "\"" } } ?? ""
            tags.append("\(name).\(classes)")
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    /// The numbers of every numeric table cell, read with the language's separators.
    private func numericCells(_ html: String, thousands: Character, decimal: Character) -> [String] {
        html.components(separatedBy: "<td class=\"number\">").dropFirst().map { cell in
            String((cell.components(separatedBy: "</td>").first ?? "").filter { $0 != thousands }
                .map { $0 == decimal ? "." : $0 })
        }
    }
}
