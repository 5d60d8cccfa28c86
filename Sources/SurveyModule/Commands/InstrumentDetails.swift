import RapportCore

/// `survey show INSTRUMENT`: an instrument's texts, alternatives or scales, and items.
enum InstrumentDetails {
    /// The instrument to show.
    static let instrument = Positional("INSTRUMENT", .text)

    /// Shows the instrument in the session's language.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let word = invocation[Self.instrument]
        let instrument: Instrument
        do {
            instrument = try InstrumentLibrary(context.workspace).instrument(word.text)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: word)
        }
        let language = context.language
        var lines = [context.console.bold(instrument.title.text(language)) + "  (\(instrument.id), \(instrument.type.rawValue))"]
        if let introduction = instrument.introduction { lines.append(introduction.text(language)) }
        switch instrument.type {
        case .ipsative:
            lines.append(context.say(Words.showRounds) + (instrument.rounds ?? []).map { "\($0.id) (\($0.text.text(language)))" }.joined(separator: ", "))
            lines.append(context.say(Words.showAlternatives) + (instrument.alternatives ?? []).map(\.id).joined(separator: ", ")
                         + " — " + context.say(Words.showTotal(instrument.total ?? 0)))
        case .likert:
            lines.append(context.say(Words.likertInstruction(instrument.points ?? 5)) + (instrument.anchors.map { " (\($0.text(language)))" } ?? ""))
            lines.append(context.say(Words.showScales) + (instrument.scales ?? []).map { "\($0.id) (\($0.text.text(language)))" }.joined(separator: ", "))
        }
        for (number, item) in (instrument.items + (instrument.valueItems ?? [])).enumerated() {
            var line = "\(number + 1). [\(item.id)] \(item.text.text(language))"
            if let scale = item.scale { line += "  (\(scale)\(item.isReversed ? ", " + context.say(Words.reversed) : ""))" }
            lines.append(line)
            for (index, alternative) in (item.alternatives ?? []).enumerated() {
                lines.append("     \(String(UnicodeScalar(UInt8(97 + index)))) \(alternative.text(language))")
            }
        }
        if instrument.needsValues { lines.append(context.say(Words.showValuesNote)) }
        return .message(lines.joined(separator: "\n"), [("instrument", .string(instrument.id))])
    }
}
