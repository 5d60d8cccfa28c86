import RapportCore

/// Relationship stages: each audience member's stage from the points of their interactions in a window, per group.
public struct RelationshipStages: Metric {
    /// `relationship-stages`.
    public let name = "relationship-stages"
    /// One line on what it measures.
    public let summary = Words.relationshipStagesSummary
    /// What `explain relationship-stages` prints.
    public let explanation = Words.relationshipStagesExplanation
    /// The headline, the confidants' share, is a fraction.
    public let isRate = true
    /// The `score` flags it reads.
    public let options: Set<MetricOption> = [.asOf]
    /// The stages, from the most distant to the closest, as they appear in results.
    public static let stages = ["stranger", "acquaintance", "friend", "confidant"]
    /// Points per interaction type: like 1, comment 2, share 3, reply exchanged with the brand 4.
    public static let points: [String: Int] = ["like": 1, "comment": 2, "share": 3, "reply": 4]

    /// The `relationship-stages` metric.
    public init() {}

    /// Per group the number of people and how many and which share of them are at each stage; per row the stage
    /// of the row's person in the row's group.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let dataset = request.dataset
        let personColumn = try request.column(role: .person, for: name)
        let typeColumn = try request.column(role: .interactionType, for: name)
        let timeColumn = try request.column(role: .time, for: name)
        guard case .time(let times, let timeMask) = timeColumn.data else {
            throw RapportError(Words.roleNotTime(.time, column: timeColumn.name, dataset: dataset.name))
        }
        guard case .text(let types, let typeMask) = typeColumn.data else {
            throw RapportError(Words.roleNotText(.interactionType, column: typeColumn.name, dataset: dataset.name))
        }
        let thresholds = request.stageThresholds
        var notes = [Words.usedColumn(.person, column: personColumn.name), Words.usedColumn(.interactionType, column: typeColumn.name),
                     Words.usedColumn(.time, column: timeColumn.name)]
        let timed = times.indices.filter { !timeMask.isMissing($0) }
        let end = request.asOf ?? timed.map { times[$0] }.max() ?? 0
        let windowStart = end - Int64(thresholds.windowDays) * 86_400
        let recentStart = end - Int64(thresholds.recentDays) * 86_400
        notes.append(Words.stageWindow(from: ISOTime.format(windowStart), to: ISOTime.format(end), thresholds: thresholds,
                                       isAsOf: request.asOf != nil))
        guard let personIndex = dataset.columns.firstIndex(where: { $0.role == .person }) else {
            throw RapportError(Words.metricNeedsRoles(name, [.person], dataset: dataset.name))
        }
        let people = RowGroups(dataset, by: request.groupColumns + [personIndex])
        let groups = RowGroups(dataset, by: request.groupColumns)
        var points = [Int](repeating: 0, count: people.count)
        var recentlyDeep = [Bool](repeating: false, count: people.count)
        var unknownTypes = 0, untimed = 0
        let personMask = personColumn.data.missing
        for row in 0..<dataset.rowCount where !personMask.isMissing(row) {
            let type = typeMask.isMissing(row) ? "" : types[row].lowercased()
            guard let worth = Self.points[type] else { unknownTypes += 1; continue }
            guard !timeMask.isMissing(row) else { untimed += 1; continue }
            let time = times[row]
            guard time > windowStart, time <= end else { continue }
            let person = people.groupOfRow[row]
            points[person] += worth
            if time > recentStart && (type == "comment" || type == "share") { recentlyDeep[person] = true }
        }
        let stageOfPerson = points.indices.map { person -> Int in
            let score = points[person]
            if score >= thresholds.confidantPoints && recentlyDeep[person] { return 3 }
            if score >= thresholds.friendPoints { return 2 }
            return score > 0 ? 1 : 0
        }
        var counts = [[Int]](repeating: [0, 0, 0, 0], count: groups.count)
        for (person, rows) in people.rows.enumerated() where !personMask.isMissing(rows[0]) {
            counts[groups.groupOfRow[rows[0]]][stageOfPerson[person]] += 1
        }
        if personMask.hasAny { notes.append(Words.rowsWithoutPerson(personMask.count)) }
        if unknownTypes > 0 { notes.append(Words.unknownInteractionTypes(unknownTypes)) }
        if untimed > 0 { notes.append(Words.interactionsWithoutTime(untimed)) }
        notes.append(Words.strangersAreSeenPeople)
        if request.groupColumns.isEmpty { notes.append(Words.stagesOverAllAccounts) }
        let totals = counts.map { $0.reduce(0, +) }
        var columns = groups.keys + [Column.integer("people", totals.map(Int64.init))]
        for (stage, label) in Self.stages.enumerated() {
            columns.append(Column.integer(label + "s", counts.map { Int64($0[stage]) }))
        }
        for (stage, label) in Self.stages.enumerated() {
            columns.append(Column.decimal(label + "_share", counts.indices.map { group in
                totals[group] == 0 ? nil : Double(counts[group][stage]) / Double(totals[group])
            }, role: .rate))
        }
        let perRow = (0..<dataset.rowCount).map { row in
            personMask.isMissing(row) ? nil : Self.stages[stageOfPerson[people.groupOfRow[row]]]
        }
        return MetricOutcome(columns: columns, perRow: Column.text(name, perRow), notes: notes, headline: "confidant_share")
    }
}
