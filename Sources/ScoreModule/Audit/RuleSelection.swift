import Analytics
import RapportCore

/// The indicators an audit uses, from a `--rules` list.
///
/// Items are comma-separated: `NAME` switches on a rule set (`camisani`, `socialbakers`,
/// `stateofsearch`), one indicator (`camisani.no-picture`) or `all`, with weight 1; `NAME=W` does the
/// same with weight W; `-NAME` switches it off. A list whose first item switches something off starts
/// from all indicators, any other list from none.
enum RuleSelection {
    /// Every indicator with weight 1: the default.
    static var all: [WeightedIndicator] {
        AuthenticityRuleSet.allIndicators.map { WeightedIndicator($0) }
    }

    /// The indicators a list selects, in catalogue order; an error names the item that is wrong.
    static func parse(_ list: String) throws -> [WeightedIndicator] {
        let items = list.split(separator: ",", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: .whitespaces) }
        var weights: [String: Double] = [:]
        if items.first?.hasPrefix("-") == true {
            for indicator in AuthenticityRuleSet.allIndicators { weights[indicator.name] = 1 }
        }
        for item in items {
            if item.hasPrefix("-") {
                for indicator in try indicators(named: String(item.dropFirst())) { weights[indicator.name] = nil }
                continue
            }
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            var weight = 1.0
            if parts.count == 2 {
                guard let value = Double(parts[1]), value > 0, value.isFinite else {
                    throw RapportError(Words.badRuleWeight(parts[1]))
                }
                weight = value
            }
            for indicator in try indicators(named: parts.first ?? "") { weights[indicator.name] = weight }
        }
        let selected = AuthenticityRuleSet.allIndicators.compactMap { indicator in
            weights[indicator.name].map { WeightedIndicator(indicator, weight: $0) }
        }
        guard !selected.isEmpty else { throw RapportError(Words.noRulesLeft) }
        return selected
    }

    /// The indicators a name stands for: all, a rule set's, or one.
    private static func indicators(named name: String) throws -> [AuthenticityIndicator] {
        if name == "all" { return AuthenticityRuleSet.allIndicators }
        if let set = AuthenticityRuleSet(rawValue: name) { return set.indicators }
        if let indicator = AuthenticityRuleSet.indicator(named: name) { return [indicator] }
        let names = ["all"] + AuthenticityRuleSet.allCases.map(\.rawValue) + AuthenticityRuleSet.allIndicators.map(\.name)
        throw RapportError(Words.unknownRule(name).suggesting(Suggestion.closest(to: name, among: names)))
    }
}
