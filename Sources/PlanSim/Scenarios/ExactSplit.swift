/// Exact integer arithmetic for spreading money: products in 128 bits, rounded half to even.
enum ExactSplit {
    /// `value × numerator / denominator` rounded half to even; nil when the result does not fit in Int64.
    /// `value` and `numerator` ≥ 0, `denominator` > 0.
    static func scaled(_ value: Int64, by numerator: Int64, over denominator: Int64) -> Int64? {
        let product = UInt64(value).multipliedFullWidth(by: UInt64(numerator))
        let d = UInt64(denominator)
        guard product.high < d else { return nil }
        let (quotient, remainder) = d.dividingFullWidth(product)
        var q = quotient
        let twice = remainder.multipliedReportingOverflow(by: 2)
        if twice.overflow || twice.partialValue > d || (twice.partialValue == d && q & 1 == 1) { q += 1 }
        guard q <= UInt64(Int64.max) else { return nil }
        return Int64(q)
    }

    /// `total` spread over `weights` in proportion (weights ≥ 0, summing to > 0): the cumulative shares are
    /// rounded, so the parts add up to `total` exactly. Nil when a product does not fit.
    static func spread(_ total: Int64, over weights: [Int64]) -> [Int64]? {
        var sum: Int64 = 0
        for w in weights {
            let (s, o) = sum.addingReportingOverflow(w)
            if o { return nil }
            sum = s
        }
        guard sum > 0 else { return nil }
        let negative = total < 0
        let magnitude = total.magnitude
        guard magnitude <= UInt64(Int64.max) else { return nil }
        var out: [Int64] = []
        var cumulative: Int64 = 0
        var previous: Int64 = 0
        for w in weights {
            cumulative += w
            guard let share = scaled(Int64(magnitude), by: cumulative, over: sum) else { return nil }
            out.append(negative ? -(share - previous) : share - previous)
            previous = share
        }
        return out
    }
}
