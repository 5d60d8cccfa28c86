import Analytics
import RapportCore

/// `survey fit NAME --candidate ID [--against org|group:G|respondent:ID]`: how well a person's profile fits the
/// organisation's, a group's or another person's (profile correlation, distance, band).
enum SurveyFitting {
    /// `--candidate ID`: the respondent whose fit is measured.
    static let candidate = Flag("candidate", .text, valueName: "ID", Words.candidateFlag)
    /// `--against org|group:G|respondent:ID`: whom the candidate is compared with.
    static let against = Flag("against", .text, valueName: "org|group:G|respondent:ID", Words.againstFlag)
    /// `--candidate-round ROUND`: the candidate's round of answers.
    static let candidateRound = Flag("candidate-round", .text, valueName: "ROUND", Words.candidateRoundFlag)
    /// `--against-round ROUND`: the reference's round of answers.
    static let againstRound = Flag("against-round", .text, valueName: "ROUND", Words.againstRoundFlag)

    /// Computes the fit, shows it with a chart and stores it as the dataset `NAME-fit` (with English column names).
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation[SurveyCommand.survey].text, from: context.workspace)
        let instrument = definition.instrument
        let scores = RespondentScores.all(definition, try ResponseTable(loading: definition.name, from: context.workspace))
        guard let candidateWord = invocation[Self.candidate] else {
            throw invocation.error(Words.candidateNeeded, at: invocation.end)
        }
        guard let candidate = scores.first(where: { $0.respondent == candidateWord.text }) else {
            throw invocation.error(Words.unknownRespondent(candidateWord.text, definition.name)
                .suggesting(Suggestion.closest(to: candidateWord.text, among: scores.map(\.respondent))), at: candidateWord)
        }
        let (label, reference) = try self.reference(invocation, definition: definition, scores: scores, candidate: candidate, context)
        let candidateRound = try round(invocation, Self.candidateRound, instrument)
            ?? FitProfile.defaultCandidateRound(instrument)
        let referenceRound = try round(invocation, Self.againstRound, instrument)
            ?? FitProfile.defaultReferenceRound(instrument)
        guard let pair = FitProfile.pair(instrument, candidate: candidate, reference: reference,
                                         candidateRound: candidateRound, referenceRound: referenceRound),
              let fit = ProfileFit(pair.person, pair.reference) else {
            throw invocation.error(Words.nothingToCompare(candidate.respondent, label), at: candidateWord)
        }
        let formatter = context.formatter
        /// The fit as a one-row table, its columns and band named in `language`.
        func fitTable(_ language: Language) -> Dataset {
            Dataset(name: definition.name + "-fit", columns: [
                .text(Words.candidateColumn.text(language), [candidate.respondent]),
                .text(Words.againstColumn.text(language), [label]),
                .decimal("r", [fit.correlation]),
                .decimal(Words.distanceColumn.text(language), [fit.distance]),
                .text(Words.bandColumn.text(language), [Words.band(fit.band).text(language)]),
                .integer(Words.respondentsColumn.text(language), [Int64(pair.count)]),
            ], kind: .surveyFit)
        }
        let table = fitTable(.en)
        try context.workspace.put(table, replacing: true)
        var blocks: [ResultBlock] = []
        if pair.count < PrivacyRule.reliableFrom && !label.hasPrefix("respondent:") {
            blocks.append(.warning(Words.fewRespondents(pair.count, PrivacyRule.reliableFrom)))
        }
        blocks.append(.table(fitTable(context.language), title: nil))
        let rText = fit.correlation.map { formatter.decimal($0) } ?? "–"
        blocks.append(.text(context.say(Words.fitSentence(candidate.respondent, label, band: fit.band, r: rText,
                                                         distance: formatter.decimal(fit.distance)))))
        let chart = BarChart(unicode: TextMarks.localeIsUTF8, width: min(30, max(10, context.console.width - 50)))
        var bars: [BarChart.Bar] = []
        for (index, name) in pair.labels.map(definition.label(ofItem:)).enumerated() {
            bars.append(BarChart.Bar(label: "\(name) · \(candidate.respondent)", value: pair.person[index],
                                     caption: formatter.decimal(pair.person[index])))
            bars.append(BarChart.Bar(label: "\(name) · \(label)", value: pair.reference[index],
                                     caption: formatter.decimal(pair.reference[index])))
        }
        blocks.append(.text(chart.lines(bars).joined(separator: "\n")))
        return CommandResult(blocks: blocks, json: TableJSON.value(of: table))
    }

    /// The reference respondents and their label: the organisation's employees, a group's, or one respondent.
    private static func reference(_ invocation: Invocation, definition: SurveyDefinition, scores: [RespondentScores],
                                  candidate: RespondentScores, _ context: CommandContext) throws -> (String, [RespondentScores]) {
        let others = scores.filter { $0.respondent != candidate.respondent }
        let word = invocation[Self.against]
        let text = word?.text ?? "org"
        if text == "org" {
            let employees = others.filter { $0.role == .employee }
            if definition.anonymous && employees.count < PrivacyRule.smallestGroup {
                throw invocation.error(Words.groupWithheld(context.say(Words.organisation), PrivacyRule.smallestGroup), at: word)
            }
            return ("org", employees)
        }
        if text.hasPrefix("group:") {
            let group = String(text.dropFirst("group:".count))
            let members = others.filter { $0.role == .employee && $0.group == group }
            guard members.count >= PrivacyRule.smallestGroup else {
                throw invocation.error(Words.groupWithheld(group, PrivacyRule.smallestGroup), at: word)
            }
            return (text, members)
        }
        if text.hasPrefix("respondent:") {
            guard !definition.anonymous else { throw invocation.error(Words.singleRespondentRefused, at: word) }
            let id = String(text.dropFirst("respondent:".count))
            guard let other = others.first(where: { $0.respondent == id }) else {
                throw invocation.error(Words.unknownRespondent(id, definition.name), at: word)
            }
            return (text, [other])
        }
        throw invocation.error(Words.badAgainst(text), at: word)
    }

    /// A round named by a flag, checked against the instrument's rounds.
    private static func round(_ invocation: Invocation, _ flag: Flag<Word>, _ instrument: Instrument)
        throws -> String? {
        guard let word = invocation[flag] else { return nil }
        let ids = (instrument.rounds ?? []).map(\.id)
        guard ids.contains(word.text) else {
            throw invocation.error(Words.unknownRound(word.text, ids.joined(separator: ", ")), at: word)
        }
        return word.text
    }
}
