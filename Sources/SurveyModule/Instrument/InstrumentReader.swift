import Foundation
import RapportCore

/// Reads an instrument from JSON and checks it, with errors naming the file and the place in it.
enum InstrumentReader {
    /// The checked instrument in `bytes`, read from the file `path` (used in error positions).
    static func read(_ bytes: [UInt8], path: String) throws -> Instrument {
        try checkSyntax(bytes, path: path)
        let instrument: Instrument
        do {
            instrument = try JSONDecoder().decode(Instrument.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw RapportError(wholeNumberProblem(bytes) ?? problem(error), at: SourcePosition(file: path))
        }
        if let problem = InstrumentCheck.problems(of: instrument).first {
            throw RapportError(problem, at: SourcePosition(file: path))
        }
        return instrument
    }

    /// Throws the line and column of the first JSON grammar error.
    private static func checkSyntax(_ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do {
                try scanner.skipValue()
                guard scanner.atEnd() else { throw JSONFailure(offset: scanner.index, problem: Words.jsonTrailing) }
            } catch let failure as JSONFailure {
                throw RapportError(Words.instrumentBadJSON(failure.problem), at: failure.position(file: path, in: buffer))
            }
        }
    }

    /// The whole-number fields read as any number, to name the one that is not whole: the decoder reports a number
    /// such as 1.5 where a whole number belongs only as a document that is not valid JSON, at no path.
    private struct WholeNumbers: Decodable {
        let total: Double?
        let points: Double?
    }

    /// The message for a whole-number field (`total`, `points`) holding a number that is not one, if there is such.
    private static func wholeNumberProblem(_ bytes: [UInt8]) -> Message? {
        guard let fields = try? JSONDecoder().decode(WholeNumbers.self, from: Data(bytes)) else { return nil }
        for (name, value) in [("total", fields.total), ("points", fields.points)] {
            if let value, Int(exactly: value) == nil { return Words.instrumentNotWhole(name, value) }
        }
        return nil
    }

    /// The message for a decoding failure, naming the place as a path such as `items[2].text.de`.
    private static func problem(_ error: DecodingError) -> Message {
        switch error {
        case .keyNotFound(let key, let context):
            return Words.instrumentMissing(InstrumentPath.of(context.codingPath + [key]))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return Words.instrumentWrongKind(InstrumentPath.of(context.codingPath))
        case .dataCorrupted(let context):
            return Words.instrumentWrongKind(InstrumentPath.of(context.codingPath))
        @unknown default:
            return Words.instrumentWrongKind("")
        }
    }
}

/// The path of a place in an instrument file, such as `items[2].text.de`.
enum InstrumentPath {
    /// The path of coding keys.
    static func of(_ keys: [CodingKey]) -> String {
        var path = ""
        for key in keys {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return path.isEmpty ? "(top level)" : path
    }
}
