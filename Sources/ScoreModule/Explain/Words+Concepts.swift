import RapportCore

/// The ideas `explain` teaches beside the metrics, in English and German.
enum Concepts {
    /// Every concept, in the order `explain` lists them.
    static let all: [Concept] = [
        Concept(name: "person-premium",
                summary: Message(en: "people earn more engagement than institutions", de: "Menschen erzielen mehr Resonanz als Institutionen"),
                idea: Message(en: "Posts by people (a CEO, an employee) tend to earn more reactions per follower than posts by the company's own account, because readers answer a face more readily than a logo. A company that speaks only as an institution pays for the same attention with more reach or more money.",
                              de: "Beiträge von Menschen (einer Chefin, einem Mitarbeiter) erzielen meist mehr Reaktionen je Follower als Beiträge des Unternehmenskontos, weil Leser einem Gesicht bereitwilliger antworten als einem Logo. Ein Unternehmen, das nur als Institution spricht, bezahlt dieselbe Aufmerksamkeit mit mehr Reichweite oder mehr Geld."),
                commands: ["score posts person-premium", "compare posts engagement-rate by voice", "tour people"]),
        Concept(name: "reach-waste",
                summary: Message(en: "reached is not engaged", de: "erreicht ist nicht bewegt"),
                idea: Message(en: "Reach counts the people who saw a post; most of them do nothing with it. The share who did nothing is the waste: a large account can have large reach and little impact, and a budget spent on reach buys mostly waste.",
                              de: "Reichweite zählt, wer einen Beitrag sah; die meisten tun nichts damit. Der Anteil, der nichts tat, ist der Streuverlust: ein großes Konto kann große Reichweite und wenig Wirkung haben, und ein Budget für Reichweite kauft vor allem Streuverlust."),
                commands: ["score facebook reach-waste by Type", "tour reach"]),
        Concept(name: "relationship-stages",
                summary: Message(en: "from stranger to confidant", de: "vom Fremden zum Vertrauten"),
                idea: Message(en: "An audience is not a number but people at different stages: strangers, acquaintances who react now and then, friends who comment and share, and a few confidants who stay in touch. Brands grow by moving people up these stages, not by sending more messages.",
                              de: "Ein Publikum ist keine Zahl, sondern Menschen auf verschiedenen Stufen: Fremde, Bekannte, die ab und zu reagieren, Freunde, die kommentieren und teilen, und wenige Vertraute, die in Kontakt bleiben. Marken wachsen, indem sie Menschen auf diesen Stufen voranbringen, nicht durch mehr Botschaften."),
                commands: ["score interactions relationship-stages", "tour relationships"]),
        Concept(name: "bought-followers",
                summary: Message(en: "a thousand true friends or a hundred thousand bought ones", de: "tausend echte Freunde oder hunderttausend gekaufte"),
                idea: Message(en: "Followers can be bought; their interaction cannot. Bought followers inflate the count and lower the engagement rate, so an account whose engagement is far below that of accounts its size, or a follower sample full of empty profiles, is a warning sign. Rules and outliers are indicators, not proof.",
                              de: "Follower lassen sich kaufen, ihre Interaktion nicht. Gekaufte Follower blähen die Zahl auf und senken die Engagement-Rate; ein Konto weit unter der Resonanz gleich großer Konten oder eine Follower-Stichprobe voller leerer Profile ist ein Warnzeichen. Regeln und Ausreißer sind Hinweise, keine Beweise."),
                commands: ["score posts authenticity", "simulate followers 2000 --fake-share 0.4 as fans", "audit fans --label label", "explain audit", "tour friends"]),
        Concept(name: "culture-fit",
                summary: Message(en: "who speaks for the company must fit its culture", de: "wer für das Unternehmen spricht, muss zu seiner Kultur passen"),
                idea: Message(en: "On social platforms the staff who speak for a company carry its culture to customers. A culture survey shows the culture as it is and as people want it; comparing a candidate's profile with the team's tells how well a future voice of the company fits.",
                              de: "Auf sozialen Plattformen tragen die Mitarbeitenden, die für ein Unternehmen sprechen, seine Kultur zu den Kunden. Eine Kulturbefragung zeigt die Kultur, wie sie ist und wie die Menschen sie wollen; der Vergleich des Profils einer Kandidatin mit dem des Teams zeigt, wie gut eine künftige Stimme des Unternehmens passt."),
                commands: ["survey instruments", "tour ownership"]),
        .audit,
    ] + time

    /// The concept with this name.
    static func named(_ name: String) -> Concept? {
        all.first { $0.name == name }
    }
}

/// Messages of `explain` about concepts.
extension Words {
    /// The heading of an idea's explanation.
    public static let explainIdea = Message(en: "The idea", de: "Die Idee")
    /// The heading of the commands to try.
    public static let explainTryThis = Message(en: "Try", de: "Ausprobieren")
    /// The header of the names in the `explain` list.
    public static let explainNameColumn = Message(en: "name", de: "Name")
    /// The header of the kinds (idea, metric) in the `explain` list.
    public static let explainKindColumn = Message(en: "kind", de: "Art")
    /// The header of the one-line summaries in the `explain` list.
    public static let explainWhatColumn = Message(en: "what", de: "worum es geht")
    /// The title of the list `explain` shows without a name.
    public static let explainListTitle = Message(en: "ideas and metrics (explain NAME)", de: "Ideen und Kennzahlen (explain NAME)")
    /// The kind of an entry that is an idea.
    public static let explainKindIdea = Message(en: "idea", de: "Idee")
    /// The kind of an entry that is a metric.
    public static let explainKindMetric = Message(en: "metric", de: "Kennzahl")
}
