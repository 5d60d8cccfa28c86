/// The respondents a profile is made of: everyone in the organisation, or one group of it.
struct ResultGroup {
    /// The group's label, nil for the whole organisation.
    let label: String?
    /// Its members' scores.
    let members: [RespondentScores]

    /// The organisation's members (employees, not candidates), as one group or split by their group.
    static func split(_ scores: [RespondentScores], byGroup: Bool, noGroupLabel: String) -> [ResultGroup] {
        let employees = scores.filter { $0.role == .employee }
        guard byGroup else { return [ResultGroup(label: nil, members: employees)] }
        var labels: [String] = []
        for score in employees where !labels.contains(score.group ?? noGroupLabel) { labels.append(score.group ?? noGroupLabel) }
        return labels.map { label in ResultGroup(label: label, members: employees.filter { ($0.group ?? noGroupLabel) == label }) }
    }
}
