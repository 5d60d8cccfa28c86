import RapportCore

/// The survey module's readers of outside input, open to the fuzz targets (FuzzTesting/) and the replay of their
/// kept inputs: they read as `survey instrument add` and `survey run` do.
public enum SurveyReaders {
    /// Reads and checks an instrument file as `survey instrument add` does; returns the keys of its questions, the
    /// value items filled in for two values.
    public static func questionKeys(ofInstrument bytes: [UInt8], path: String) throws -> [String] {
        let instrument = try InstrumentReader.read(bytes, path: path).expanded(values: ["one", "two"])
        return Question.all(in: instrument).map(\.key)
    }

    /// Reads each line as an answer typed during a run of the instrument in `instrument` (read as by `questionKeys`),
    /// or of every built-in instrument when nil; returns how many readings were answers or words that steer a run.
    public static func answerCount(of lines: [String], instrument: [UInt8]?) throws -> Int {
        let instruments = try instrument.map { [try InstrumentReader.read($0, path: "<answers>")] }
            ?? BuiltinInstruments.all
        var count = 0
        for instrument in instruments {
            for line in lines {
                guard case .success(let answer) = AnswerLine.parse(line, for: instrument) else { continue }
                if answer == .help { _ = Words.runHelp(instrument) }
                count += 1
            }
        }
        return count
    }
}
