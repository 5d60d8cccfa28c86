import Foundation
import RapportCore

/// Waits for Enter on the terminal before a script line runs (`--step`), for trainers replaying a script.
enum StepPrompt {
    /// Shows the line and waits; false when the terminal is gone or the user typed q.
    static func waitForEnter(_ line: String) -> Bool {
        guard let tty = fopen("/dev/tty", "r+") else { return true }
        defer { fclose(tty) }
        fputs("rapport> \(line)  [Enter] ", tty)
        fflush(tty)
        var buffer = [CChar](repeating: 0, count: 256)
        guard fgets(&buffer, 256, tty) != nil else { return false }
        let answer = String(cString: buffer).trimmingCharacters(in: .whitespacesAndNewlines)
        return answer != "q"
    }
}
