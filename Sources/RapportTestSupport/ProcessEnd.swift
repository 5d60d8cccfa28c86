import Foundation

/// Waiting for a process the test did not start itself to end, read from /proc.
public enum ProcessEnd {
    /// Whether the process `pid` is gone (or a zombie nobody reaped yet), waiting up to three seconds for it.
    public static func hasEnded(_ pid: pid_t) -> Bool {
        let deadline = Date().addingTimeInterval(3)
        repeat {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if stat.split(separator: ")").last?.split(separator: " ").first == "Z" { return true }
            usleep(50_000)
        } while Date() < deadline
        return false
    }
}
