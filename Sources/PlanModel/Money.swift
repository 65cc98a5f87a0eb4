/// An exact amount of Thai baht, held as whole satang (1/100 baht) in an `Int64`.
///
/// Arithmetic is overflow checked: the `adding`/`subtracting`/`multiplied` methods return `nil` on overflow so
/// that callers can report it instead of trapping.
public struct Money: Hashable, Comparable, Sendable {
    /// The amount in satang.
    public var satang: Int64

    public init(satang: Int64) { self.satang = satang }

    /// Whole baht, exact.
    public init(baht: Int64) { self.satang = baht * 100 }

    public static let zero = Money(satang: 0)

    public static func < (a: Money, b: Money) -> Bool { a.satang < b.satang }

    /// `self + other`, or `nil` on overflow.
    public func adding(_ other: Money) -> Money? {
        let (r, o) = satang.addingReportingOverflow(other.satang)
        return o ? nil : Money(satang: r)
    }

    /// `self - other`, or `nil` on overflow.
    public func subtracting(_ other: Money) -> Money? {
        let (r, o) = satang.subtractingReportingOverflow(other.satang)
        return o ? nil : Money(satang: r)
    }

    /// `self × factor` for a whole factor, or `nil` on overflow.
    public func multiplied(by factor: Int64) -> Money? {
        let (r, o) = satang.multipliedReportingOverflow(by: factor)
        return o ? nil : Money(satang: r)
    }

    /// The amount in baht as a `Double`, for ratios and charts (never for sums).
    public var baht: Double { Double(satang) / 100 }

    /// Parses `1250000`, `1,250,000.50`, `-3.5`, `+7`, ` 12 ` (surrounding spaces allowed).
    /// Thousands separators must be in groups of three. At most two decimals. `nil` when malformed or too large.
    public static func parse(_ text: Substring) -> Money? {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    /// Parses a `String`; see `parse(_: Substring)`.
    public static func parse(_ text: String) -> Money? { parse(Substring(text)) }

    /// Parses UTF-8 bytes without making a `String`: the loader's hot path.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Money? {
        var i = 0
        var end = bytes.count
        while i < end, bytes[i] == 0x20 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var whole: Int64 = 0
        var digits = 0
        var groupDigits = -1  // digits since the last comma; -1 before any comma
        var sawDigit = false
        while i < end {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int64(b - 0x30))
                if o1 || o2 { return nil }
                whole = s
                digits += 1
                sawDigit = true
                if groupDigits >= 0 {
                    groupDigits += 1
                    if groupDigits > 3 { return nil }
                }
            } else if b == UInt8(ascii: ",") {
                if !sawDigit || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && digits > 3) {
                    return nil
                }
                groupDigits = 0
            } else {
                break
            }
            i += 1
        }
        if groupDigits >= 0 && groupDigits != 3 { return nil }
        var fraction: Int64 = 0
        if i < end && bytes[i] == UInt8(ascii: ".") {
            i += 1
            var places = 0
            while i < end, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                places += 1
                if places > 2 { return nil }
                fraction = fraction * 10 + Int64(bytes[i] - 0x30)
                sawDigit = true
                i += 1
            }
            if places == 1 { fraction *= 10 }
        }
        guard sawDigit, i == end else { return nil }
        let (m, o1) = whole.multipliedReportingOverflow(by: 100)
        let (s, o2) = m.addingReportingOverflow(fraction)
        if o1 || o2 { return nil }
        return Money(satang: negative ? -s : s)
    }
}

extension Money: CustomStringConvertible {
    /// `1,250,000.50`: thousands separators and always two decimals.
    public var description: String { formatted(grouping: true) }

    /// The amount with two decimals, with or without thousands separators (`1250000.50` for CSV).
    public func formatted(grouping: Bool) -> String {
        let negative = satang < 0
        let magnitude = satang.magnitude
        let whole = String(magnitude / 100)
        let cents = magnitude % 100
        var out = negative ? "-" : ""
        out += grouping ? DigitGrouping.grouped(whole) : whole
        out += cents < 10 ? ".0\(cents)" : ".\(cents)"
        return out
    }
}

/// Sums money exactly, reporting overflow.
extension Sequence where Element == Money {
    /// The exact total, or `nil` on overflow.
    public func total() -> Money? {
        var sum = Money.zero
        for m in self {
            guard let s = sum.adding(m) else { return nil }
            sum = s
        }
        return sum
    }
}
