import PlanModel

/// MWC128 (Vigna 2023, after Marsaglia's multiply-with-carry): the simulator's generator, one independent stream
/// per project. Its state (x, c) steps to a·x + c (the low 64 bits the new x, the high ones the new carry): in
/// Marsaglia's theory a multiplicative congruential generator modulo a·2⁶⁴ − 1, not 2⁶⁴, so its low bits are not
/// the weak ones of a power-of-two congruential generator (`SlipLanes` uses every bit); period about 2¹²⁷; it
/// passes BigCrush. The output is x ⊕ (x ≪ 32), as its author suggests against a three-dimensional birthday-
/// spacings test the bare x can fail. A multiplication and an addition a draw: 8 instructions where xoshiro256**,
/// the generator before it, took 11.
struct RandomSource {
    private var x: UInt64
    private var c: UInt64

    /// a, the multiplier Vigna found (a·2⁶⁴ − 1 and (a·2⁶⁴ − 2)/2 are prime).
    private static let multiplier: UInt64 = 0xffeb_b71d_94fc_daf9

    /// The stream for `stream` (a project's index) under `seed`: seeded by SplitMix64 from a mix of both, so
    /// neighbouring streams share no state. The carry lies in 1…a − 2, as the generator needs.
    init(seed: UInt64, stream: UInt64) {
        var seeder = SplitMix64(seed: SplitMix64.mix(seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019)))
        x = seeder.next()
        c = 1 + seeder.next() % (Self.multiplier - 2)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = x ^ x << 32
        let (high, low) = Self.multiplier.multipliedFullWidth(by: x)
        let (sum, overflow) = low.addingReportingOverflow(c)
        x = sum
        c = high &+ (overflow ? 1 : 0)
        return result
    }
}
