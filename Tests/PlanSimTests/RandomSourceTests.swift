import Testing

@testable import PlanSim

@Suite struct RandomSourceTests {
    /// `SlipLanes` reads bit r of successive draws as run r's binary digits: each bit position must be set half
    /// the time, and agree with the same bit of the next draw half the time.
    @Test func everyBitIsAFairCoinFromDrawToDraw() {
        let draws = 40_000
        for stream in 0..<4 {
            var rng = RandomSource(seed: 2561, stream: UInt64(stream))
            var ones = [Int](repeating: 0, count: 64)
            var same = [Int](repeating: 0, count: 64)
            var previous = rng.next()
            for _ in 0..<draws {
                let x = rng.next()
                let agree = ~(x ^ previous)
                for bit in 0..<64 {
                    ones[bit] += Int(x >> UInt64(bit) & 1)
                    same[bit] += Int(agree >> UInt64(bit) & 1)
                }
                previous = x
            }
            // 5 standard deviations of a fair coin over 40,000 tosses: 500.
            for bit in 0..<64 {
                #expect(abs(ones[bit] - draws / 2) < 500, "stream \(stream), bit \(bit) set \(ones[bit]) times")
                #expect(abs(same[bit] - draws / 2) < 500, "stream \(stream), bit \(bit) repeated \(same[bit]) times")
            }
        }
    }

    @Test func streamsAndSeedsDiffer() {
        var a = RandomSource(seed: 1, stream: 0)
        var b = RandomSource(seed: 1, stream: 1)
        var c = RandomSource(seed: 2, stream: 0)
        var again = RandomSource(seed: 1, stream: 0)
        let first = (0..<4).map { _ in a.next() }
        #expect(first != (0..<4).map { _ in b.next() })
        #expect(first != (0..<4).map { _ in c.next() })
        #expect(first == (0..<4).map { _ in again.next() })
    }
}
