import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One thread that runs jobs in the order given, behind the user's commands: at a lower scheduling priority, so that
/// saving a large dataset never slows the command the user is waiting for, and with a way to wait for every job so far.
final class BackgroundWorker: @unchecked Sendable {
    /// How much lower than the shell's threads the worker runs (a nice value; 0 is the same, 19 the lowest).
    static let niceness: Int32 = 5

    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var busy = false
    private var stopping = false
    private var stopped = false

    /// A worker with its own thread, named for debuggers.
    init(name: String) {
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    /// Queues a job; once the worker has stopped, the job runs at once on the caller's thread.
    func async(_ job: @escaping () -> Void) {
        condition.lock()
        guard !stopped else {
            condition.unlock()
            job()
            return
        }
        jobs.append(job)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every job queued so far has run, then runs `body` while no job runs, and returns its value.
    func sync<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        while busy || (!jobs.isEmpty && !stopped) { condition.wait() }
        busy = true
        condition.unlock()
        defer {
            condition.lock()
            busy = false
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }

    /// Lets the thread end once the jobs queued so far have run.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        #if canImport(Glibc)
        // On Linux the nice value belongs to the thread, and 0 names the calling one.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceness)
        #endif
        while true {
            condition.lock()
            while busy || (jobs.isEmpty && !stopping) { condition.wait() }
            if jobs.isEmpty {
                stopped = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            busy = true
            condition.unlock()
            job()
            condition.lock()
            busy = false
            condition.broadcast()
            condition.unlock()
        }
    }
}
