import PlanModel

/// Parsers for cell bytes beyond `Money.parse` and `Day.parse`: whole numbers, decimals and booleans.
enum CellParsing {
    /// A whole number with an optional sign; no separators. `nil` when malformed or out of range.
    static func int(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        var negative = false
        if i < b.count && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        guard i < b.count else { return nil }
        var v: Int64 = 0
        while i < b.count {
            let c = b[i]
            guard c >= 0x30 && c <= 0x39 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(c - 0x30))
            if o1 || o2 { return nil }
            v = s
            i += 1
        }
        return negative ? -v : v
    }

    /// A decimal number: a plain decimal or exponent form, or an amount with thousands separators as money
    /// takes them (`1,234.5678` is accepted too). Read from the bytes in one pass; only a cell made of number
    /// characters alone is copied (without its separators) for `Double` to read.
    static func float(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        if let v = plainDecimal(b) { return v }
        var start = 0
        var end = b.count
        while start < end, b[start] == 0x20 { start += 1 }
        while end > start, b[end - 1] == 0x20 { end -= 1 }
        var text: [UInt8] = []
        var sawDigit = false
        var comma = false
        for i in start..<end {
            let c = b[i]
            switch c {
            case 0x30...0x39: sawDigit = true
            case UInt8(ascii: ","): comma = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        if comma {
            let point = (start..<end).first { b[$0] == UInt8(ascii: ".") } ?? end
            guard Money.parse(UnsafeBufferPointer(rebasing: b[start..<point])) != nil else { return nil }
        }
        text.reserveCapacity(end - start)
        for i in start..<end where b[i] != UInt8(ascii: ",") { text.append(b[i]) }
        guard let v = Double(String(decoding: text, as: UTF8.self)), v.isFinite else { return nil }
        return v
    }

    /// `-12.345` with at most 15 digits, exactly as `strtod` would round it (one correctly rounded division of
    /// two exact doubles); `nil` for anything else, which the general path then reads.
    @inline(__always)
    static func plainDecimal(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let negative = b.count > 0 && b[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var decimals = -1
        while i < b.count {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + Int64(c - 0x30)
                digits += 1
                if decimals >= 0 { decimals += 1 }
            } else if c == UInt8(ascii: ".") && decimals < 0 {
                decimals = 0
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / powersOfTen[max(decimals, 0)]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    /// Money as spreadsheets and budget exports write it, for files with no schema (see `LooseAmount`); the
    /// bundle loader stays strict.
    static func looseMoney(_ b: UnsafeBufferPointer<UInt8>) -> Money? { LooseAmount.read(b)?.money }

    /// Whether a cell looks like a zero-padded code (`007`, `0812345678`) rather than a number.
    /// Zeros alone (`000`, as a budget document may write a zero) are a number.
    static func isZeroPadded(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count > 1 && b[0] == UInt8(ascii: "0") && b[1] >= 0x30 && b[1] <= 0x39
            && b.contains { $0 != UInt8(ascii: "0") }
    }

    /// `true`/`false` in lower, title or upper case.
    static func bool(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard b.count == 4 || b.count == 5 else { return nil }
        return switch String(decoding: b, as: UTF8.self) {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// A short, printable form of a cell for messages.
    static func quote(_ b: UnsafeBufferPointer<UInt8>) -> String {
        let s = String(decoding: UnsafeBufferPointer(rebasing: b.prefix(400)), as: UTF8.self)
        return s.count > 40 || b.count > 400 ? "`" + s.prefix(40) + "…`" : "`" + s + "`"
    }
}
