import RapportCore

/// The key figures across the top of a report, each where the workspace holds it: posts analysed, the period
/// covered, the median engagement rate, the person premium, the answered share and the real audience.
struct KeyFigures {
    /// The builder whose context, numbers and words the figures use.
    let builder: FindingsBuilder

    /// The figures of these findings, at most `ReportDocument.maximumFigures`.
    func figures(_ findings: [ReportFinding], datasets: [DatasetEntry], period: String?) -> [KeyFigure] {
        let numbers = builder.numbers
        var figures: [KeyFigure] = []
        let posts = datasets.filter { $0.kind == .posts }.reduce(0) { $0 + $1.rows }
        if posts > 0 { figures.append(KeyFigure(value: numbers.count(Int64(posts)), label: say(Words.figurePosts))) }
        if let period { figures.append(KeyFigure(value: period, label: say(Words.figurePeriod))) }
        if let rate = medianEngagementRate(findings) {
            figures.append(KeyFigure(value: numbers.percent(rate), label: say(Words.figureEngagementRate)))
        }
        if let premium = personPremium(findings) {
            figures.append(KeyFigure(value: numbers.decimal(premium) + " ×", label: say(Words.figurePersonPremium)))
        }
        if let answered = answeredShare(findings) {
            figures.append(KeyFigure(value: numbers.percent(answered), label: say(Words.figureAnswered)))
        }
        if let audience = findings.lazy.filter({ $0.kind == .audit })
            .compactMap({ FindingsBuilder.measures($0.datasets[0])["real_audience"] }).first {
            figures.append(KeyFigure(value: numbers.whole(audience), label: say(Words.figureRealAudience)))
        }
        return Array(figures.prefix(ReportDocument.maximumFigures))
    }

    /// A message in the report's language.
    private func say(_ message: Message) -> String {
        builder.say(message)
    }

    /// The metric a finding's result was computed for.
    private func metric(_ finding: ReportFinding) -> String? {
        builder.context.workspace.entry(named: finding.name).flatMap { builder.parameter("METRIC", $0) }
    }

    /// The median of an engagement-rate score over all posts (without groups).
    private func medianEngagementRate(_ findings: [ReportFinding]) -> Double? {
        findings.lazy.filter { $0.kind == .score && metric($0) == "engagement-rate" }
            .compactMap { finding -> Double? in
                let table = finding.datasets[0]
                guard table.rowCount == 1 else { return nil }
                return table.column(named: "median")?.data[0].number
            }.first
    }

    /// How many times a person's median a comparison by voice finds against the other voice: the pairs table's ratio
    /// of the pair that starts with `person`.
    private func personPremium(_ findings: [ReportFinding]) -> Double? {
        findings.lazy.filter { $0.kind == .comparison && $0.datasets.count == 2 }.compactMap { finding -> Double? in
            guard let entry = builder.context.workspace.entry(named: finding.name),
                  builder.parameter("by", entry) == "voice" else { return nil }
            let pairs = finding.datasets[1]
            guard let group = pairs.column(named: "group"), let ratio = pairs.column(named: "ratio") else { return nil }
            return (0..<pairs.rowCount).first { group.data[$0] == .text("person") }.flatMap { ratio.data[$0].number }
        }.first
    }

    /// The share of comments answered over every responder of a responsiveness score: Σ answered / Σ comments.
    private func answeredShare(_ findings: [ReportFinding]) -> Double? {
        findings.lazy.filter { $0.kind == .score && self.metric($0) == "responsiveness" }.compactMap { finding -> Double? in
            let table = finding.datasets[0]
            guard let answered = table.column(named: "answered")?.data.numbersOrNaN,
                  let comments = table.column(named: "comments")?.data.numbersOrNaN else { return nil }
            let total = comments.filter(\.isFinite).reduce(0, +)
            return total > 0 ? answered.filter(\.isFinite).reduce(0, +) / total : nil
        }.first
    }
}
