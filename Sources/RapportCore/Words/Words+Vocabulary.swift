/// What the dataset kinds and column roles mean, for help and listings.
extension Words {
    /// One line on what a dataset of a kind holds.
    public static func meaning(of kind: DatasetKind) -> Message {
        switch kind {
        case .posts:
            Message(en: "posts of one or more accounts, with their reach and reactions",
                    de: "Beiträge eines oder mehrerer Konten, mit Reichweite und Reaktionen")
        case .accounts: Message(en: "accounts with their profile figures", de: "Konten mit ihren Profilzahlen")
        case .followers:
            Message(en: "a sample of one account's followers, for the authenticity audit",
                    de: "eine Stichprobe der Follower eines Kontos, für die Echtheitsprüfung")
        case .interactions:
            Message(en: "who did what on which post when", de: "wer wann was mit welchem Beitrag tat")
        case .replies:
            Message(en: "comments and who answered them when", de: "Kommentare und wer sie wann beantwortete")
        case .result:
            Message(en: "a table a command computed (a score, a comparison, a plugin's result)",
                    de: "eine berechnete Tabelle (ein Score, ein Vergleich, das Ergebnis eines Plugins)")
        case .audit: Message(en: "a table of an authenticity audit", de: "eine Tabelle einer Echtheitsprüfung")
        case .auditModel:
            Message(en: "a learned audit's model (audit train): its features, scales and weights",
                    de: "das Modell einer gelernten Echtheitsprüfung (audit train): Merkmale, Skalen und Gewichte")
        case .survey:
            Message(en: "a survey's definition: its instrument with the client's values",
                    de: "die Definition einer Umfrage: ihr Instrument mit den Werten des Kunden")
        case .surveyResponses:
            Message(en: "a survey's answers, one row per respondent and question",
                    de: "die Antworten einer Umfrage, eine Zeile je Person und Frage")
        case .surveyInstruments:
            Message(en: "the instruments added with survey instrument add",
                    de: "die mit survey instrument add hinzugefügten Instrumente")
        case .surveyProfile:
            Message(en: "a survey's profile: the mean now and preferred per dimension",
                    de: "das Profil einer Umfrage: der Mittelwert jetzt und gewünscht je Dimension")
        case .surveyScores: Message(en: "a survey's scores per respondent", de: "die Werte einer Umfrage je Person")
        case .surveyItems:
            Message(en: "a survey's mean rating per item", de: "die mittlere Bewertung je Item einer Umfrage")
        case .surveyFit:
            Message(en: "how well a candidate's profile fits another",
                    de: "wie gut das Profil einer Person zu einem anderen passt")
        }
    }

    /// One line on what a column of a role holds.
    public static func meaning(of role: ColumnRole) -> Message {
        switch role {
        case .postID: Message(en: "the post's identifier", de: "die Kennung des Beitrags")
        case .account:
            Message(en: "the account that posted or is described", de: "das Konto, das postete oder beschrieben wird")
        case .platform:
            Message(en: "the platform (facebook, instagram, x …)", de: "die Plattform (facebook, instagram, x …)")
        case .voice: Message(en: "who speaks: person or institution", de: "wer spricht: Person oder Institution")
        case .published: Message(en: "when the post was published", de: "wann der Beitrag veröffentlicht wurde")
        case .format:
            Message(en: "the post's format (photo, video, link …)", de: "das Format des Beitrags (Foto, Video, Link …)")
        case .text: Message(en: "the post's text", de: "der Text des Beitrags")
        case .followers: Message(en: "the account's followers", de: "die Follower des Kontos")
        case .reach: Message(en: "people who saw the post", de: "Personen, die den Beitrag sahen")
        case .impressions: Message(en: "times the post was shown", de: "wie oft der Beitrag angezeigt wurde")
        case .likes: Message(en: "likes or reactions", de: "Likes oder Reaktionen")
        case .comments: Message(en: "comments", de: "Kommentare")
        case .shares: Message(en: "shares, reposts or retweets", de: "geteilte Inhalte, Reposts oder Retweets")
        case .saves: Message(en: "saves (bookmarks)", de: "Speicherungen (Lesezeichen)")
        case .clicks: Message(en: "clicks on the post or its link", de: "Klicks auf den Beitrag oder seinen Link")
        case .videoViews: Message(en: "video views", de: "Videoaufrufe")
        case .engagedUsers:
            Message(en: "people who interacted with the post", de: "Personen, die mit dem Beitrag interagierten")
        case .paid: Message(en: "whether the post was promoted", de: "ob der Beitrag beworben wurde")
        case .spend: Message(en: "money spent promoting the post", de: "Werbeausgaben für den Beitrag")
        case .handle: Message(en: "the account's handle (@name)", de: "der Kontoname (@Name)")
        case .accountName: Message(en: "the account's display name", de: "der Anzeigename des Kontos")
        case .following: Message(en: "accounts it follows", de: "Konten, denen es folgt")
        case .posts: Message(en: "posts it has published", de: "Beiträge, die es veröffentlicht hat")
        case .created: Message(en: "when the account was created", de: "wann das Konto angelegt wurde")
        case .verified: Message(en: "whether the account is verified", de: "ob das Konto verifiziert ist")
        case .engagementRate:
            Message(en: "the account's engagement rate as the platform reports it",
                    de: "die Engagement-Rate des Kontos, wie die Plattform sie angibt")
        case .followerID: Message(en: "the follower's identifier", de: "die Kennung des Followers")
        case .listed: Message(en: "lists the account is on", de: "Listen, auf denen das Konto steht")
        case .hasPicture: Message(en: "whether it has a profile picture", de: "ob es ein Profilbild hat")
        case .defaultPicture:
            Message(en: "whether its picture is the platform's default",
                    de: "ob sein Bild das Standardbild der Plattform ist")
        case .hasBio: Message(en: "whether it has a biography", de: "ob es eine Beschreibung hat")
        case .hasURL: Message(en: "whether it links a website", de: "ob es eine Website verlinkt")
        case .hasLocation: Message(en: "whether it names a location", de: "ob es einen Ort angibt")
        case .person: Message(en: "who interacted", de: "wer interagierte")
        case .interactionType:
            Message(en: "what they did (like, comment, share …)", de: "was sie taten (Like, Kommentar, Teilen …)")
        case .time: Message(en: "when they did it", de: "wann sie es taten")
        case .commentID: Message(en: "the comment's identifier", de: "die Kennung des Kommentars")
        case .commentedAt: Message(en: "when the comment was written", de: "wann der Kommentar geschrieben wurde")
        case .repliedAt: Message(en: "when it was answered", de: "wann er beantwortet wurde")
        case .repliedBy: Message(en: "who answered it", de: "wer ihn beantwortete")
        case .responder:
            Message(en: "who answered for the company: staff or an agency",
                    de: "wer für das Unternehmen antwortete: Team oder Agentur")
        case .rate:
            Message(en: "a computed fraction, shown as a percentage", de: "ein berechneter Anteil, als Prozent gezeigt")
        }
    }
}
