import Foundation
import RapportCore

/// What a line typed during a survey run means: an answer, or one of the words that steer the run.
enum AnswerLine: Equatable {
    /// The numbers of an answer, in alternative order.
    case numbers([Int])
    /// Leave the item unanswered (where the instrument allows).
    case skip
    /// Go back to the item before.
    case back
    /// Explain how to answer.
    case help
    /// Stop; everything answered so far is kept.
    case quit

    /// The words that steer a run, in English and German.
    static let words: [String: AnswerLine] = [
        "skip": .skip, "überspringen": .skip, "back": .back, "zurück": .back,
        "help": .help, "hilfe": .help, "?": .help, "quit": .quit, "ende": .quit,
    ]

    /// The word that stops a run, as a log replay writes it after the answers a failed run kept.
    static let quitWord = "quit"

    /// Reads a line for an instrument: `40 30 20 10` or `a=40 b=30 c=20 d=10` (ipsative), `5` (Likert), or a word.
    /// Returns the reason when the line is no valid answer.
    static func parse(_ line: String, for instrument: Instrument) -> Result<AnswerLine, RapportError> {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let word = words[trimmed.lowercased()] { return .success(word) }
        switch instrument.type {
        case .ipsative: return ipsative(trimmed, count: instrument.alternatives?.count ?? 0, total: instrument.total ?? 0)
        case .likert: return likert(trimmed, points: instrument.points ?? 5)
        }
    }

    /// Points for each alternative, by position or by letter, adding up to the total.
    private static func ipsative(_ text: String, count: Int, total: Int) -> Result<AnswerLine, RapportError> {
        let parts = text.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == ";" }.map(String.init)
        var points: [Int]
        if parts.contains(where: { $0.contains("=") }) {
            points = Array(repeating: 0, count: count)
            var given: Set<Int> = []
            for part in parts {
                let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2, pair[0].count == 1, let letter = pair[0].lowercased().unicodeScalars.first,
                      letter.value >= 97, Int(letter.value) - 97 < count else {
                    return .failure(RapportError(Words.answerBadLetter(part, last: lastLetter(count))))
                }
                let index = Int(letter.value) - 97
                guard given.insert(index).inserted else { return .failure(RapportError(Words.answerLetterTwice(pair[0]))) }
                guard let number = Int(pair[1]), number >= 0 else { return .failure(RapportError(Words.answerNotPoints(pair[1]))) }
                guard number <= total else { return .failure(RapportError(Words.answerAboveTotal(number, total))) }
                points[index] = number
            }
        } else {
            guard parts.count == count else { return .failure(RapportError(Words.answerCount(parts.count, count))) }
            points = []
            for part in parts {
                guard let number = Int(part), number >= 0 else { return .failure(RapportError(Words.answerNotPoints(part))) }
                guard number <= total else { return .failure(RapportError(Words.answerAboveTotal(number, total))) }
                points.append(number)
            }
        }
        let sum = points.reduce(0, +)
        guard sum == total else { return .failure(RapportError(Words.answerWrongTotal(sum, total))) }
        return .success(.numbers(points))
    }

    /// One whole number from 1 to the scale's top.
    private static func likert(_ text: String, points: Int) -> Result<AnswerLine, RapportError> {
        guard let number = Int(text), (1...points).contains(number) else {
            return .failure(RapportError(Words.answerOutOfScale(text, points)))
        }
        return .success(.numbers([number]))
    }

    /// The letter of the last alternative: `d` for four.
    static func lastLetter(_ count: Int) -> String {
        String(UnicodeScalar(UInt8(96 + max(1, min(26, count)))))
    }
}
