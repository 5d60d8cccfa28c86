import Foundation
import RapportCore

/// Writes a deck as a PowerPoint package (PresentationML, 16:9): presentation, master, layouts and theme, one slide
/// and one notes page per slide, a chart part with its embedded workbook per chart, the logo once, the properties.
enum DeckWriter {
    /// The bytes of the deck; throws when the logo is not a PNG image.
    static func bytes(_ deck: Deck, checkpoint: () throws -> Void = {}) throws -> Data {
        let logo = try deck.logo.map(PNGImage.init)
        let language = DrawingText.tag(deck.language)
        let composer = SlideComposer(footer: deck.footer ?? deck.title, language: language, deckLanguage: deck.language,
                                     logo: logo)
        var package = OfficePackage()
        var root = Relationships()
        root.add(.officeDocument, target: "ppt/presentation.xml")
        var properties = deck.properties
        properties.title = deck.title
        properties.add(to: &package, relationships: &root)
        package.add("_rels/.rels", xml: root.xml)

        var presentation = Relationships()
        presentation.add(.slideMaster, target: "slideMasters/slideMaster1.xml")
        presentation.add(.notesMaster, target: "notesMasters/notesMaster1.xml")
        addMasters(to: &package)
        if let logo {
            package.addDefault(extension: "png", contentType: ContentType.png)
            package.add("ppt/media/logo.png", logo.data)
        }
        var slideIds: [String] = []
        var charts = 0
        for (index, slide) in deck.slides.enumerated() {
            try checkpoint()
            let number = index + 1
            let path = "ppt/slides/slide\(number).xml"
            var relationships = Relationships()
            relationships.add(.slideLayout, target: "../slideLayouts/slideLayout\(slide.kind == .title ? 1 : 2).xml")
            relationships.add(.notesSlide, target: "../notesSlides/notesSlide\(number).xml")
            let logoId = logo == nil ? nil : relationships.add(.image, target: "../media/logo.png")
            var chartId: String?
            if let chart = slide.chart, slide.kind == .finding {
                charts += 1
                chartId = relationships.add(.chart, target: "../charts/chart\(charts).xml")
                try addChart(chart, number: charts, language: deck.language, to: &package)
            }
            let xml = OfficeXML.declaration + "<p:sld\(SlideMaster.namespaces)><p:cSld>"
                + composer.tree(slide, number: number, logo: logoId, chart: chartId)
                + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
            package.add(path, xml: xml, contentType: ContentType.slide)
            package.add(Relationships.path(of: path), xml: relationships.xml)
            let notesPath = "ppt/notesSlides/notesSlide\(number).xml"
            var notesRelationships = Relationships()
            notesRelationships.add(.notesMaster, target: "../notesMasters/notesMaster1.xml")
            notesRelationships.add(.slide, target: "../slides/slide\(number).xml")
            package.add(notesPath, xml: NotesPages.slideXML(slide.notes, language: language),
                        contentType: ContentType.notesSlide)
            package.add(Relationships.path(of: notesPath), xml: notesRelationships.xml)
            slideIds.append(presentation.add(.slide, target: "slides/slide\(number).xml"))
        }
        presentation.add(.theme, target: "theme/theme1.xml")
        presentation.add(.presProps, target: "presProps.xml")
        presentation.add(.viewProps, target: "viewProps.xml")
        presentation.add(.tableStyles, target: "tableStyles.xml")
        package.add("ppt/presentation.xml", xml: presentationXML(slideIds), contentType: ContentType.presentation)
        package.add("ppt/_rels/presentation.xml.rels", xml: presentation.xml)
        package.add("ppt/presProps.xml", xml: OfficeXML.declaration + "<p:presentationPr\(SlideMaster.namespaces)/>",
                    contentType: ContentType.presentationProperties)
        package.add("ppt/viewProps.xml", xml: OfficeXML.declaration + "<p:viewPr\(SlideMaster.namespaces)>"
                        + "<p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"94660\"/></p:normalViewPr>"
                        + "<p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>",
                    contentType: ContentType.viewProperties)
        package.add("ppt/tableStyles.xml", xml: OfficeXML.declaration
                        + "<a:tblStyleLst xmlns:a=\"\(OfficeXML.drawing)\""
                        + " def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>", contentType: ContentType.tableStyles)
        return try package.zipped()
    }

