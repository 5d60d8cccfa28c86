import RapportCore

/// `survey instruments`: the instruments this workspace can use.
enum InstrumentListing {
    /// Lists id, type, item count, title and where each comes from.
    static func run(_ context: CommandContext) throws -> CommandResult {
        let instruments = try InstrumentLibrary(context.workspace).all
        let table = Dataset(name: "instruments", columns: [
            .text("id", instruments.map(\.id)),
            .text(context.say(Words.typeColumn), instruments.map(\.type.rawValue)),
            .text(context.say(Words.itemsColumn), instruments.map { itemCount($0, context) }),
            .text(context.say(Words.titleColumn), instruments.map { $0.title.text(context.language) }),
            .text(context.say(Words.originColumn), instruments.map {
                context.say(InstrumentLibrary.isBuiltin($0.id) ? Words.builtIn : Words.addedToWorkspace)
            }),
        ])
        return .table(table)
    }

    /// The number of items, or "2 per value" for value instruments.
    private static func itemCount(_ instrument: Instrument, _ context: CommandContext) -> String {
        if instrument.needsValues { return context.say(Words.perValue(instrument.valueItems?.count ?? 0)) }
        return String(instrument.items.count * (instrument.type == .ipsative ? (instrument.rounds?.count ?? 1) : 1))
    }
}
