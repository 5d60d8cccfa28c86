import RapportCore

/// The accounts of a posts simulation: the CEO, the company page, then alternating people and institutions.
///
/// Account 0 is the CEO of `PostText.company` (a person, 250,000 followers), account 1 the company
/// page (an institution, 60,000 followers), both verified and on LinkedIn when it is among the
/// platforms. From account 2 on, even indices are people and odd ones institutions, with
/// 50 + lognormal(median 4,000, σ 1.3) followers. Every 4th account (index 3, 7, 11 …, all
/// institutions) carries bought followers when a bought share is set. Tone by index mod 3:
/// mostly informal, mostly formal, mixed.
enum AccountRoster {
    /// First names of people.
    static let firstNames = ["Lena", "Jonas", "Miriam", "Tobias", "Aylin", "Felix", "Sophie", "Murat", "Clara", "Henrik"]
    /// Last names of people, with their ASCII form for handles.
    static let lastNames = [("Vogel", "vogel"), ("Şahin", "sahin"), ("Hoffmann", "hoffmann"), ("Krüger", "krueger"),
                            ("Weber", "weber"), ("Lindner", "lindner"), ("Brandt", "brandt"), ("Yılmaz", "yilmaz"),
                            ("Roth", "roth"), ("Keller", "keller")]
    /// Names and handles of institutions other than the company page.
    static let institutions = [("Stadtwerke Nordhafen", "stadtwerke_nordhafen"), ("Bäckerei Korn", "baeckerei_korn"),
                               ("Kontor Verlag", "kontorverlag"), ("Rhein Logistik", "rheinlogistik"),
                               ("Grünhaus Möbel", "gruenhaus"), ("Praxis am Markt", "praxisammarkt"),
                               ("Fahrrad Frei", "fahrradfrei"), ("Hanse Versicherung", "hanseversicherung")]
    /// Informal and formal shares by account index mod 3: mostly informal, mostly formal, mixed.
    static let tones: [(informal: Double, formal: Double)] = [(0.7, 0.05), (0.05, 0.7), (0.35, 0.35)]

    /// `count` accounts (at least 2) on the given platforms, drawn from the generator.
    static func make(count: Int, platforms: [String], start: Int64, using generator: inout SplitMix64) -> [SimulatedAccount] {
        let home = platforms.firstIndex(of: "linkedin") ?? 0
        let width = SimulatedID.width(for: count, minimum: 3)
        var accounts: [SimulatedAccount] = []
        for index in 0..<count {
            let id = SimulatedID.make("a", index + 1, width: width)
            let isPerson = index == 0 || (index >= 2 && index % 2 == 0)
            let platform = index < 2 ? home : generator.nextIndex(below: platforms.count)
            let followers = index == 0 ? 250_000 : index == 1 ? 60_000
                : 50 + Int(generator.logNormal(median: 4_000, sigma: 1.3))
            let following = Int(generator.logNormal(median: isPerson ? 400 : 80, sigma: 0.9))
            let earlierPosts = Int(generator.logNormal(median: 300, sigma: 1.0))
            let ageDays = generator.uniform(365, 12 * 365)
            let verified = index < 2 || generator.chance(0.15)
            let (handle, name) = names(index: index, isPerson: isPerson)
            accounts.append(SimulatedAccount(
                id: id, platform: platform, handle: handle, name: name, isPerson: isPerson, realFollowers: followers,
                isBought: index % 4 == 3, following: following, earlierPosts: earlierPosts,
                created: start - Int64(ageDays * 86_400), verified: verified, tone: tones[index % tones.count]))
        }
        return accounts
    }

    /// The handle and display name of the account at an index.
    static func names(index: Int, isPerson: Bool) -> (handle: String, name: String) {
        if index == 0 { return ("jana.berger", "Dr. Jana Berger") }
        if index == 1 { return (PostText.company.lowercased(), PostText.company) }
        let number = (index - 2) / 2
        if isPerson {
            let first = firstNames[number % firstNames.count]
            let last = lastNames[(number / firstNames.count + number * 3) % lastNames.count]
            return ("\(first.lowercased()).\(last.1)\(index)", "\(first) \(last.0)")
        }
        let (name, handle) = institutions[number % institutions.count]
        let round = number / institutions.count
        return round == 0 ? (handle, name) : ("\(handle)\(round + 1)", "\(name) \(round + 1)")
    }
}
