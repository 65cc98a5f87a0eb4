import PlanModel
import Testing

@testable import PlanSim

@Suite struct SlipLanesTests {
    /// Each run's whole 32-bit uniform, its binary digits taken from 32 words of the stream (bit r of word i is
    /// run r's digit i, most significant first), compared with the threshold one run at a time.
    static func oneRunAtATime(threshold: UInt64, _ rng: inout RandomSource) -> UInt64 {
        let words = (0..<32).map { _ in rng.next() }
        var below: UInt64 = 0
        for r in 0..<64 {
            var uniform: UInt64 = 0
            for word in words { uniform = uniform << 1 | (word >> UInt64(r) & 1) }
            if uniform < threshold { below |= 1 << UInt64(r) }
        }
        return below
    }

    @Test func slipsExactlyWhenTheRunsUniformIsBelowTheThreshold() {
        var thresholds: [UInt64] = [1, 2, 3, 1 << 16, 1 << 30, 1 << 31, (1 << 32) - 1, 3 << 30]
        thresholds += [0.1, 0.25, 0.3, 0.6, 0.999].map(SlipModel.scaled)
        var seeds = SplitMix64(seed: 2561)
        for _ in 0..<40 { thresholds.append(seeds.next() >> 32) }
        for (i, threshold) in thresholds.enumerated() {
            let lanes = SlipLanes(threshold: threshold)
            for stream in 0..<20 {
                var fast = RandomSource(seed: UInt64(i), stream: UInt64(stream))
                var slow = fast
                #expect(lanes.draw(&fast) == Self.oneRunAtATime(threshold: threshold, &slow), "threshold \(threshold)")
            }
        }
    }

    @Test func neverAndAlwaysDrawNothing() {
        var rng = RandomSource(seed: 1, stream: 0)
        #expect(SlipLanes(threshold: 0).draw(&rng) == 0)
        #expect(SlipLanes(threshold: 1 << 32).draw(&rng) == ~0)
        var fresh = RandomSource(seed: 1, stream: 0)
        #expect(rng.next() == fresh.next())
    }

    @Test func aQuarterTakesTwoWords() {
        // 25% is 0.01 in binary: a run is decided by its first two digits.
        var rng = RandomSource(seed: 7, stream: 3)
        var reference = rng
        _ = SlipLanes(threshold: SlipModel.scaled(0.25)).draw(&rng)
        _ = reference.next()
        _ = reference.next()
        #expect(rng.next() == reference.next())
    }
}
