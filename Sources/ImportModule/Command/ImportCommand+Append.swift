import Foundation
import RapportCore

/// `import FILE --append NAME [--dedupe-on COLUMN]`: the part of the import command that stacks a file onto a dataset.
///
/// `--append` names the dataset that grows and keeps its name, roles and kind, so it is refused together with
/// `as NAME`, `--replace` and `--preset`; `--dedupe-on` needs `--append`.
extension ImportCommand {
    /// Refuses flags that contradict `--append`, before the file is read.
    static func checkAppendFlags(_ invocation: Invocation) throws {
        guard invocation[Self.appending] != nil else {
            if let key = invocation[Self.dedupeOn] { throw invocation.error(Words.dedupeNeedsAppend, at: key) }
            return
        }
        if let name = invocation.asName { throw invocation.error(Words.appendContradicts("as NAME"), at: name) }
        if invocation[Switch.replace] { throw RapportError(Words.appendContradicts("--replace")) }
        if let preset = invocation[Self.preset] {
            throw invocation.error(Words.appendContradicts("--preset"), at: preset)
        }
    }

    /// Stacks `table`, read from `file`, onto the dataset `--append` names and reports what was added and replaced.
    static func append(_ table: CSVTable, file: FileFingerprint, _ invocation: Invocation, in context: CommandContext)
        throws -> CommandResult {
        guard let target = invocation[Self.appending] else { throw RapportError(Words.importSummary) }
        let existing = try invocation.dataset(target, in: context)
        let path = file.path
        let outcome = try DatasetAppender.append(table.columns, from: path, to: existing,
                                                 dedupeOn: invocation[Self.dedupeOn]?.text)
        try context.workspace.put(outcome.dataset, replacing: true, hashing: file, record: .found())
        let displayFile = (path as NSString).lastPathComponent
        var text = Words.appended(rows: table.rowCount, file: displayFile, name: existing.name, added: outcome.added,
                                  replaced: outcome.replaced, total: outcome.dataset.rowCount).text(context.language)
        if let sheet = table.descriptionRowSheet { text += "\n" + Words.xlsxSkippedDescriptionRow(sheet).text(context.language) }
        let result = CommandResult.message(text, [("rows", .integer(Int64(outcome.dataset.rowCount))),
                                                  ("read", .integer(Int64(table.rowCount))),
                                                  ("added", .integer(Int64(outcome.added))),
                                                  ("replaced", .integer(Int64(outcome.replaced))),
                                                  ("name", .string(existing.name))])
        return table.renamedColumns.isEmpty ? result : result.warning(Words.renamedColumns(table.renamedColumns))
    }
}
