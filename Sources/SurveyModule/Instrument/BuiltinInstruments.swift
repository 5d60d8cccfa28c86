import RapportCore

/// The instruments rapport ships with, read through the same checks as a user's file.
enum BuiltinInstruments {
    /// The built-in instruments, in the order `survey instruments` lists them.
    static let all: [Instrument] = [cultureProfileJSON, valuesFitJSON].compactMap { text in
        try? InstrumentReader.read(Array(text.utf8), path: "<built-in>")
    }
}
