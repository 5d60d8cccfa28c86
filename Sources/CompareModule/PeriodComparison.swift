import Analytics
import Foundation
import RapportCore

/// `compare NAME METRIC --split DATE`, `--around EVENTS --window D` and `--last SPAN`: did the metric change?
enum PeriodComparison {
    /// The default window of `--around`, in days.
    static let defaultWindow = 7

    /// How the posts are split: at the `--split` moment, around the events of the `--around` dataset, or into the
    /// latest `--last` span and the one before it.
    enum Split {
        case split(Word), around(Word), last(Word)

        /// The word for it in result names, so a --split and an --around comparison do not replace each other.
        var name: String {
            switch self {
            case .split: return "split"
            case .around: return "around"
            case .last: return "last"
            }
        }
    }

    /// Splits the posts by time into before and after, compares them, and reports as a group comparison.
    static func run(_ request: CompareRequest, _ split: Split, invocation: Invocation) throws -> CommandResult {
        let context = request.context
        let timeWord = invocation[PeriodFlags.time]
        let named = try timeWord.map { word in
            request.selected.columns[try invocation.columnIndex(word.text, at: word, in: request.selected)]
        }
        guard let published = named ?? request.selected.column(role: .published)
                ?? request.selected.columns.first(where: { $0.type == .time }),
              case .time(let times, let missing) = published.data else {
            if let named {
                throw invocation.error(Words.notATimeColumn(named.name, type: named.type.rawValue), at: timeWord)
            }
            throw invocation.error(Words.metricNeedsRoles("compare", [.published], dataset: request.dataset.name), at: invocation.end)
        }
        let formatter = context.formatter
        var before: [Double] = [], after: [Double] = []
        var names: [String]
        var notes: [Message] = []
        switch split {
        case .split(let word):
            let splitMoment = try moment(word, invocation: invocation, context: context)
            for row in times.indices where !missing.isMissing(row) && !request.values[row].isNaN {
                if times[row] < splitMoment {
                    before.append(request.values[row])
                } else {
                    after.append(request.values[row])
                }
            }
            let shown = formatter.time(splitMoment)
            let day = shown.hasSuffix(" 00:00") ? String(shown.dropLast(6)) : shown
            names = [context.say(Words.periodFrom(day)), context.say(Words.periodBefore(day))]
        case .around(let eventsWord):
            let events = try eventTimes(eventsWord, invocation: invocation, context: context)
            let window = try invocation[CompareCommand.window] ?? defaultWindow
            let span = Int64(window) * 86_400
            var ambiguous = 0
            for row in times.indices where !missing.isMissing(row) && !request.values[row].isNaN {
                let time = times[row]
                let isAfter = events.contains { time > $0 && time <= $0 + span }
                let isBefore = events.contains { time < $0 && time >= $0 - span }
                switch (isBefore, isAfter) {
                case (true, true): ambiguous += 1
                case (false, true): after.append(request.values[row])
                case (true, false): before.append(request.values[row])
                case (false, false): continue
                }
            }
            if ambiguous > 0 { notes.append(Words.ambiguousWindowPosts(ambiguous)) }
            names = [context.say(Words.daysAfter(window, events: events.count)), context.say(Words.daysBefore(window))]
        case .last(let word):
            guard let span = try invocation[CompareCommand.last] else {
                throw invocation.error(Words.periodEmpty, at: word)
            }
            let present = times.indices.filter { !missing.isMissing($0) && !request.values[$0].isNaN }
            guard let latest = present.map({ times[$0] }).max() else {
                throw invocation.error(Words.periodEmpty, at: invocation.end)
            }
            let end = try invocation[CompareCommand.asOf].map {
                try moment($0, invocation: invocation, context: context)
            } ?? latest
            let zone = ZoneOffsets(timeZone: context.workspace.settings.timeZone,
                                   covering: min(end, latest)...max(end, latest))
            let start = span.moment(before: end, in: zone)
            let earlierStart = span.moment(before: start, in: zone)
            for row in present {
                let time = times[row]
                if time > start && time <= end {
                    after.append(request.values[row])
                } else if time > earlierStart && time <= start {
                    before.append(request.values[row])
                }
            }
            names = [context.say(Words.lastSpan(span.text, from: formatter.time(start), to: formatter.time(end))),
                     context.say(Words.spanBefore(span.text, from: formatter.time(earlierStart)))]
        }
        guard !before.isEmpty, !after.isEmpty else { throw invocation.error(Words.periodEmpty, at: invocation.end) }
        context.progress.begin(Words.progressComparing(request.dataset.name), unit: .resamples,
                               total: GroupComparison.resampleCount(groups: 2, resamples: request.resamples))
        let comparison = GroupComparison(names: names, values: [after, before], test: request.test,
                                         resamples: request.resamples, seed: request.seed, ordered: true,
                                         progress: context.progress)
        let fallback = "\(request.dataset.name)-\(request.metric.name)-\(split.name)"
        let base = try request.resultName(invocation, fallback: fallback)
        let tables = ComparisonTables(comparison, metric: request.metric, groupColumn: "period", baseName: base,
                                        sentence: ComparisonReport.sentence(comparison, request: request, periods: true))
        try tables.store(in: context.workspace)
        var result = ComparisonReport.result(comparison, tables: tables, request: request, invocation: invocation)
        for note in notes { result = result.warning(note) }
        return result
    }

    /// The moment a `--split` or `--as-of` value names: a date or time, in the timezone setting unless it has an
    /// offset.
    private static func moment(_ word: Word, invocation: Invocation, context: CommandContext) throws -> Int64 {
        guard let parsed = ISOTime.parse(Substring(word.text)) else { throw invocation.error(Words.badSplitDate(word.text), at: word) }
        return parsed.hasOffset ? parsed.seconds : LocalTime(timeZone: context.workspace.settings.timeZone).moment(ofLocal: parsed.seconds)
    }

    /// The event times of the `--around` dataset: its published role, else its first time column.
    private static func eventTimes(_ word: Word, invocation: Invocation, context: CommandContext) throws -> [Int64] {
        let events = try invocation.dataset(word, in: context)
        guard let column = events.column(role: .published) ?? events.columns.first(where: { $0.type == .time }),
              case .time(let times, let missing) = column.data else {
            throw invocation.error(Words.eventsNeedTimes(events.name), at: word)
        }
        let present = times.indices.filter { !missing.isMissing($0) }.map { times[$0] }
        guard !present.isEmpty else { throw invocation.error(Words.eventsNeedTimes(events.name), at: word) }
        return present.sorted()
    }
}
