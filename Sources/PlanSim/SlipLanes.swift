/// 64 independent slip draws at once, one bit a run: bit r is set when run r's 32-bit uniform lies below the
/// threshold, which happens with probability threshold / 2³², as when each run draws its own uniform.
///
/// Bit r of each word the generator gives is the next binary digit of run r's uniform, most significant first.
/// A run is decided at the first digit where its uniform and the threshold differ (below when the threshold's
/// digit is 1, above when it is 0); the digits after that are never drawn. Half of the runs still open are
/// decided at each digit, so 64 runs take about 7.3 words (log₂ 64 + 1.3) in place of 64 half-words, and a
/// threshold with few binary digits fewer still (25% takes 2 words: its digits after the second are 0, and a
/// uniform equal so far is not below it).
struct SlipLanes {
    /// The threshold's binary digits after the point from its first 1 on, that 1 in the top bit (0 for thresholds
    /// 0 and 2³², which `always` tells apart).
    private let digits: UInt64
    /// How many binary digits 0 the threshold has before its first 1: at each, the runs whose digit is 1 are
    /// above, and none is below.
    private let leadingZeros: Int
    private let always: Bool

    /// For `threshold` in 0…2³².
    init(threshold: UInt64) {
        always = threshold >= 1 << 32
        let fraction = always ? 0 : threshold << 32
        leadingZeros = fraction == 0 ? 0 : fraction.leadingZeroBitCount
        digits = fraction << UInt64(leadingZeros)
    }

    /// The next 64 runs' slips from `rng`: none at threshold 0 and all at 2³², drawing nothing.
    @inline(__always)
    func draw(_ rng: inout RandomSource) -> UInt64 {
        if digits == 0 { return always ? ~0 : 0 }
        var open: UInt64 = ~0
        for _ in 0..<leadingZeros { open &= ~rng.next() }
        var below: UInt64 = 0
        var rest = digits
        while open != 0 && rest != 0 {
            let x = rng.next()
            // All ones when the threshold's digit is 1: open runs whose digit is 0 are below, those with 1 stay open;
            // when it is 0, open runs whose digit is 1 are above, those with 0 stay open.
            let one = UInt64(bitPattern: Int64(bitPattern: rest) >> 63)
            below |= open & ~x & one
            open &= x ^ ~one
            rest <<= 1
        }
        return below
    }
}
