import Foundation

/// The round values a chart's value axis is marked at: steps of 1, 2, 2.5 or 5 times a power of ten that cover the
/// values from a tick at or below the lowest to one at or above the highest.
enum AxisTicks {
    /// About `count` ticks (at least 2) covering low…high; equal values get a span around them (0 gets 0…1), and
    /// values too large to step through get the two ends only.
    static func covering(low: Double, high: Double, count: Int = 5) -> [Double] {
        guard low.isFinite, high.isFinite else { return [0, 1] }
        var bottom = min(low, high), top = max(low, high)
        if top == bottom {
            let pad = bottom == 0 ? 1 : abs(bottom) * 0.1
            bottom = bottom == 0 ? 0 : bottom - pad
            top += pad
        }
        let step = roundStep((top - bottom) / Double(max(1, count - 1)))
        guard step.isFinite, step > 0 else { return [bottom, top] }
        let first = (bottom / step).rounded(.down), last = (top / step).rounded(.up)
        guard first.isFinite, last.isFinite, last - first >= 1, last - first <= 100 else { return [bottom, top] }
        return (0...Int(last - first)).map { (first + Double($0)) * step }
    }

    /// The smallest of 1, 2, 2.5, 5 and 10 times a power of ten that is at least `rough`.
    static func roundStep(_ rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return rough }
        let power = pow(10, (log10(rough)).rounded(.down))
        let multiple = [1, 2, 2.5, 5, 10].first { $0 * power >= rough * (1 - 1e-12) } ?? 10
        return multiple * power
    }
}
