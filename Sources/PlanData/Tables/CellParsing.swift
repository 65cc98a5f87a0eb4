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
    /// takes them (`1,234.5678` is accepted too).
    static func float(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        if let v = plainDecimal(b) { return v }
        var text = String(decoding: b, as: UTF8.self)
        if text.contains(",") {
            let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard Money.parse(parts[0]) != nil else { return nil }
            text.removeAll { $0 == "," }
        }
        text = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
            text.utf8.allSatisfy({ "0123456789+-.eE".utf8.contains($0) })
        else { return nil }
        guard let v = Double(text), v.isFinite else { return nil }
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

    /// Money as spreadsheets export it, for files with no schema: commas anywhere between digits are dropped
    /// as thousands separators, whatever their grouping (`4,840,0` reads as 48400, as a spreadsheet or pandas
    /// would), then `Money.parse` applies. The bundle loader stays strict.
    static func looseMoney(_ b: UnsafeBufferPointer<UInt8>) -> Money? {
        if let m = Money.parse(b) { return m }
        guard b.count < 64, let comma = b.firstIndex(of: UInt8(ascii: ",")), comma > 0 else { return nil }
        var digits: [UInt8] = []
        for (i, c) in b.enumerated() {
            if c == UInt8(ascii: ",") {
                let before = b[i - 1]
                let after = i + 1 < b.count ? b[i + 1] : 0
                guard before >= 0x30, before <= 0x39, after >= 0x30, after <= 0x39 else { return nil }
            } else {
                digits.append(c)
            }
        }
        return digits.withUnsafeBufferPointer { Money.parse($0) }
    }

    /// Whether a cell is written as an exact whole number or amount (digits, thousands separators, at most two
    /// decimals) too large for both `int` and `looseMoney` (from 92,233,720,368,547,758.08). Read as a float it
    /// would silently lose its last digits (the satang), so such a column is kept as text.
    static func isExactNumberTooLarge(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 17 else { return false }
        var digits = 0
        var decimals = -1
        for (i, c) in b.enumerated() {
            switch c {
            case 0x30...0x39:
                digits += 1
                if decimals >= 0 { decimals += 1 }
            case UInt8(ascii: ","): guard decimals < 0 else { return false }
            case UInt8(ascii: "."):
                guard decimals < 0 else { return false }
                decimals = 0
            case UInt8(ascii: "-"), UInt8(ascii: "+"): guard i == 0 else { return false }
            default: return false
            }
        }
        guard digits >= 17, decimals <= 2 else { return false }
        return int(b) == nil && looseMoney(b) == nil
    }

    /// Whether a cell looks like a zero-padded code (`007`, `0812345678`) rather than a number.
    static func isZeroPadded(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count > 1 && b[0] == UInt8(ascii: "0") && b[1] >= 0x30 && b[1] <= 0x39
    }

    /// `true`/`false` in lower, title or upper case.
    static func bool(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch String(decoding: b, as: UTF8.self) {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// A short, printable form of a cell for messages.
    static func quote(_ b: UnsafeBufferPointer<UInt8>) -> String {
        let s = String(decoding: b, as: UTF8.self)
        return s.count > 40 ? "`" + s.prefix(40) + "…`" : "`" + s + "`"
    }
}
