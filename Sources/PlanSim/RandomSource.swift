/// SplitMix64 (Steele, Lea, Flood 2014): a 64-bit generator used here to seed and to mix seeds.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 output function: a bijective mix of 64 bits.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** (Blackman, Vigna 2018): the simulator's fast generator, one independent stream per project.
struct Xoshiro256StarStar {
    var s0, s1, s2, s3: UInt64

    /// The stream for `stream` (a project's index) under `seed`: seeded by SplitMix64 from a mix of both, so
    /// neighbouring streams share no state.
    init(seed: UInt64, stream: UInt64) {
        var seeder = SplitMix64(state: SplitMix64.mix(seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019)))
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
