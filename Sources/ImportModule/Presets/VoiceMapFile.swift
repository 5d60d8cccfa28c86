import Foundation
import RapportCore

/// A small CSV file assigning voices to accounts: `account,voice` per line, an optional header line first.
struct VoiceMapFile {
    /// The accounts in file order with their voice; lines that leave the voice empty are left out, as unknown.
    let entries: [(account: String, voice: Voice)]

    /// Reads and checks the file; a bad voice is an error naming its line.
    init(path: String) throws {
        guard let bytes = try FileBytes.read(path) else {
            throw RapportError(Words.cannotRead(path, String(cString: strerror(ENOENT))))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw RapportError(Message(en: Words.cannotRead(path, Words.jsonInvalidUTF8.en).en,
                                       de: Words.cannotRead(path, Words.jsonInvalidUTF8.de).de))
        }
        let file = (path as NSString).lastPathComponent
        var entries: [(account: String, voice: Voice)] = []
        let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
        for (number, line) in zip(1..., lines) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(omittingEmptySubsequences: false) { $0 == "," || $0 == ";" || $0 == "\t" }
                .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            guard fields.count == 2, !fields[0].isEmpty else {
                throw RapportError(Words.badVoiceLine(file, line: number, Words.voiceLineNeedsTwoFields))
            }
            if fields[1].isEmpty || (number == 1 && ["voice", "stimme"].contains(fields[1].lowercased())) { continue }
            guard let voice = Voice(word: fields[1]) else {
                throw RapportError(Words.badVoiceLine(file, line: number, Words.badVoice(fields[1])))
            }
            entries.append((fields[0], voice))
        }
        self.entries = entries
    }
}
