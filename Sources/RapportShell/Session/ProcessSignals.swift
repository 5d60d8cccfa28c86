import CSystem
import Foundation
import RapportCore
import Synchronization

/// The process's signals. The handlers (in C, `CSystem`) only set atomics and wake a watcher thread: Ctrl-C raises
/// `interruptFlag`; a second Ctrl-C before the flag was cleared, SIGTERM and SIGHUP ask the process to end; a crash
/// (a Swift trap, SIGABRT, SIGFPE) parks the crashing thread. The watcher then finishes every workspace save already
/// asked for, ends a running plugin, and ends the process the way the signal means (status 130 for Ctrl-C; a crash
/// goes on as a crash). SIGPIPE is ignored: `StandardStream` sees EPIPE instead.
public enum ProcessSignals {
    private static let language = Mutex<Language>(.en)
    private static let started = Atomic<Bool>(false)

    /// Installs the handlers and starts the watcher, once per process.
    public static func install() {
        let descriptor = rapport_signals_install()
        guard descriptor >= 0, !started.exchange(true, ordering: .relaxed) else { return }
        let thread = Thread { watch(descriptor) }
        thread.name = "rapport.signals"
        thread.start()
    }

    /// Sets the language of the note shown while saves finish before the process ends.
    public static func useLanguage(_ newLanguage: Language) {
        language.withLock { $0 = newLanguage }
    }

    /// Waits for wake-ups from the handlers; on a request to end, finishes the saves and ends the process.
    private static func watch(_ descriptor: Int32) {
        blockEndingSignals()
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            let signal = rapport_ending_signal()
            guard signal != 0 else { continue }
            if PendingSaves.isBusy {
                StandardStream.error.write(Words.savingBeforeEnding.text(language.withLock { $0 }) + "\n")
            }
            PendingSaves.finishAndClose()
            ChildProcessGroup.endRunning()
            if rapport_is_crash_signal(signal) != 0 {
                rapport_crash_release()
                while true { pause() }
            }
            if signal == SIGINT { _exit(ScriptRunner.interrupted) }
            rapport_end_by_signal(signal)
        }
    }

    /// Keeps the signals meant for the shell's own thread (Ctrl-C breaking off a read) away from the watcher.
    private static func blockEndingSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }
}

/// Messages of ending on a signal.
extension Words {
    /// Shown when a signal asks rapport to end while a save is still being written.
    public static let savingBeforeEnding = Message(en: "finishing the workspace save before ending…",
                                                   de: "die Sicherung des Arbeitsbereichs wird vor dem Beenden abgeschlossen …")
}
