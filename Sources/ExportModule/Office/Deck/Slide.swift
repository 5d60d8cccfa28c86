/// One slide of a deck, in neutral terms: what it says, not where it goes (the writer lays it out by its kind).
struct Slide {
    /// The kinds of slide, each with its own layout.
    enum Kind {
        /// The opening slide: a large title, the subtitle lines (client, period, date) and the logo.
        case title
        /// The key findings: figures across the top, one bullet per finding below.
        case findings
        /// One finding: its sentence under the title, a chart and a compact table (or bullets).
        case finding
        /// The closing slide: method and provenance as bullets, in smaller type.
        case closing
    }

    /// The kind of slide.
    var kind: Kind
    /// The slide's title.
    var title: String
    /// The line under the title: on the title slide the client, period and date (one per line); on a finding its
    /// sentence.
    var subtitle: String?
    /// Bullet points.
    var bullets: [SlideBullet] = []
    /// Key figures shown as tiles across the top of a key-findings slide (up to six).
    var figures: [SlideFigure] = []
    /// A native chart, shown on a finding slide.
    var chart: ChartSpec?
    /// A compact table, shown on a finding slide (at most `SlideTable.maximumRows` rows).
    var table: SlideTable?
    /// The speaker notes: definitions and the command that made the numbers.
    var notes: String = ""

    /// A slide of a kind with its texts, chart and table.
    init(kind: Kind, title: String, subtitle: String? = nil, bullets: [SlideBullet] = [], figures: [SlideFigure] = [],
         chart: ChartSpec? = nil, table: SlideTable? = nil, notes: String = "") {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.bullets = bullets
        self.figures = figures
        self.chart = chart
        self.table = table
        self.notes = notes
    }
}
