/// The messages on cells that did not read as their column's type (import's warning, describe's reminder).
extension Words {
    /// What a cell is not, in the unread-cells messages: `a number` after "not", `keine Zahl` in German.
    public static func typeWord(_ type: ColumnType) -> Message {
        switch type {
        case .integer, .decimal: Message(en: "a number", de: "keine Zahl")
        case .time: Message(en: "a time", de: "keine Zeitangabe")
        case .boolean: Message(en: "yes or no", de: "kein Ja oder Nein")
        case .text: Message(en: "text", de: "kein Text")
        }
    }
    /// A column whose cells did not all read as its type: how many, and the first few with their lines.
    public static func unreadCells(_ report: UnreadCells) -> Message {
        let type = typeWord(report.type)
        let lines = report.cells.map { String($0.line) }.joined(separator: ", ")
        let values = report.cells.map { "\"\($0.value)\"" }.joined(separator: ", ")
        let one = report.count == 1, many = report.cells.count > 1
        return Message(
            en: "\(report.column): \(report.count) \(one ? "cell" : "cells") not \(type.en), "
                + "\(many ? "lines" : "line") \(lines)\(report.count > report.cells.count ? " …" : ""): \(values) "
                + "(read as missing)",
            de: "\(report.column): \(report.count) \(one ? "Zelle" : "Zellen") \(type.de), "
                + "\(many ? "Zeilen" : "Zeile") \(lines)\(report.count > report.cells.count ? " …" : ""): \(values) "
                + "(als fehlend gelesen)")
    }
}
