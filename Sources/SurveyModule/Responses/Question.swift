/// One screen of a survey run: an item, in a round for ipsative instruments, stored under its key.
struct Question: Equatable {
    /// The key answers are stored under: `ROUND.ITEM` for ipsative items, the item id for Likert items.
    let key: String
    /// The item asked.
    let item: Item
    /// The round (now, preferred) for ipsative items.
    let round: Choice?

    /// The questions of an instrument in the order a run asks them: every item of the first round, then of the next.
    static func all(in instrument: Instrument) -> [Question] {
        guard instrument.type == .ipsative, let rounds = instrument.rounds else {
            return instrument.items.map { Question(key: $0.id, item: $0, round: nil) }
        }
        return rounds.flatMap { round in
            instrument.items.map { Question(key: "\(round.id).\($0.id)", item: $0, round: round) }
        }
    }
}
