import Foundation
import RapportCore

/// The checks an instrument must pass beyond being well-formed JSON of the right shape; each problem names its place.
enum InstrumentCheck {
    /// The largest total an ipsative item may split.
    static let largestTotal = 1000
    /// The most alternatives an ipsative instrument may have: one letter each, a to z.
    static let mostAlternatives = 26
    /// The rating scales a Likert instrument may use.
    static let allowedPoints = [5, 7]

    /// Every problem found, in file order; empty when the instrument is sound.
    static func problems(of instrument: Instrument) -> [Message] {
        var problems: [Message] = []
        if !DatasetName.isValid(instrument.id) { problems.append(Words.instrumentBadID("id", instrument.id)) }
        problems += textProblems(instrument.title, at: "title")
        if let introduction = instrument.introduction { problems += textProblems(introduction, at: "introduction") }
        if instrument.items.isEmpty && !instrument.needsValues { problems.append(Words.instrumentNoItems) }
        switch instrument.type {
        case .ipsative: problems += ipsativeProblems(instrument)
        case .likert: problems += likertProblems(instrument)
        }
        problems += itemProblems(instrument.items, at: "items", instrument: instrument)
        problems += itemProblems(instrument.valueItems ?? [], at: "valueItems", instrument: instrument)
        problems += duplicates(instrument.items.map(\.id), at: "items")
        problems += duplicates((instrument.valueItems ?? []).map(\.id), at: "valueItems")
        return problems
    }

    /// The rounds, alternatives and total of an ipsative instrument.
    private static func ipsativeProblems(_ instrument: Instrument) -> [Message] {
        var problems: [Message] = []
        if let total = instrument.total {
            if total < 1 || total > largestTotal { problems.append(Words.instrumentBadTotal(total, largest: largestTotal)) }
        } else {
            problems.append(Words.instrumentMissing("total"))
        }
        problems += choiceProblems(instrument.rounds, at: "rounds", minimum: 1)
        problems += choiceProblems(instrument.alternatives, at: "alternatives", minimum: 2)
        if let count = instrument.alternatives?.count, count > mostAlternatives {
            problems.append(Words.instrumentTooMany("alternatives", mostAlternatives))
        }
        if instrument.needsValues { problems.append(Words.instrumentValuesNeedLikert) }
        return problems
    }

    /// The rating scale and the scales of a Likert instrument.
    private static func likertProblems(_ instrument: Instrument) -> [Message] {
        var problems: [Message] = []
        if let points = instrument.points {
            if !allowedPoints.contains(points) { problems.append(Words.instrumentBadPoints(points)) }
        } else {
            problems.append(Words.instrumentMissing("points"))
        }
        if let anchors = instrument.anchors { problems += textProblems(anchors, at: "anchors") }
        problems += choiceProblems(instrument.scales, at: "scales", minimum: 1)
        return problems
    }

    /// Ids and texts of a list of rounds, alternatives or scales.
    private static func choiceProblems(_ choices: [Choice]?, at path: String, minimum: Int) -> [Message] {
        guard let choices else { return [Words.instrumentMissing(path)] }
        var problems: [Message] = []
        if choices.count < minimum { problems.append(Words.instrumentTooFew(path, minimum)) }
        for (index, choice) in choices.enumerated() {
            if choice.id.isEmpty { problems.append(Words.instrumentEmpty("\(path)[\(index)].id")) }
            problems += textProblems(choice.text, at: "\(path)[\(index)].text")
        }
        return problems + duplicates(choices.map(\.id), at: path)
    }

    /// Ids, texts, alternatives and scales of items.
    private static func itemProblems(_ items: [Item], at path: String, instrument: Instrument) -> [Message] {
        var problems: [Message] = []
        let scaleIDs = (instrument.scales ?? []).map(\.id)
        let alternativeCount = instrument.alternatives?.count ?? 0
        for (index, item) in items.enumerated() {
            let place = "\(path)[\(index)]"
            if item.id.isEmpty { problems.append(Words.instrumentEmpty("\(place).id")) }
            problems += textProblems(item.text, at: "\(place).text")
            switch instrument.type {
            case .ipsative:
                guard let alternatives = item.alternatives else {
                    problems.append(Words.instrumentMissing("\(place).alternatives"))
                    continue
                }
                if alternatives.count != alternativeCount {
                    problems.append(Words.instrumentAlternativeCount(place, alternatives.count, alternativeCount))
                }
                for (number, text) in alternatives.enumerated() {
                    problems += textProblems(text, at: "\(place).alternatives[\(number)]")
                }
            case .likert:
                guard let scale = item.scale else {
                    problems.append(Words.instrumentMissing("\(place).scale"))
                    continue
                }
                if !scaleIDs.contains(scale) { problems.append(Words.instrumentUnknownScale("\(place).scale", scale)) }
            }
        }
        return problems
    }

    /// Both texts of a localised text must say something.
    private static func textProblems(_ text: LocalizedText, at path: String) -> [Message] {
        var problems: [Message] = []
        if text.en.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(Words.instrumentEmpty("\(path).en")) }
        if text.de.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(Words.instrumentEmpty("\(path).de")) }
        return problems
    }

    /// A problem for every id given more than once.
    private static func duplicates(_ ids: [String], at path: String) -> [Message] {
        var seen: Set<String> = []
        var problems: [Message] = []
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            problems.append(Words.instrumentDuplicateID("\(path)[\(index)].id", id))
        }
        return problems
    }
}
