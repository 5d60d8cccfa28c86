import RapportCore

/// Messages of the `simulate` commands.
extension Words {
    /// One line on `simulate`.
    public static let simulateSummary = Message(
        en: "generate synthetic posts, followers, interactions or replies whose effects you set",
        de: "synthetische Beiträge, Follower, Interaktionen oder Antworten erzeugen, deren Effekte Sie festlegen")
    /// One line on `simulate posts`.
    public static let simulatePostsSummary = Message(
        en: "generate N posts and their accounts (NAME and NAME_accounts)",
        de: "N Beiträge und ihre Konten erzeugen (NAME und NAME_accounts)")
    /// The model behind `simulate posts`.
    public static let simulatePostsDiscussion = Message(
        en: "Account 1 is the CEO of \(PostText.company) (a person, 250,000 followers), account 2 the company page (an institution, 60,000 followers); then people and institutions alternate, with 50 + lognormal(median 4,000, σ 1.3) followers. Each post gets an account at random, a format (photo, video, link, text) and is paid with probability 15 %. Interactions per real follower: rate = 0.02 × premium (people only) × format factor × 1.3 if paid × lognormal noise with median 1 (σ 0.6), so the ratio of the median engagement rates of person and institution posts is the --person-premium (default 2.5). Likes, comments, shares and saves are Poisson with 76 %, 10 %, 8 % and 6 % of the expected interactions. --bought-share F adds bought followers to every 4th account (accounts 4, 8, 12 …, all institutions): the followers shown are real / (1 − F), the interactions stay the same. Texts are German: some address readers with du/euch, some with Sie/Ihnen, some neither; some name \(PostText.company). Times spread evenly from --start (default 2025-01-01) over --days (default 365). The seed is the seed setting unless --seed is given; the same seed gives the same rows.",
        de: "Konto 1 ist die CEO von \(PostText.company) (eine Person, 250.000 Follower), Konto 2 die Unternehmensseite (eine Institution, 60.000 Follower); danach wechseln Personen und Institutionen, mit 50 + lognormal(Median 4.000, σ 1,3) Followern. Jeder Beitrag erhält zufällig ein Konto und ein Format (photo, video, link, text) und ist mit Wahrscheinlichkeit 15 % bezahlt. Interaktionen je echtem Follower: Rate = 0,02 × Prämie (nur Personen) × Formatfaktor × 1,3 falls bezahlt × lognormales Rauschen mit Median 1 (σ 0,6); das Verhältnis der Median-Engagement-Raten von Personen- und Institutionsbeiträgen ist also --person-premium (Standard 2,5). Likes, Kommentare, Shares und Saves sind Poisson-verteilt mit 76 %, 10 %, 8 % und 6 % der erwarteten Interaktionen. --bought-share F gibt jedem 4. Konto (Konten 4, 8, 12 …, alles Institutionen) gekaufte Follower: angezeigt werden echte / (1 − F), die Interaktionen bleiben gleich. Die Texte sind deutsch: manche duzen (du/euch), manche siezen (Sie/Ihnen), manche keines von beiden; manche nennen \(PostText.company). Die Zeiten verteilen sich gleichmäßig ab --start (Standard 2025-01-01) über --days (Standard 365) Tage. Startwert ist die Einstellung seed, außer --seed ist angegeben; derselbe Startwert ergibt dieselben Zeilen.")
    /// One line on `simulate followers`.
    public static let simulateFollowersSummary = Message(
        en: "generate a follower sample with a fake/real label, for the authenticity audit",
        de: "eine Follower-Stichprobe mit Kennzeichnung fake/real erzeugen, für die Echtheitsprüfung")
    /// The model behind `simulate followers`.
    public static let simulateFollowersDiscussion = Message(
        en: "Each follower is fake with probability --fake-share (default 0.2). Fake accounts follow many (median 1,200) and are followed by few (median 20), post little (median 4), are young (median 150 days) and often lack a picture, bio or URL; real ones: median 300 followers, 300 following, 150 posts, 1,500 days. All counts are lognormal, so the groups overlap: no single rule separates them. The label column tells which is which, to check the audit. Account ages are counted back from 2026-01-01.",
        de: "Jeder Follower ist mit Wahrscheinlichkeit --fake-share (Standard 0,2) gefälscht. Gefälschte Konten folgen vielen (Median 1.200), haben wenige Follower (Median 20), posten wenig (Median 4), sind jung (Median 150 Tage) und haben oft kein Bild, keine Bio, keine URL; echte: Median 300 Follower, 300 gefolgt, 150 Beiträge, 1.500 Tage. Alle Zahlen sind lognormal, die Gruppen überlappen sich also: keine einzelne Regel trennt sie. Die Spalte label sagt, welcher welcher ist, um die Prüfung zu kontrollieren. Das Kontoalter zählt ab dem 2026-01-01 zurück.")
    /// One line on `simulate interactions`.
    public static let simulateInteractionsSummary = Message(
        en: "generate who liked, commented on and shared the posts of a simulated posts dataset",
        de: "erzeugen, wer die Beiträge eines simulierten Datensatzes geliked, kommentiert und geteilt hat")
    /// The model behind `simulate interactions`.
    public static let simulateInteractionsDiscussion = Message(
        en: "Per post and type, a Poisson number of rows with mean likes (comments, shares) × s, where s = min(1, 300,000 / all interactions): proportional to the posts, at most about 300,000 rows. The audience has activity weights lognormal(median 1, σ 1.5), so a few heavy users become confidants and many stay acquaintances; a quarter lapse and only interact with posts more than 220 days before the last one (strangers in a 180-day window). An interaction follows its post by a median of 2 hours, at most 30 days. Points: like 1, comment 2, share 3.",
        de: "Je Beitrag und Art eine Poisson-verteilte Zahl von Zeilen mit Mittel Likes (Kommentare, Shares) × s, wobei s = min(1, 300.000 / alle Interaktionen): proportional zu den Beiträgen, höchstens etwa 300.000 Zeilen. Das Publikum hat Aktivitätsgewichte lognormal(Median 1, σ 1,5), so werden wenige Vielnutzer zu Vertrauten und viele bleiben Bekannte; ein Viertel wird inaktiv und reagiert nur auf Beiträge, die mehr als 220 Tage vor dem letzten liegen (Fremde in einem 180-Tage-Fenster). Eine Interaktion folgt ihrem Beitrag im Median nach 2 Stunden, spätestens nach 30 Tagen. Punkte: Like 1, Kommentar 2, Share 3.")
    /// One line on `simulate replies`.
    public static let simulateRepliesSummary = Message(
        en: "generate customer comments on simulated posts and who answered them when",
        de: "Kundenkommentare zu simulierten Beiträgen erzeugen und wer sie wann beantwortet hat")
    /// The model behind `simulate replies`.
    public static let simulateRepliesDiscussion = Message(
        en: "Per post a Poisson number of comments with mean comments × s, s = min(1, 100,000 / all comments), at most about 100,000 rows. Each comment is the task of own staff (60 %) or the agency (40 %), shown in responder. Staff answer 85 % of theirs after a median of 1 hour; the agency answers 60 % after a median of 8 hours (both lognormal). Unanswered comments have no replied_at and no replied_by.",
        de: "Je Beitrag eine Poisson-verteilte Zahl von Kommentaren mit Mittel Kommentare × s, s = min(1, 100.000 / alle Kommentare), höchstens etwa 100.000 Zeilen. Jeder Kommentar ist Aufgabe der eigenen Mitarbeitenden (60 %) oder der Agentur (40 %), angegeben in responder. Die Mitarbeitenden beantworten 85 % ihrer Kommentare nach im Median 1 Stunde, die Agentur 60 % nach im Median 8 Stunden (beides lognormal). Unbeantwortete Kommentare haben kein replied_at und kein replied_by.")
    /// The `--seed` flag of `simulate`.
    public static let simulateSeedFlag = Message(en: "seed of the generator (default: the seed setting)",
                                                 de: "Startwert des Generators (Standard: die Einstellung seed)")
    /// The `--replace` flag of `simulate`.
    public static let simulateReplaceFlag = Message(en: "replace existing datasets of those names",
                                                    de: "bestehende Datensätze dieser Namen ersetzen")
    /// The `--accounts` flag.
    public static let simulateAccountsFlag = Message(en: "number of accounts, at least 2 (default 12)",
                                                     de: "Zahl der Konten, mindestens 2 (Standard 12)")
    /// The `--person-premium` flag.
    public static let simulatePremiumFlag = Message(
        en: "interactions per follower of people over institutions, up to 100 (default 2.5)",
        de: "Interaktionen je Follower von Personen gegenüber Institutionen, bis 100 (Standard 2,5)")
    /// The `--bought-share` flag.
    public static let simulateBoughtFlag = Message(
        en: "share of bought followers on every 4th account, 0 to 0.99 (default 0)",
        de: "Anteil gekaufter Follower bei jedem 4. Konto, 0 bis 0,99 (Standard 0)")
    /// The `--platforms` flag.
    public static let simulatePlatformsFlag = Message(
        en: "comma-separated platforms (default facebook,instagram,linkedin,x,tiktok)",
        de: "Plattformen, durch Kommas getrennt (Standard facebook,instagram,linkedin,x,tiktok)")
    /// The `--start` flag.
    public static let simulateStartFlag = Message(en: "first day of the period (default 2025-01-01)",
                                                  de: "erster Tag des Zeitraums (Standard 2025-01-01)")
    /// The `--days` flag.
    public static let simulateDaysFlag = Message(en: "length of the period in days (default 365)",
                                                 de: "Länge des Zeitraums in Tagen (Standard 365)")
    /// The `--fake-share` flag.
    public static let simulateFakeFlag = Message(en: "share of fake followers, 0 to 0.99 (default 0.2)",
                                                 de: "Anteil gefälschter Follower, 0 bis 0,99 (Standard 0,2)")
    /// `simulate` without a subcommand.
    public static let simulateNeedsSubcommand = Message(
        en: "simulate what? simulate posts|followers|interactions|replies …",
        de: "was simulieren? simulate posts|followers|interactions|replies …")