    /// The name of the embedded workbook's one sheet, which the chart's formulas point at.
    static let dataSheet = "Sheet1"

    /// The chart part of chart `number`, its relationships and the embedded workbook holding its data.
    private static func addChart(_ chart: ChartSpec, number: Int, language: Language,
                                 to package: inout OfficePackage) throws {
        let table = ChartTable(chart, sheet: dataSheet)
        let embedded = "Microsoft_Excel_Worksheet\(number).xlsx"
        var relationships = Relationships()
        let workbookId = relationships.add(.package, target: "../embeddings/" + embedded)
        let path = "ppt/charts/chart\(number).xml"
        package.add(path, xml: ChartPart.xml(table, workbook: workbookId), contentType: ContentType.chart)
        package.add(Relationships.path(of: path), xml: relationships.xml)
        let properties = DocumentProperties(title: chart.title ?? chart.categoryHeader,
                                            creator: "rapport " + RapportInfo.version, description: nil,
                                            created: Workspace.now())
        let workbook = Workbook(sheets: [WorkbookSheet(name: dataSheet, table: table.dataset, formats: table.formats)],
                                properties: properties, language: language)
        package.addDefault(extension: "xlsx", contentType: ContentType.workbookPackage)
        package.add("ppt/embeddings/" + embedded,
                    try WorkbookWriter.bytes(workbook, timeZone: TimeZone(identifier: "UTC") ?? .current,
                                             checkpoint: {}))
    }

    /// The master, its layouts, the notes master and the themes.
    private static func addMasters(to package: inout OfficePackage) {
        var master = Relationships()
        for (number, type, name) in SlideMaster.layoutNames {
            let path = "ppt/slideLayouts/slideLayout\(number).xml"
            package.add(path, xml: SlideMaster.layoutXML(type: type, name: name), contentType: ContentType.slideLayout)
            var layout = Relationships()
            layout.add(.slideMaster, target: "../slideMasters/slideMaster1.xml")
            package.add(Relationships.path(of: path), xml: layout.xml)
            master.add(.slideLayout, target: "../slideLayouts/slideLayout\(number).xml")
        }
        master.add(.theme, target: "../theme/theme1.xml")
        package.add("ppt/slideMasters/slideMaster1.xml", xml: SlideMaster.masterXML,
                    contentType: ContentType.slideMaster)
        package.add("ppt/slideMasters/_rels/slideMaster1.xml.rels", xml: master.xml)
        var notes = Relationships()
        notes.add(.theme, target: "../theme/theme2.xml")
        package.add("ppt/notesMasters/notesMaster1.xml", xml: NotesPages.masterXML,
                    contentType: ContentType.notesMaster)
        package.add("ppt/notesMasters/_rels/notesMaster1.xml.rels", xml: notes.xml)
        package.add("ppt/theme/theme1.xml", xml: DeckTheme.xml, contentType: ContentType.theme)
        package.add("ppt/theme/theme2.xml", xml: DeckTheme.xml, contentType: ContentType.theme)
    }

    /// ppt/presentation.xml: master rId1, notes master rId2, the slides, the 16:9 size.
    private static func presentationXML(_ slideIds: [String]) -> String {
        OfficeXML.declaration + "<p:presentation\(SlideMaster.namespaces) saveSubsetFonts=\"1\">"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
            + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>"
            + slideIds.enumerated().map { "<p:sldId id=\"\(256 + $0.offset)\" r:id=\"\($0.element)\"/>" }.joined()
            + "</p:sldIdLst><p:sldSz cx=\"\(Frame.emu(SlideComposer.width))\""
            + " cy=\"\(Frame.emu(SlideComposer.height))\"/>"
            + "<p:notesSz cx=\"\(NotesPages.width)\" cy=\"\(NotesPages.height)\"/></p:presentation>"
    }
}
