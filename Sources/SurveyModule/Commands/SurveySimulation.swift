import Foundation
import RapportCore

/// `survey simulate NAME N [--seed S] [--now "P P P P"] [--preferred "P P P P"] [--groups "A;B"]`: adds N made-up
/// respondents whose answers follow a culture profile.
enum SurveySimulation {
    /// The profile simulated respondents see now, by default (collaborate, create, compete, control).
    static let defaultNow: [Double] = [25, 15, 30, 30]
    /// The profile simulated respondents prefer, by default.
    static let defaultPreferred: [Double] = [35, 25, 20, 20]
    /// The largest number a profile flag may give one alternative.
    static let largestWeight = 1_000_000.0
    /// The most respondents one command simulates.
    static let largestCount = 10_000
    /// How many respondents (1 to `largestCount`).
    static let count = Positional("N", ValueType(.integer) { word, _ in
        guard let count = Int(word.text), (1...largestCount).contains(count) else {
            throw RapportError(Words.badSimulateCount(word.text, largestCount))
        }
        return count
    })
    /// `--seed S`: the seed of the answers.
    static let seed = Flag("seed", .integer, valueName: "S", Words.surveySeedFlag)
    /// `--now "P P P P"`: the profile respondents see now.
    static let now = Flag("now", .text, valueName: "\"P P P P\"", Words.simulateNowFlag)
    /// `--preferred "P P P P"`: the profile respondents prefer.
    static let preferred = Flag("preferred", .text, valueName: "\"P P P P\"", Words.simulatePreferredFlag)
    /// `--groups "A;B"`: the groups respondents are given in turn.
    static let groups = Flag("groups", .text, valueName: "\"A;B\"", Words.simulateGroupsFlag)

    /// Adds the respondents, all as employees, groups taken in turn.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let definition = try SurveyDefinition.load(invocation[SurveyCommand.survey].text, from: context.workspace)
        let count = try invocation[Self.count]
        let width = definition.instrument.alternatives?.count ?? 0
        let simulator = SimulatedAnswers(instrument: definition.instrument,
                                         nowProfile: try profile(invocation, Self.now, width: width, fallback: defaultNow),
                                         preferredProfile: try profile(invocation, Self.preferred, width: width, fallback: defaultPreferred))
        let groups = invocation[Self.groups].map { $0.text.split(separator: ";").map { String($0).trimmingCharacters(in: .whitespaces) } } ?? []
        var random = SplitMix64(seed: try invocation[Self.seed].map { UInt64(truncatingIfNeeded: $0) } ?? context.workspace.settings.seed)
        var table = try ResponseTable(loading: definition.name, from: context.workspace)
        for number in 0..<count {
            try context.checkInterrupted()
            let respondent = table.nextGeneratedID
            let group = groups.isEmpty ? nil : groups[number % groups.count]
            for answer in simulator.respondent(&random) {
                table.record(StoredAnswer(respondent: respondent, group: group, role: Role.employee.rawValue, question: answer.key,
                                          answer: answer.numbers.map(String.init).joined(separator: " "), numbers: answer.numbers))
            }
        }
        try context.workspace.put(table.dataset, replacing: true)
        return .message(context.say(Words.simulated(count, definition.name)), [("respondents", .integer(Int64(count)))])
    }

    /// A profile flag of `width` numbers, or the fallback when it is not given (or the instrument is not ipsative).
    private static func profile(_ invocation: Invocation, _ flag: Flag<Word>, width: Int, fallback: [Double])
        throws -> [Double] {
        guard let word = invocation[flag] else { return width == fallback.count ? fallback : Array(repeating: 1, count: width) }
        let numbers = word.text.split { $0 == " " || $0 == "," }.compactMap { Double($0) }
        guard numbers.count == width, width > 0, numbers.allSatisfy({ $0 >= 0 && $0 <= largestWeight }), numbers.reduce(0, +) > 0 else {
            throw invocation.error(Words.badSimulateProfile(word.text, width), at: word)
        }
        return numbers
    }
}
