import Foundation
import RapportCore

/// Reads lines from a file or pipe without line editing (temporary until the line-reader work lands).
public final class PlainLineReader: LineReader {
    private var lines: [String]
    private var next = 0
    public let sourceName: String
    public let isInteractive = false
    public private(set) var lineNumber = 0

    /// A reader over a script file.
    public convenience init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RapportError(Words.cannotReadScript(path))
        }
        self.init(data: data, sourceName: path)
    }

    /// A reader over standard input.
    public convenience init(standardInputNamed name: String = "<stdin>") {
        self.init(data: FileHandle.standardInput.readDataToEndOfFile(), sourceName: name)
    }

    private init(data: Data, sourceName: String) {
        var text = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        if text.last == "" { text.removeLast() }
        lines = text.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        self.sourceName = sourceName
    }

    public func readLine(prompt: String) -> LineInput {
        guard next < lines.count else { return .end }
        defer { next += 1 }
        lineNumber = next + 1
        return .line(lines[next])
    }
}

extension Words {
    public static func cannotReadScript(_ path: String) -> Message {
        Message(en: "cannot read the script \(path)", de: "das Skript \(path) kann nicht gelesen werden")
    }
}
