import CSystem
import Foundation
import RapportCore

/// One running plugin program: lines go to its standard input, lines come from its standard output, its standard
/// error goes straight to the user's. It is started with posix_spawn in a process group of its own (so Ctrl-C at the
/// terminal reaches rapport only) and watched on the caller's thread alone: every wait polls the pipes and the
/// program's exit for at most 10 ms, then checks the deadline (the whole conversation's, by the monotonic clock) and
/// `interruptFlag`. Whatever way the conversation ends, `stop()` kills the group and any process that still holds the
/// plugin's standard output (a helper started with `setsid` escapes the group, yet keeps the pipe).
final class PluginProcess {
    /// The most bytes a plugin may write to its standard output in one conversation.
    static let outputLimit = 32 * 1_048_576

    private let pid: pid_t
    private var input: Int32
    private var output: Int32
    private var lines = OutputLines(limit: PluginProcess.outputLimit)
    private var unsent: [UInt8] = []
    /// Where each read of the plugin's output lands.
    private var chunk = [UInt8](repeating: 0, count: 65_536)
    private var outputEnded = false
    private var exited = false
    private var stopped = false
    private let deadline: UInt64
    private let seconds: Int

    /// Starts `executable` with the given time limit for the whole conversation.
    init(executable: String, timeLimit seconds: Int) throws(PluginFailure) {
        signal(SIGPIPE, SIG_IGN)
        var toPlugin: [Int32] = [-1, -1], fromPlugin: [Int32] = [-1, -1]
        guard rapport_pipe(&toPlugin) == 0 else { throw .couldNotStart(String(cString: strerror(errno))) }
        guard rapport_pipe(&fromPlugin) == 0 else {
            let reason = String(cString: strerror(errno))
            close(toPlugin[0])
            close(toPlugin[1])
            throw .couldNotStart(reason)
        }
        var pid: pid_t = 0
        let code = rapport_spawn_plugin(executable, toPlugin[0], fromPlugin[1], &pid)
        close(toPlugin[0])
        close(fromPlugin[1])
        guard code == 0 else {
            close(toPlugin[1])
            close(fromPlugin[0])
            throw .couldNotStart(String(cString: strerror(code)))
        }
        self.pid = pid
        input = toPlugin[1]
        output = fromPlugin[0]
        _ = fcntl(input, F_SETFL, O_NONBLOCK)
        _ = fcntl(output, F_SETFL, O_NONBLOCK)
        ChildProcessGroup.began(pid)
        self.seconds = seconds
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds) * 1_000_000_000
    }

    deinit {
        stop()
    }

    /// Queues one line for the plugin's standard input; it is written while rapport waits, so a plugin that does not
    /// read cannot block rapport.
    func send(_ line: String) {
        unsent += Array((line + "\n").utf8)
        pump(waitingMilliseconds: 0)
    }

    /// The next line the plugin writes; throws when it ends, overflows, times out or the user interrupts.
    func nextLine() throws(PluginFailure) -> String {
        while true {
            if lines.overflowed { throw stopping(.tooMuchOutput(PluginProcess.outputLimit)) }
            if let line = lines.next() { return line }
            if outputEnded || exited {
                // What it wrote before it ended is read; a helper that still holds the pipe cannot keep rapport waiting.
                if !outputEnded { pump(waitingMilliseconds: 0) }
                if let line = lines.next() { return line }
                try waitForExit()
                throw .ended(status: exitStatus.status, signal: exitStatus.bySignal)
            }
            try checkWaiting()
            pump(waitingMilliseconds: 10)
        }
    }

    /// Closes the plugin's input once it is written and waits for the plugin to end; throws unless it ends with
    /// status 0 in time.
    func finish() throws(PluginFailure) {
        while !unsent.isEmpty && input >= 0 && !exited {
            try checkWaiting()
            pump(waitingMilliseconds: 10)
        }
        closeInput()
        try waitForExit()
        guard exitStatus.status == 0, !exitStatus.bySignal else {
            throw .ended(status: exitStatus.status, signal: exitStatus.bySignal)
        }
    }

    /// Ends the program, its process group and any process still holding its standard output, and closes the pipes;
    /// later calls do nothing.
    func stop() {
        guard !stopped else { return }
        stopped = true
        // The leader is not reaped before its group is killed: while it is a zombie its id cannot name another group.
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        if !outputStillHeld() {
            // Nobody else writes to the pipe.
        } else if let pipe = PipeHolders.pipeInode(of: output) {
            for holder in PipeHolders.processes(holding: pipe) where holder != getpid() { kill(holder, SIGKILL) }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        ChildProcessGroup.ended(pid)
        closeInput()
        if output >= 0 { close(output) }
        output = -1
    }

    // MARK: Waiting

    /// How the program ended, once `exited`.
    private var exitStatus: (status: Int32, bySignal: Bool) = (0, false)

    /// Waits until the program has ended, checking the deadline and Ctrl-C; reads its output meanwhile.
    private func waitForExit() throws(PluginFailure) {
        while !exited {
            try checkWaiting()
            pump(waitingMilliseconds: 10)
        }
    }

    /// Throws when the time is up or the user pressed Ctrl-C, stopping the plugin first.
    private func checkWaiting() throws(PluginFailure) {
        if interruptFlag.isRaised { throw stopping(.interrupted) }
        if DispatchTime.now().uptimeNanoseconds > deadline { throw stopping(.timedOut(seconds)) }
    }

    /// Stops the program and hands back the failure to throw.
    private func stopping(_ failure: PluginFailure) -> PluginFailure {
        stop()
        return failure
    }

    /// Waits up to the given time for the pipes, then writes what the plugin can take, reads what it wrote, and notes
    /// whether it has ended (without reaping it, see `stop`).
    private func pump(waitingMilliseconds: Int32) {
        var descriptors = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
        if !unsent.isEmpty && input >= 0 { descriptors.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
        if !outputEnded && !exited { _ = poll(&descriptors, nfds_t(descriptors.count), waitingMilliseconds) }
        writeInput()
        readOutput()
        noteExit()
    }

    private func writeInput() {
        while !unsent.isEmpty && input >= 0 {
            let written = unsent.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if written > 0 {
                unsent.removeFirst(written)
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                // EAGAIN: the pipe is full for now; EPIPE: the plugin closed its input, so what is left goes nowhere.
                if errno == EPIPE { unsent.removeAll() }
                return
            }
        }
    }

    private func readOutput() {
        guard output >= 0, !outputEnded else { return }
        while true {
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count > 0 {
                guard lines.take(chunk[0..<count]) else { return }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                if count == 0 { outputEnded = true }
                return
            }
        }
    }

    private func noteExit() {
        guard !exited else { return }
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0, info._sifields._sigchld.si_pid == pid else { return }
        exited = true
        let code = info._sifields._sigchld.si_status
        exitStatus = (code, info.si_code != CLD_EXITED)
    }

    private func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Whether some process other than the plugin may still write to its standard output: no end of file yet.
    private func outputStillHeld() -> Bool {
        guard output >= 0, !outputEnded else { return false }
        var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, 0)
        return descriptor.revents & Int16(POLLHUP) == 0
    }
}
