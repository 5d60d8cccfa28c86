import RapportCore

/// The header names, English and German, that say which role a column plays when no platform preset knows the
/// header: one table per kind, as a name may mean different roles in different kinds (`Username` is the posting
/// account in posts and the handle in accounts). To teach rapport a new name, add it to its role's list.
///
/// Names are compared folded (`RoleSynonyms.fold`): case, blanks, punctuation and underscores do not count, and a
/// leading `total`, `number of`, `num`, `count of`, `lifetime`, `post`, `page`, `anzahl` … or a trailing `count`,
/// `total`, `anzahl` … is dropped when the folded name as a whole matches nothing.
enum RoleSynonyms {
    /// The roles of one kind and the names that carry them, in the order a tie between two columns is settled.
    static let table: [DatasetKind: [(role: ColumnRole, names: [String])]] = [
        .posts: [
            (.postID, ["post id", "post_id", "id", "media id", "status id", "tweet id", "beitrags id", "beitragsid"]),
            (.account, ["username", "user name", "account", "account name", "handle", "user", "author", "creator",
                        "profile", "page name", "channel", "konto", "kontoname", "benutzername", "nutzername",
                        "autor", "seitenname", "kanal"]),
            (.platform, ["platform", "network", "social network", "plattform", "netzwerk"]),
            (.voice, ["voice", "stimme"]),
            (.published, ["published", "publish time", "published at", "date", "created at", "created_at", "posted",
                          "posted at", "posted on", "time", "timestamp", "datetime", "date posted", "datum",
                          "veröffentlicht", "veröffentlicht am", "veröffentlichungszeitpunkt", "zeitpunkt", "zeit",
                          "erstellt am"]),
            (.format, ["format", "type", "post type", "media type", "content type", "typ", "beitragstyp",
                       "medientyp"]),
            (.text, ["text", "caption", "message", "description", "content", "body", "post text", "tweet text",
                     "beitragstext", "beschreibung", "nachricht", "inhalt", "bildunterschrift"]),
            (.followers, ["followers", "follower", "follower count", "fans", "subscribers", "abonnenten",
                          "abonnent", "page total likes", "page likes", "gefällt mir angaben der seite"]),
            (.reach, ["reach", "post reach", "accounts reached", "reichweite", "erreichte konten"]),
            (.impressions, ["impressions", "impression", "views", "impressionen", "aufrufe", "ansichten"]),
            (.likes, ["likes", "like", "reactions", "reaction", "favorites", "favourites", "hearts", "gefällt mir",
                      "gefällt mir angaben", "reaktionen", "likes und reaktionen"]),
            (.comments, ["comments", "comment", "replies", "kommentare", "kommentar", "antworten"]),
            (.shares, ["shares", "share", "retweets", "reposts", "geteilt", "geteilte inhalte", "teilungen",
                       "mal geteilt"]),
            (.saves, ["saves", "save", "saved", "bookmarks", "gespeichert", "speicherungen", "lesezeichen"]),
            (.clicks, ["clicks", "link clicks", "url clicks", "klicks", "linkklicks"]),
            (.videoViews, ["video views", "plays", "video plays", "videoaufrufe", "wiedergaben"]),
            (.engagedUsers, ["engaged users", "engaged", "interagierende personen"]),
            (.paid, ["paid", "promoted", "sponsored", "boosted", "bezahlt", "beworben", "gesponsert"]),
            (.spend, ["spend", "spent", "amount spent", "cost", "ad spend", "ausgaben", "kosten", "budget"]),
        ],
        .accounts: [
            (.account, ["account", "account id", "konto", "konto id"]),
            (.platform, ["platform", "network", "plattform", "netzwerk"]),
            (.handle, ["username", "user name", "handle", "screen name", "benutzername", "nutzername"]),
            (.accountName, ["name", "display name", "full name", "anzeigename"]),
            (.voice, ["voice", "stimme"]),
            (.followers, ["followers", "follower", "fans", "subscribers", "abonnenten", "abonnent"]),
            (.following, ["following", "follows", "friends", "abonniert", "folgt"]),
            (.posts, ["posts", "media", "tweets", "statuses", "beiträge"]),
            (.created, ["created", "created at", "joined", "erstellt", "erstellt am", "beigetreten"]),
            (.verified, ["verified", "is verified", "verifiziert"]),
            (.engagementRate, ["engagement rate", "eng rate", "er", "engagement", "engagement rate in percent",
                               "engagementrate", "interaktionsrate"]),
        ],
        .followers: [
            (.followerID, ["follower id", "follower", "username", "user name", "id", "screen name",
                           "benutzername"]),
            (.followers, ["followers", "followers count", "number of followers", "abonnenten"]),
            (.following, ["following", "friends", "friends count", "number of people they follow", "abonniert"]),
            (.posts, ["posts", "statuses", "statuses count", "number of posts", "beiträge"]),
            (.listed, ["listed", "listed count"]),
            (.created, ["created", "created at", "erstellt"]),
            (.hasPicture, ["has picture", "has profile picture", "profile picture", "profilbild"]),
            (.defaultPicture, ["default picture", "default profile image", "standardbild"]),
            (.hasBio, ["has bio", "bio", "biografie"]),
            (.hasURL, ["has url", "url", "link"]),
            (.hasLocation, ["has location", "location", "ort", "standort"]),
        ],
        .interactions: [
            (.person, ["person", "user", "username", "who", "nutzer", "benutzername"]),
            (.postID, ["post id", "post", "beitrags id", "beitrag"]),
            (.interactionType, ["type", "interaction", "interaction type", "action", "typ", "interaktion", "aktion"]),
            (.time, ["time", "timestamp", "date", "zeit", "zeitpunkt", "datum"]),
        ],
        .replies: [
            (.commentID, ["comment id", "kommentar id"]),
            (.postID, ["post id", "beitrags id"]),
            (.commentedAt, ["commented at", "comment time", "kommentiert am"]),
            (.repliedAt, ["replied at", "reply time", "answered at", "beantwortet am", "geantwortet am"]),
            (.repliedBy, ["replied by", "answered by", "beantwortet von", "geantwortet von"]),
            (.responder, ["responder", "responder type", "antwortende"]),
        ],
    ]