    /// A share flag whose value is no fraction from 0 to 0.99.
    public static func simulateBadShare(_ text: String, flag: String) -> Message {
        Message(en: "--\(flag) needs a share from 0 to 0.99 (such as 0.4 or 40%), not '\(text)'",
                de: "--\(flag) braucht einen Anteil von 0 bis 0,99 (etwa 0.4 oder 40%), nicht '\(text)'")
    }
    /// A `--person-premium` that is no positive number up to the largest.
    public static func simulateBadPremium(_ text: String, largest: Double) -> Message {
        let top = JSONWriter.numberText(largest)
        return Message(en: "--person-premium needs a positive number up to \(top), not '\(text)'",
                       de: "--person-premium braucht eine positive Zahl bis \(top), nicht '\(text)'")
    }
    /// `--accounts` below 2.
    /// A count N that is no whole number or out of range.
    public static func simulateBadCount(_ text: String, maximum: Int) -> Message {
        Message(en: "N must be a whole number from 0 to \(maximum), not '\(text)'",
                de: "N muss eine ganze Zahl von 0 bis \(maximum) sein, nicht '\(text)'")
    }
    /// An `--accounts` value that is no whole number from 2 to the maximum.
    public static func simulateBadAccounts(_ text: String, maximum: Int) -> Message {
        Message(en: "--accounts needs a whole number from 2 (the CEO and the company page) to \(maximum), not '\(text)'",
                de: "--accounts braucht eine ganze Zahl von 2 (die CEO und die Unternehmensseite) bis \(maximum), nicht '\(text)'")
    }
    /// A `--days` value that is no whole number from 1 to the maximum.
    public static func simulateBadDays(_ text: String, maximum: Int) -> Message {
        Message(en: "--days needs a whole number from 1 to \(maximum), not '\(text)'",
                de: "--days braucht eine ganze Zahl von 1 bis \(maximum), nicht '\(text)'")
    }
    /// `--start` that is no date.
    public static func simulateBadStart(_ text: String) -> Message {
        Message(en: "--start needs a date such as 2025-01-01, not '\(text)'",
                de: "--start braucht ein Datum wie 2025-01-01, nicht '\(text)'")
    }
    /// `--platforms` without a usable name.
    public static func simulateBadPlatforms(_ text: String) -> Message {
        Message(en: "--platforms needs names separated by commas, such as linkedin,x — not '\(text)'",
                de: "--platforms braucht Namen, durch Kommas getrennt, etwa linkedin,x — nicht '\(text)'")
    }
    /// A posts dataset without a column the simulation needs.
    public static func simulateNeedsColumn(_ column: String, in dataset: String) -> Message {
        Message(en: "dataset '\(dataset)' needs a column '\(column)' of the right type (simulate posts makes one)",
                de: "Datensatz '\(dataset)' braucht eine Spalte '\(column)' des passenden Typs (simulate posts erzeugt einen)")
    }
    /// After `simulate posts`.
    public static func simulatedPosts(_ count: Int, name: String, accounts: Int, accountsName: String, seed: UInt64) -> Message {
        Message(en: "simulated \(count) posts as '\(name)' and \(accounts) accounts as '\(accountsName)' (seed \(seed))",
                de: "\(count) Beiträge als '\(name)' und \(accounts) Konten als '\(accountsName)' simuliert (Startwert \(seed))")
    }
    /// After `simulate followers`.
    public static func simulatedFollowers(_ count: Int, fakes: Int, name: String, seed: UInt64) -> Message {
        Message(en: "simulated \(count) followers as '\(name)', \(fakes) of them fake (seed \(seed))",
                de: "\(count) Follower als '\(name)' simuliert, davon \(fakes) gefälscht (Startwert \(seed))")
    }
    /// After `simulate interactions` or `simulate replies`.
    public static func simulatedRows(_ count: Int, name: String, from posts: String, seed: UInt64) -> Message {
        Message(en: "simulated \(count) rows from '\(posts)' as '\(name)' (seed \(seed))",
                de: "\(count) Zeilen aus '\(posts)' als '\(name)' simuliert (Startwert \(seed))")
    }
}
