import Foundation

/// A setting the user can change with `set NAME VALUE`, its default and what values it takes.
public struct SettingSpec: Sendable {
    /// The setting's name.
    public let name: String
    /// One line on what it does.
    public let summary: Message
    /// The value when never set.
    public let defaultValue: String
    /// The values it takes when it is a choice, else nil.
    public let choices: [String]?
    /// Checks a value; returns an error message when the value is not acceptable.
    public let validate: @Sendable (String) -> Message?

    /// A setting from its parts; a choice list validates by itself.
    public init(_ name: String, default defaultValue: String, choices: [String]? = nil, _ summary: Message,
                validate: (@Sendable (String) -> Message?)? = nil) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.choices = choices
        if let validate {
            self.validate = validate
        } else if let choices {
            self.validate = { value in choices.contains(value) ? nil : Words.settingChoices(name, choices) }
        } else {
            self.validate = { _ in nil }
        }
    }

    /// Every setting rapport knows, in the order `set` lists them.
    public static let all: [SettingSpec] = [
        SettingSpec("lang", default: "en", choices: Language.allCases.map(\.rawValue), Words.settingLang),
        SettingSpec("output", default: "table", choices: OutputMode.words, Words.settingOutput),
        SettingSpec("echo", default: "off", choices: ["on", "off"], Words.settingEcho),
        SettingSpec("color", default: "auto", choices: ["auto", "always", "never"], Words.settingColor),
        SettingSpec("timer", default: "off", choices: ["on", "off"], Words.settingTimer),
        SettingSpec("width", default: "auto", Words.settingWidth) { value in
            value == "auto" || Int(value).map { (40...400).contains($0) } == true ? nil : Words.badWidth(value)
        },
        SettingSpec("big", default: "off", choices: ["on", "off"], Words.settingBig),
        SettingSpec("timezone", default: "UTC", Words.settingTimezone) { value in
            TimeZone(identifier: value) == nil ? Words.unknownTimezone(value) : nil
        },
        SettingSpec("currency", default: "EUR", Words.settingCurrency) { value in
            value.count == 3 && value.allSatisfy(\.isLetter) ? nil : Words.badCurrency(value)
        },
        SettingSpec("seed", default: "42", Words.settingSeed) { value in
            UInt64(value) == nil ? Words.badSeed(value) : nil
        },
        SettingSpec("resamples", default: "2000", Words.settingResamples) { value in
            Int(value).map { (100...100_000).contains($0) } == true ? nil : Words.badResamples(value)
        },
        SettingSpec("company-names", default: "", Words.settingCompanyNames),
        SettingSpec("audit-threshold", default: "0.5", Words.settingAuditThreshold) { value in
            Settings.fraction(value) == nil ? Words.badFraction(value) : nil
        },
        wholeNumber("stage-window", default: "180", largest: largestDays, Words.settingStageWindow),
        wholeNumber("stage-friend", default: "5", largest: largestPoints, Words.settingStageFriend),
        wholeNumber("stage-confidant", default: "20", largest: largestPoints, Words.settingStageConfidant),
        wholeNumber("stage-recent", default: "30", largest: largestDays, Words.settingStageRecent),
        SettingSpec("plugin-timeout", default: "30", Words.settingPluginTimeout) { value in
            Int(value).map { (1...3600).contains($0) } == true ? nil : Words.badPluginTimeout(value)
        },
    ]

    /// The most days a setting counts back: a century (more overflowed the seconds before a moment).
    static let largestDays = 36_500
    /// The most points a stage threshold takes.
    static let largestPoints = 1_000_000

    /// A setting that takes a whole number from 1 to `largest`.
    private static func wholeNumber(_ name: String, default defaultValue: String, largest: Int,
                                    _ summary: Message) -> SettingSpec {
        SettingSpec(name, default: defaultValue, summary) { value in
            guard let number = Int(value), (1...largest).contains(number) else {
                return Words.badWholeNumberSetting(name, value, largest: largest)
            }
            return nil
        }
    }

    /// The setting with this name, if rapport knows it.
    public static func named(_ name: String) -> SettingSpec? {
        all.first { $0.name == name }
    }
}

/// The settings in force: the workspace's values over the defaults.
public struct Settings: Sendable, Equatable {
    /// Values that differ from the defaults, by name.
    public var values: [String: String]

    /// Settings from stored values.
    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// The value in force for a setting; a stored value the setting refuses (from a hand-edited manifest) gives way to
    /// the default, so no computation meets it.
    public subscript(name: String) -> String {
        let spec = SettingSpec.named(name)
        if let value = values[name], spec?.validate(value) == nil { return value }
        return spec?.defaultValue ?? ""
    }

    /// The session's language.
    public var language: Language { Language(rawValue: self["lang"]) ?? .en }
    /// How results are printed.
    public var outputMode: OutputMode { OutputMode(word: self["output"]) ?? .table }
    /// The width tables must fit, when set; nil follows the terminal.
    public var tableWidth: Int? { Int(self["width"]) }
    /// Whether tables are set for a projector (wider spacing, fewer columns).
    public var isBig: Bool { self["big"] == "on" }
    /// Whether the time each command took is printed to stderr.
    public var timesCommands: Bool { self["timer"] == "on" }
    /// Whether each command is printed before it runs.
    public var echoes: Bool { self["echo"] == "on" }
    /// The seed every random computation starts from by default.
    public var seed: UInt64 { UInt64(self["seed"]) ?? 42 }
    /// How many resamples a bootstrap interval draws.
    public var resamples: Int { Int(self["resamples"]) ?? 2000 }
    /// The names of the company that attribution looks for in post texts.
    public var companyNames: [String] {
        self["company-names"].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    /// The seconds a plugin may take before it is stopped.
    public var pluginTimeout: Int { Int(self["plugin-timeout"]) ?? 30 }
    /// The score from which `audit` counts a follower as likely fake.
    public var auditThreshold: Double { Settings.fraction(self["audit-threshold"]) ?? 0.5 }

    /// A number from 0 to 1 written as `0.5` or `50%`, nil for anything else.
    public static func fraction(_ text: String) -> Double? {
        guard let value = PercentNumber.parse(text), (0...1).contains(value) else { return nil }
        return value
    }
    /// The time zone hours, days and weeks are computed in.
    public var timeZone: TimeZone { TimeZone(identifier: self["timezone"]) ?? .gmt }
}
