import Foundation
import RapportCore

/// `survey instrument add FILE`: checks an instrument file and keeps it in the workspace.
enum InstrumentAdding {
    /// The word `add`.
    static let add = Positional("add", .choice(["add"]))
    /// The instrument file.
    static let file = Positional("FILE", .file)

    /// Reads, checks and stores the instrument; refuses an id that is already taken.
    static func run(_ invocation: Invocation, _ context: CommandContext) throws -> CommandResult {
        let word = invocation[Self.file]
        let path = word.text
        let read: [UInt8]?
        do {
            read = try FileBytes.read(path)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: word)
        }
        guard let bytes = read else { throw invocation.error(Words.cannotRead(path, context.say(Words.noSuchFile)), at: word) }
        let instrument = try InstrumentReader.read(bytes, path: word.text)
        let library = try InstrumentLibrary(context.workspace)
        guard !library.all.contains(where: { $0.id == instrument.id }) else {
            throw invocation.error(Words.instrumentExists(instrument.id), at: word)
        }
        try context.workspace.put(library.dataset(adding: instrument), replacing: true)
        return .message(context.say(Words.instrumentAdded(instrument.id, instrument.title.text(context.language))),
                        [("instrument", .string(instrument.id))])
    }
}
