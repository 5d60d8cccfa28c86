import RapportCore

/// People who may interact, drawn in proportion to their activity weights.
struct AudiencePool {
    private var people: [Int] = []
    private var cumulative: [Double] = []

    /// Adds a person with an activity weight.
    mutating func add(_ person: Int, weight: Double) {
        people.append(person)
        cumulative.append((cumulative.last ?? 0) + weight)
    }

    /// Whether the pool has nobody.
    var isEmpty: Bool { people.isEmpty }

    /// A person drawn with probability proportional to weight: the first whose cumulative weight exceeds u × total.
    func draw(using generator: inout SplitMix64) -> Int {
        let target = generator.nextUnit() * cumulative[cumulative.count - 1]
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return people[low]
    }
}
