import XCTest
import RapportCore
@testable import ImportModule

/// The distributions on top of SplitMix64 against values computed independently in Python.
///
/// The reference values come from this re-implementation of the documented formulas:
///
///     import math
///     M = (1 << 64) - 1
///     class SM:
///         def __init__(s, seed): s.s = seed
///         def next(s):
///             s.s = (s.s + 0x9E3779B97F4A7C15) & M; z = s.s
///             z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
///             z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
///             return z ^ (z >> 31)
///         def unit(s): return (s.next() >> 11) * 2.0 ** -53
///         def normal(s):
///             u1 = s.unit(); u2 = s.unit()
///             return math.sqrt(-2 * math.log(1 - u1)) * math.cos(2 * math.pi * u2)
///         def lognormal(s, m, sg): return m * math.exp(sg * s.normal())
///         def poisson(s, mean):
///             if mean <= 0: return 0
///             if mean >= 30: return max(0, math.floor(mean + math.sqrt(mean) * s.normal() + 0.5))
///             L = math.exp(-mean); p = s.unit(); k = 0
///             while p > L: p *= s.unit(); k += 1
///             return k
///     g = SM(42); [g.normal() for _ in range(3)]
///     g = SM(7); [g.lognormal(1, 0.6) for _ in range(2)]
///     g = SM(42); [g.poisson(4.0) for _ in range(5)], [g.poisson(50.0) for _ in range(3)]
final class SplitMix64DrawsTests: XCTestCase {
    func testNormalMatchesTheIndependentComputation() {
        var generator = SplitMix64(seed: 42)
        let expected = [0.8822489062222688, -0.4508498757188601, 0.1883526341159315]
        for value in expected { XCTAssertEqual(generator.normal(), value, accuracy: 1e-12) }
    }

    func testLogNormalMatchesTheIndependentComputation() {
        var generator = SplitMix64(seed: 7)
        XCTAssertEqual(generator.logNormal(median: 1, sigma: 0.6), 1.809561588049337, accuracy: 1e-12)
        XCTAssertEqual(generator.logNormal(median: 1, sigma: 0.6), 0.3267521050737468, accuracy: 1e-12)
    }

    func testPoissonMatchesTheIndependentComputationInBothRegimes() {
        var generator = SplitMix64(seed: 42)
        XCTAssertEqual((0..<5).map { _ in generator.poisson(4.0) }, [3, 2, 4, 4, 4])
        XCTAssertEqual((0..<3).map { _ in generator.poisson(50.0) }, [43, 50, 53])
        XCTAssertEqual(generator.poisson(0), 0)
    }

    func testPoissonMeanIsNearItsParameter() {
        var generator = SplitMix64(seed: 1)
        let draws = (0..<20_000).map { _ in Double(generator.poisson(3.5)) }
        XCTAssertEqual(draws.reduce(0, +) / Double(draws.count), 3.5, accuracy: 0.05)
    }
}
