import PlanModel

/// xoshiro256** (Blackman, Vigna 2018): the simulator's fast generator, one independent stream per project.
struct Xoshiro256StarStar {
    var s0, s1, s2, s3: UInt64

    /// The stream for `stream` (a project's index) under `seed`: seeded by SplitMix64 from a mix of both, so
    /// neighbouring streams share no state.
    init(seed: UInt64, stream: UInt64) {
        var seeder = SplitMix64(seed: SplitMix64.mix(seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019)))
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }
}
