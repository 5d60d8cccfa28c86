import Foundation

/// The formats a report is written in, told apart by the file's extension.
enum ReportFormat {
    case html, markdown

    /// The format a path's extension names (`.html`, `.htm`, `.md`, any case), or nil.
    init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": self = .html
        case "md": self = .markdown
        default: return nil
        }
    }

    /// The report's text in this format.
    func text(_ content: ReportContent) -> String {
        switch self {
        case .html: return HTMLReport.page(content)
        case .markdown: return MarkdownReport.document(content)
        }
    }
}
