import RapportCore

/// `join LEFT RIGHT on KEY [as NEW]`: brings RIGHT's other columns into LEFT where the keys match (a left join).
enum JoinCommand {
    /// The dataset whose rows are kept.
    static let left = Positional("LEFT", .dataset)
    /// The dataset whose columns are added.
    static let right = Positional("RIGHT", .dataset)

    static let command = BuiltinCommand(CommandSpec(
        name: "join", module: "explore", summary: Words.joinSummary, discussion: Words.joinDiscussion,
        examples: ["join posts accounts on account=handle", "join posts accounts on account as posts_accounts"],
        positionals: [left, right],
        flags: [Switch.replace],
        clauses: [.on, .as]
    )) { invocation, context in
        let leftWord = invocation[Self.left], rightWord = invocation[Self.right]
        let left = try invocation.dataset(leftWord, in: context)
        let right = try invocation.dataset(rightWord, in: context)
        guard let on = invocation.on else { throw invocation.error(Words.joinNeedsOn, at: invocation.end) }
        if let second = invocation.onList?.dropFirst().first {
            throw invocation.error(Words.joinTakesOneKey, at: second)
        }
        let names = on.text.split(separator: "=", maxSplits: 1).map { String($0) }
        let leftIndex = try invocation.columnIndex(names[0], at: on, in: left)
        let rightIndex = try invocation.columnIndex(names.count > 1 ? names[1] : names[0], at: on, in: right)
        let leftKey = left.columns[leftIndex].data, rightKey = right.columns[rightIndex].data
        let mixedNumbers = leftKey.type != rightKey.type && leftKey.type.isNumeric && rightKey.type.isNumeric
        guard leftKey.type == rightKey.type || mixedNumbers else {
            throw invocation.error(Words.joinKeyTypes(Words.typeName(leftKey.type), Words.typeName(rightKey.type)), at: on)
        }
        func key(_ cell: Cell) -> Cell { mixedNumbers ? cell.number.map(Cell.decimal) ?? cell : cell }
        var rowOfKey: [Cell: Int] = [:]
        for row in 0..<right.rowCount where !rightKey.missing.isMissing(row) {
            let value = key(rightKey[row])
            if rowOfKey.updateValue(row, forKey: value) != nil {
                let shown = context.formatter.text(rightKey[row])
                throw invocation.error(Words.duplicateJoinKey(shown, column: right.columns[rightIndex].name, in: right.name),
                                       at: rightWord)
            }
        }
        try context.checkInterrupted()
        let matches: [Int?] = (0..<left.rowCount).map { row in
            leftKey.missing.isMissing(row) ? nil : rowOfKey[key(leftKey[row])]
        }
        let name = try invocation.resultName(fallback: leftWord.text, source: leftWord, inPlace: true,
                                             replacing: invocation[Switch.replace], in: context)
        var result = left
        result.name = name
        let leftNames = Set(left.columnNames.map { $0.lowercased() })
        for (index, column) in right.columns.enumerated() where index != rightIndex {
            let clashes = leftNames.contains(column.name.lowercased())
            result.setColumn(Column(name: clashes ? "\(column.name)_\(right.name)" : column.name, role: column.role,
                                    data: column.data.gathering(matches: matches)))
        }
        try context.workspace.put(result, replacing: true)
        let matched = matches.filter { $0 != nil }.count
        return DatasetPreview.result(result, summary: Words.joined(matched, of: left.rowCount, into: name), in: context)
    }
}
