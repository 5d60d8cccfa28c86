import Foundation

/// The formats a report is written in, told apart by `--type` or the file's extension.
enum ReportFormat: String, CaseIterable {
    case html, md, pptx, xlsx

    /// The format a path's extension names (`.html`, `.htm`, `.md`, `.markdown`, `.pptx`, `.xlsx`, any case), or nil.
    init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        case "pptx": self = .pptx
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    /// Whether the format is text that can go to stdout (`report -`); decks and workbooks are binary files.
    var isText: Bool {
        self == .html || self == .md
    }
}