    /// Words in front of a name that say nothing about its role (`Total Reach`, `Number of likes`, `Post type`).
    static let prefixes: [[String]] = [
        ["total"], ["number", "of"], ["no", "of"], ["num"], ["count", "of"], ["lifetime"], ["post"], ["posts"],
        ["page"], ["video"], ["anzahl"], ["anzahl", "der"], ["gesamt"], ["summe"], ["insgesamt"],
    ]

    /// Words after a name that say nothing about its role (`like_count`, `Kommentare gesamt`).
    static let suffixes: [[String]] = [
        ["count"], ["total"], ["number"], ["num"], ["anzahl"], ["gesamt"], ["insgesamt"], ["summe"],
        ["lifetime"],
    ]

    /// The role the header names in a dataset of this kind, nil when it names none.
    static func role(for header: String, kind: DatasetKind) -> ColumnRole? {
        let words = Self.words(header)
        let whole = words.joined()
        let entries = table[kind] ?? []
        if let entry = entries.first(where: { $0.names.contains { fold($0) == whole } }) { return entry.role }
        let trimmed = strip(words).joined()
        guard trimmed != whole, !trimmed.isEmpty else { return nil }
        return entries.first { $0.names.contains { fold($0) == trimmed } }?.role
    }

    /// A name as compared: lower-case letters and digits only.
    static func fold(_ name: String) -> String {
        words(name).joined()
    }

    /// The name's words in lower case: split at anything but a letter or digit, and where lower case turns upper
    /// (`likeCount`).
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in name {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
                continue
            }
            if character.isUppercase && previousLower && !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previousLower = character.isLowercase
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The words without the prefixes and suffixes that say nothing, keeping at least one word.
    private static func strip(_ words: [String]) -> [String] {
        var rest = words
        var changed = true
        while changed {
            changed = false
            for prefix in prefixes where rest.count > prefix.count && Array(rest.prefix(prefix.count)) == prefix {
                rest.removeFirst(prefix.count)
                changed = true
            }
            for suffix in suffixes where rest.count > suffix.count && Array(rest.suffix(suffix.count)) == suffix {
                rest.removeLast(suffix.count)
                changed = true
            }
        }
        return rest
    }
}
