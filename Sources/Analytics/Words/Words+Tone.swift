import RapportCore

/// What `explain tone` says, and the notes of a tone result.
extension Words {
    /// One line on the `tone` metric.
    public static let toneSummary = Message(en: "informal (du) against formal (Sie) address per channel, and channels that mix both",
                                            de: "Duzen gegen Siezen je Kanal, und Kanäle, die beides mischen")
    /// What `explain tone` shows.
    public static let toneExplanation = MetricExplanation(
        definition: Message(en: "How a channel speaks to its readers in German: each post with text is informal (it says du, dich, dir, dein, deine, deinen, deinem, deiner, deines, euch, euer, eure, euren, eurem, eurer, eures, or ihr in lower case), formal (Sie, Ihnen, Ihr, Ihre, Ihren, Ihrem, Ihrer, Ihres, capitalised and not the first word of a sentence), both, or neutral (neither). A channel is the platform unless `by` names other columns (by account, for example); without a platform column all posts are one channel.",
                            de: "Wie ein Kanal seine Leserinnen und Leser auf Deutsch anspricht: jeder Beitrag mit Text ist informell (er enthält du, dich, dir, dein, deine, deinen, deinem, deiner, deines, euch, euer, eure, euren, eurem, eurer, eures oder kleingeschriebenes ihr), formell (Sie, Ihnen, Ihr, Ihre, Ihren, Ihrem, Ihrer, Ihres, großgeschrieben und nicht das erste Wort eines Satzes), beides oder neutral (keins davon). Ein Kanal ist die Plattform, außer `by` nennt andere Spalten (etwa by account); ohne Plattform-Spalte sind alle Beiträge ein Kanal."),
        formula: Message(en: "per channel: posts with text; informal, formal, both and neutral shares of them (they add up to 1); addressing posts = informal + formal + both; mixed = informal + both > 10 % of addressing posts and formal + both > 10 % of addressing posts. A post with both forms counts as 'both': it is one post, and it uses each form. Per post (--per-post): informal, formal, both or neutral.",
                         de: "je Kanal: Beiträge mit Text; Anteile informell, formell, beides und neutral daran (zusammen 1); ansprechende Beiträge = informell + formell + beides; gemischt = informell + beides > 10 % der ansprechenden Beiträge und formell + beides > 10 % der ansprechenden Beiträge. Ein Beitrag mit beiden Formen zählt als 'beides': es ist ein Beitrag, und er nutzt jede Form. Je Beitrag (--per-post): informal, formal, both oder neutral."),
        leftOut: Message(en: "Words are compared whole (Unicode letters, marks and digits make a word), so 'Dirndl' or 'Sieger' never count. Known limits: a formal 'Sie' or 'Ihnen' as the first word of a sentence (after . ! ? … or a line break) is not counted, because 'Sie' there may mean 'they'; a capitalised 'Ihr' at a sentence start is not counted either; lower-case 'ihr' counts as informal even where it is the possessive or 'to her' ('ihr Buch', 'mit ihr'); an abbreviation such as 'z. B.' starts a new sentence. Posts without text are left out and counted in a note; other languages read as neutral.",
                         de: "Wörter werden ganz verglichen (Unicode-Buchstaben, -Zeichen und Ziffern bilden ein Wort), 'Dirndl' oder 'Sieger' zählen also nie. Bekannte Grenzen: ein formelles 'Sie' oder 'Ihnen' als erstes Wort eines Satzes (nach . ! ? … oder einem Zeilenumbruch) zählt nicht, weil 'Sie' dort auch 'sie' (Plural) sein kann; ein großgeschriebenes 'Ihr' am Satzanfang zählt ebenfalls nicht; kleingeschriebenes 'ihr' zählt als informell, auch wo es Possessiv oder Dativ ist ('ihr Buch', 'mit ihr'); eine Abkürzung wie 'z. B.' beginnt einen neuen Satz. Beiträge ohne Text bleiben außen vor und werden in einem Hinweis gezählt; andere Sprachen gelten als neutral."),
        source: Message(en: "The du/Sie distinction of German grammar (Duden: capitalised 'Sie' and 'Ihr' for formal address); the 10 % threshold for a mixed channel is rapport's own convention.",
                        de: "Die Unterscheidung von Du und Sie der deutschen Grammatik (Duden: großgeschriebenes 'Sie' und 'Ihr' für die Höflichkeitsform); die Schwelle von 10 % für einen gemischten Kanal ist eine Festlegung von rapport."),
        reading: Message(en: "A channel should speak one way: a mixed channel reads as several voices without a style guide. Neutral posts are not a problem; look at the addressing posts.",
                         de: "Ein Kanal sollte eine Anrede durchhalten: ein gemischter Kanal wirkt wie mehrere Stimmen ohne Stilvorgabe. Neutrale Beiträge sind kein Problem; entscheidend sind die ansprechenden Beiträge."))

    /// The note that channels are the platforms.
    public static func channelsByPlatform(_ column: String) -> Message {
        Message(en: "channels: the platform (column '\(column)'); use `by account` for accounts",
                de: "Kanäle: die Plattform (Spalte '\(column)'); `by account` für Konten")
    }
    /// The note that all posts form one channel.
    public static let oneChannel = Message(en: "no platform column and no by clause: all posts are one channel",
                                           de: "keine Plattform-Spalte und keine by-Klausel: alle Beiträge sind ein Kanal")
    /// The note on posts with both forms of address.
    public static let toneBothCounted = Message(
        en: "a post with both informal and formal address counts as 'both', and in the mixed check for each form",
        de: "ein Beitrag mit informeller und formeller Anrede zählt als 'beides' und in der Prüfung auf Mischung für jede Form")
}
