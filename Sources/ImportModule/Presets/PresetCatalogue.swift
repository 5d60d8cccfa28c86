/// The import presets rapport knows, and detection of the one a header belongs to.
public enum PresetCatalogue {
    /// Every preset, most specific first (on a tie in score and matches the earlier one wins).
    public static let all: [Preset] = [
        facebookInsights, metaFacebook, metaInstagram, instagramInsights, linkedInPosts, xTweetActivity, tiktok, youtubeStudio,
        facebookLiveSellers, rapportPosts, xFollowers, instagramFollowers,
    ]

    /// The least share of a preset's distinctive headers a file must have to be recognised.
    public static let threshold = 0.6

    /// The preset whose distinctive headers the column names show best, or nil when none reaches the threshold.
    public static func detect(columnNames: [String]) -> Preset? {
        let keys = Set(columnNames.map(Preset.key))
        var best: (preset: Preset, score: Double, matches: Int)?
        for preset in all {
            let score = preset.score(keys: keys)
            guard score >= threshold else { continue }
            let matches = preset.matchCount(keys: keys)
            if let current = best, score < current.score || (score == current.score && matches <= current.matches) {
                continue
            }
            best = (preset, score, matches)
        }
        return best?.preset
    }

    /// The preset with this name (any case), `none` included.
    public static func named(_ name: String) -> Preset? {
        ([Preset.none] + all).first { $0.name == name.lowercased() }
    }

    /// Every name `--preset` takes, for completion and suggestions.
    public static var names: [String] { [Preset.none.name] + all.map(\.name) }
}
