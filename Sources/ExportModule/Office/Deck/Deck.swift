import Foundation
import RapportCore

/// A slide deck to write as PowerPoint: its slides in order, a logo, the footer and what the file says about itself.
struct Deck {
    /// The deck's title (document title; also the footer when `footer` is nil).
    var title: String
    /// The slides, in order.
    var slides: [Slide]
    /// A PNG logo: large on the title slide, small in the top-right corner of the others.
    var logo: Data?
    /// The small text at the bottom left of every slide but the title slide; nil shows the title.
    var footer: String?
    /// The language of the texts (for spelling and the chart data's few own words).
    var language: Language = .en
    /// Author, description and time of the file; the title is taken from `title`.
    var properties: DocumentProperties

    /// A deck of slides; `creator` and `created` go into the document properties.
    init(title: String, slides: [Slide], logo: Data? = nil, footer: String? = nil, language: Language = .en,
         creator: String = "rapport " + RapportInfo.version, created: String = Workspace.now()) {
        self.title = title
        self.slides = slides
        self.logo = logo
        self.footer = footer
        self.language = language
        properties = DocumentProperties(title: title, creator: creator, description: nil, created: created)
    }
}
