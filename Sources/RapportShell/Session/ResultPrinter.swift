import RapportCore

/// Prints command results and errors: tables and text for people, one JSON document per line for programs. What goes
/// to people has its control characters shown as visible escapes (`TerminalText`): titles, text, warnings and errors
/// quote names and cells from the data. JSON keeps the real characters.
struct ResultPrinter {
    let console: Console
    let formatter: CellFormatter
    let language: Language
    let json: Bool
    /// Whether long output may go through a pager (interactive, on a terminal).
    let mayPage: Bool
    /// Whether tables are set for a projector: wider spacing, at most `bigColumns` columns.
    var big = false
    /// How many columns a table shows with `set big on`.
    static let bigColumns = 6

    /// Prints a successful result.
    func printResult(_ result: CommandResult, command: String) {
        let plain = !TextMarks.localeIsUTF8
        for case .warning(let message) in result.blocks {
            let text = TerminalText.visibleKeepingLines(message.text(language))
            console.error(console.yellow(Words.warning.text(language)) + ": " + (plain ? TextMarks.ascii(text) : text) + "\n")
        }
        if json {
            let document = JSONValue.object([("command", .string(command)), ("ok", .bool(true)), ("result", result.json)])
            console.out(JSONWriter.string(document) + "\n")
            return
        }
        var text = ""
        for block in result.blocks {
            switch block {
            case .table(let dataset, let title):
                if let title { text += console.bold(TerminalText.visible(title)) + "\n" }
                text += tableText(dataset, rows: 0..<dataset.rowCount)
            case .text(let lines):
                let visible = TerminalText.visibleKeepingLines(lines)
                let fitted = console.fitted(plain ? TextMarks.ascii(visible) : visible)
                text += fitted.hasSuffix("\n") ? fitted : fitted + "\n"
            case .warning:
                break
            }
        }
        guard !text.isEmpty else { return }
        if mayPage, Pager.shouldPage(text) {
            Pager.show(text)
        } else {
            console.out(text)
        }
    }

    /// The text of a table for the given rows, with a note on columns that did not fit.
    func tableText(_ dataset: Dataset, rows: Range<Int>) -> String {
        let renderer = TableRenderer(formatter: formatter, width: console.width, gap: big ? 4 : 2,
                                     maxColumns: big ? Self.bigColumns : nil, unicode: TextMarks.localeIsUTF8)
        let (lines, hidden) = renderer.lines(dataset, rows: rows, bold: console.bold)
        var text = lines.joined(separator: "\n") + "\n"
        if hidden > 0 { text += console.dim(Words.hiddenColumns(hidden).text(language)) + "\n" }
        return text
    }

    /// Prints a failure: `FILE:LINE: error: message` and a caret line on stderr, and a JSON failure on stdout in JSON mode.
    func printError(_ error: RapportError, command: String?, source: String?, line: Int?) {
        var prefix = ""
        if let source, let line { prefix = "\(TerminalText.visible(source)):\(line): " }
        var message = error.message.text(language)
        if let position = error.position, !position.description.isEmpty {
            message = position.description + ": " + message
        }
        let shown = TerminalText.visibleKeepingLines(message)
        var text = prefix + console.red(Words.error.text(language)) + ": " + shown + "\n"
        if let caret = error.caretLines { text += caret + "\n" }
        console.error(text)
        if json {
            var fields: [(String, JSONValue)] = [("message", .string(message))]
            fields.append(("line", line.map { .integer(Int64($0)) } ?? .null))
            if let source { fields.append(("file", .string(source))) }
            if let offset = error.excerpt?.offset { fields.append(("column", .integer(Int64(offset + 1)))) }
            let document = JSONValue.object([("command", command.map(JSONValue.string) ?? .null), ("ok", .bool(false)),
                                             ("error", .object(fields))])
            console.out(JSONWriter.string(document) + "\n")
        }
    }
}

/// Messages of the result printer.
extension Words {
    /// The note under a table whose last columns did not fit; `score` and `compare` have no --columns, so it names show.
    public static func hiddenColumns(_ count: Int) -> Message {
        Message(en: "… \(count) more column\(count == 1 ? "" : "s") did not fit (show DATASET --columns A,B picks columns)",
                de: "… \(count) weitere Spalte\(count == 1 ? "" : "n") passte\(count == 1 ? "" : "n") nicht "
                    + "(show DATENSATZ --columns A,B wählt Spalten aus)")
    }
}
