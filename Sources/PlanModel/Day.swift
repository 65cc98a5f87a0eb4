/// A calendar day, held as the number of days since 1970-01-01 (Common Era, proleptic Gregorian).
///
/// Text is `YYYY-MM-DD`; a year of 2400 or more is read as Buddhist Era (BE = CE + 543).
public struct Day: Hashable, Comparable, Sendable, Strideable {
    /// Days since 1970-01-01.
    public var ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// A day from Common Era year, month (1–12) and day (1–31); `nil` if no such date.
    public init?(year: Int, month: Int, day: Int) {
        guard month >= 1, month <= 12, day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = Int32(era * 146097 + doe - 719468)
    }

    /// Common Era year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(ordinal) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
    public func distance(to other: Day) -> Int32 { other.ordinal - ordinal }
    public func advanced(by n: Int32) -> Day { Day(ordinal: ordinal + n) }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY-MM-DD` (BE when the year is ≥ 2400). `nil` when malformed, no such date, or before CE 1
    /// (`0000-01-01`: such a cell is text, so it prints as written and loads back the same).
    public static func parse(_ text: Substring) -> Day? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    /// Parses a `String`; see `parse(_: Substring)`.
    public static func parse(_ text: String) -> Day? { parse(Substring(text)) }

    /// Parses UTF-8 bytes `YYYY-MM-DD` without making a `String`.
    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func num(_ from: Int, _ to: Int) -> Int? {
            var v = 0
            for i in from..<to {
                let c = b[i]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        guard var y = num(0, 4), let m = num(5, 7), let d = num(8, 10) else { return nil }
        if y >= BuddhistEra.firstYear { y -= BuddhistEra.offset }
        // Year 0 and BE years that would fall before CE 1 have no four-digit form that reads back as them.
        guard y >= 1 else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

extension Day: CustomStringConvertible {
    /// `YYYY-MM-DD` in Common Era, the form the loader reads back: the year has four digits (`0999-05-01`).
    public var description: String {
        let (y, m, d) = components
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let digits = String(abs(y))
        let year = (y < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return "\(year)-\(two(m))-\(two(d))"
    }

    /// `D/M/YYYY` in Buddhist Era, as Thai documents write dates.
    public var buddhistEra: String {
        let (y, m, d) = components
        return "\(d)/\(m)/\(y + BuddhistEra.offset)"
    }
}
