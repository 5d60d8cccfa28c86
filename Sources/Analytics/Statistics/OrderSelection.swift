/// Type-7 quantiles of unsorted values by selection (Hoare's quickselect): O(n) instead of sorting.
public enum OrderSelection {
    /// The type-7 quantiles at each q (0 ≤ q ≤ 1) of `values`, which it reorders; nil when there are none.
    public static func quantiles(_ values: inout [Double], _ qs: [Double]) -> [Double]? {
        values.withUnsafeMutableBufferPointer { quantiles($0, qs) }
    }

    /// The same on a buffer, which it reorders.
    public static func quantiles(_ values: UnsafeMutableBufferPointer<Double>, _ qs: [Double]) -> [Double]? {
        guard !values.isEmpty else { return nil }
        let last = values.count - 1
        let positions = qs.map { $0 * Double(last) }
        var needed = Set<Int>()
        for position in positions {
            let lower = Int(position)
            needed.insert(lower)
            if lower < last && position > Double(lower) { needed.insert(lower + 1) }
        }
        var start = 0
        for index in needed.sorted() {
            select(values, index, from: start, to: last)
            start = index
        }
        return positions.map { position in
            let lower = Int(position)
            let fraction = position - Double(lower)
            guard fraction > 0, lower < last else { return values[lower] }
            return values[lower] + (values[lower + 1] - values[lower]) * fraction
        }
    }

    /// Reorders `buffer[low...high]` so that position k holds the value a full sort would put there,
    /// with no greater value before it and no smaller one after it.
    private static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int, from low: Int, to high: Int) {
        var low = low, high = high
        while high - low > 16 {
            let middle = low + (high - low) / 2
            if buffer[middle] < buffer[low] { buffer.swapAt(middle, low) }
            if buffer[high] < buffer[low] { buffer.swapAt(high, low) }
            if buffer[high] < buffer[middle] { buffer.swapAt(high, middle) }
            let pivot = buffer[middle]
            var i = low, j = high
            while i <= j {
                while buffer[i] < pivot { i += 1 }
                while buffer[j] > pivot { j -= 1 }
                if i <= j {
                    buffer.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return
            }
        }
        guard low < high else { return }
        for i in (low + 1)...high {
            let value = buffer[i]
            var j = i - 1
            while j >= low && buffer[j] > value {
                buffer[j + 1] = buffer[j]
                j -= 1
            }
            buffer[j + 1] = value
        }
    }
}
