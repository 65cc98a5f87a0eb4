import PlanModel

/// An amount of money as spreadsheets and exports of budget documents write it, for files that come with no
/// schema (`load csv`, `load xlsx`); the bundle loader stays strict (`Money.parse`). Read in one pass over the
/// bytes, stopping at the first byte that cannot be part of an amount, so that a long text cell costs little.
///
/// - Spaces around the amount are ignored.
/// - Thousands separators: a comma may follow any digit before the decimal point and is dropped, whatever the
///   grouping (`4,840,0` reads 48,400 and `25,` reads 25, as a database does after stripping separators).
/// - Decimals: any number; beyond two the amount is rounded to the satang, half away from zero (`rounded`), as
///   `CAST(… AS DECIMAL(20,2))` does.
/// - Negatives: `-1,000.00` or `(1,000.00)`; a `+` sign is allowed.
/// - A lone `-` is zero, as Thai spreadsheets write it (`dash`).
/// - Too large for Int64 satang (from 92,233,720,368,547,758.08): `tooLarge`, and no value.
struct LooseAmount {
    /// The amount; `nil` when it is too large for Int64 satang.
    var money: Money?
    /// Whether the amount has a thousands separator.
    var separated = false
    /// Whether the amount is written in parentheses (a negative).
    var parenthesized = false
    /// How many digits follow the decimal point (0 without one).
    var decimals = 0
    /// Whether the cell is a lone `-`, read as zero.
    var dash = false

    /// Whether the amount had more than two decimals and was rounded to the satang.
    var rounded: Bool { decimals > 2 }
    /// Whether the amount cannot be held as Int64 satang.
    var tooLarge: Bool { money == nil }

    /// The amount in `bytes`, or `nil` when they are not an amount.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> LooseAmount? {
        var i = 0
        var end = bytes.count
        while i < end, bytes[i] == 0x20 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        if end - i == 1 && bytes[i] == UInt8(ascii: "-") { return LooseAmount(money: Money(satang: 0), dash: true) }
        var amount = LooseAmount(money: nil)
        var negative = false
        if bytes[i] == UInt8(ascii: "(") {
            guard end - i >= 3, bytes[end - 1] == UInt8(ascii: ")") else { return nil }
            (amount.parenthesized, negative) = (true, true)
            i += 1
            end -= 1
        } else if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var whole: Int64 = 0
        var overflow = false
        var sawDigit = false
        var afterComma = false
        while i < end {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int64(b - 0x30))
                if o1 || o2 { overflow = true }
                whole = s
                sawDigit = true
                afterComma = false
            } else if b == UInt8(ascii: ",") {
                guard sawDigit, !afterComma else { return nil }
                amount.separated = true
                afterComma = true
            } else {
                break
            }
            i += 1
        }
        var fraction: Int64 = 0
        var roundUp = false
        if i < end && bytes[i] == UInt8(ascii: ".") {
            guard !afterComma else { return nil }
            i += 1
            while i < end, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                let digit = Int64(bytes[i] - 0x30)
                amount.decimals += 1
                if amount.decimals <= 2 { fraction = fraction * 10 + digit }
                if amount.decimals == 3 { roundUp = digit >= 5 }
                sawDigit = true
                i += 1
            }
            if amount.decimals == 1 { fraction *= 10 }
        }
        guard sawDigit, i == end else { return nil }
        let (m, o1) = whole.multipliedReportingOverflow(by: 100)
        let (s, o2) = m.addingReportingOverflow(fraction + (roundUp ? 1 : 0))
        guard !(overflow || o1 || o2) else { return amount }
        amount.money = Money(satang: negative ? -s : s)
        return amount
    }
}
