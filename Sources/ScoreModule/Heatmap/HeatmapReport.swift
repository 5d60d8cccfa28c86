import Analytics
import Foundation
import RapportCore

/// What `heatmap` stores and shows: a table of every cell (its two values, posts and median), the shaded grid and a
/// sentence on the strongest and weakest cells.
struct HeatmapReport {
    /// The computed grid.
    let grid: HeatmapGrid
    /// The metric mapped.
    let metric: Metric
    /// The dataset's name.
    let dataset: String
    /// The rows the `where` clause kept.
    let rows: Int
    /// How the metric's values were computed.
    let notes: [Message]
    /// The name of the stored table.
    let name: String
    /// The zone the periods are counted in.
    let timeZone: TimeZone

    /// The widest the grid is drawn.
    static let gridWidth = 100

    /// One row per cell, row by row: the two sides' values (as stored: weekday and hour as numbers), posts, median.
    var table: Dataset {
        let width = grid.columns.count
        let down = grid.cellCount == 0 ? [] : (0..<grid.cellCount).map { $0 / width }
        let across = grid.cellCount == 0 ? [] : (0..<grid.cellCount).map { $0 % width }
        let side = { (axis: HeatmapAxis, indexes: [Int]) in
            Column(name: axis.name, role: axis.keys.role, data: axis.keys.data.gathering(indexes))
        }
        let taken = Set([grid.rows.name, grid.columns.name])
        let postsName = taken.contains("posts") ? "posts_in_cell" : "posts"
        let medianName = taken.contains("median") ? "median_of_cell" : "median"
        return Dataset(name: name, columns: [
            side(grid.rows, down), side(grid.columns, across),
            Column.integer(postsName, grid.posts.map(Int64.init)),
            Column.decimal(medianName, grid.medians, role: metric.isRate ? .rate : nil),
        ], kind: .result)
    }

    /// A value as the legend and the sentence write it: rates as percentages.
    func valueText(_ value: Double, formatter: CellFormatter) -> String {
        metric.isRate ? formatter.percent(value) : formatter.decimal(value)
    }

    /// A cell as a sentence names it: `Tuesday, 14:00`.
    func cellName(_ cell: Int, formatter: CellFormatter) -> String {
        let width = grid.columns.count
        return grid.rows.longLabel(cell / width, formatter: formatter) + ", "
            + grid.columns.longLabel(cell % width, formatter: formatter)
    }

    /// The sentence in one language: the strongest and weakest cells with enough posts, the empty cells, and the
    /// warning that the cells are not independent tests.
    func sentence(formatter: CellFormatter) -> Message {
        let minimum = grid.minimum
        let empty = Words.heatmapEmptyCells(grid.emptyCount, of: grid.cellCount, minimum: minimum)
        guard let strongest = grid.strongest, let weakest = grid.weakest, let high = grid.medians[strongest],
              let low = grid.medians[weakest] else {
            return Words.heatmapNoCell(metric: metric.name, minimum: minimum)
        }
        let top = Words.HeatmapCell(name: cellName(strongest, formatter: formatter),
                                    median: valueText(high, formatter: formatter), posts: grid.posts[strongest])
        let bottom = Words.HeatmapCell(name: cellName(weakest, formatter: formatter),
                                       median: valueText(low, formatter: formatter), posts: grid.posts[weakest])
        return Words.heatmapSentence(metric: metric.name, strongest: top, weakest: strongest == weakest ? nil : bottom,
                                     empty: grid.emptyCount > 0 ? empty : nil)
    }

    /// The sentence in every language.
    var sentences: Message {
        let text = { (language: Language) -> String in
            self.sentence(formatter: CellFormatter(language: language, timeZone: timeZone)).text(language)
        }
        return Message(en: text(.en), de: text(.de))
    }

    /// The shaded grid: Unicode shades, or the digits 0-9 without a UTF-8 locale.
    func chart(context: CommandContext) -> String {
        let formatter = context.formatter
        let map = HeatMap(unicode: TextMarks.localeIsUTF8, width: min(context.console.width, Self.gridWidth),
                          valueText: { valueText($0, formatter: formatter) })
        let labels = { (axis: HeatmapAxis) in (0..<axis.count).map { axis.label($0, formatter: formatter) } }
        return map.lines(rows: labels(grid.rows), columns: labels(grid.columns), values: grid.valueRows,
                         emptyNote: context.say(Words.heatmapEmptyNote(grid.minimum)),
                         title: context.say(Words.heatmapTitle(metric.name, dataset: dataset, rows: grid.rows.name,
                                                               columns: grid.columns.name)))
            .joined(separator: "\n")
    }

    /// Stores the table with the sentence.
    func store(in workspace: Workspace) throws {
        try workspace.put(table, replacing: true, finding: Finding(.score, sentence: sentences))
    }

    /// The blocks (grid, sentence, notes) and the JSON with every cell.
    func result(in context: CommandContext) -> CommandResult {
        let table = self.table
        let sentence = context.say(self.sentence(formatter: context.formatter))
        let said = notes.map { "· " + context.say($0) } + [context.say(Words.heatmapStored(table.name))]
        let blocks: [ResultBlock] = [.text(chart(context: context)), .text(sentence),
                                     .text(said.joined(separator: "\n"))]
        let fields: [(String, JSONValue)] = [
            ("metric", .string(metric.name)), ("dataset", .string(dataset)), ("rows", .string(grid.rows.name)),
            ("columns", .string(grid.columns.name)), ("min_posts", .integer(Int64(grid.minimum))),
            ("input_rows", .integer(Int64(rows))), ("cells", .integer(Int64(grid.cellCount))),
            ("empty_cells", .integer(Int64(grid.emptyCount))), ("result", .string(table.name)),
            ("table", TableJSON.value(of: table)), ("sentence", .string(sentence)),
            ("notes", .array(notes.map { .string(context.say($0)) })),
        ]
        return CommandResult(blocks: blocks, json: .object(fields))
    }
}
