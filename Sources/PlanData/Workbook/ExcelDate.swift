import PlanModel

/// Dates as Excel stores them: a number of days (a serial number) shown through a date format.
enum ExcelDate {
    /// The day of serial number `serial` (its fraction, a time of day, is dropped); `nil` out of the range
    /// Excel allows (before 1900-01-01 or after 9999-12-31). In the 1900 system serial 1 is 1900-01-01 and, as
    /// in Lotus 1-2-3, serial 60 is a 29 February 1900 that never was; in the 1904 system serial 0 is 1904-01-01.
    static func day(serial: Double, date1904: Bool) -> Day? {
        guard serial.isFinite, serial >= (date1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        let whole = Int32(serial.rounded(.down))
        if date1904 { return Day(year: 1904, month: 1, day: 1)?.advanced(by: whole) }
        if whole == 60 { return nil }
        return Day(year: 1899, month: 12, day: 31)?.advanced(by: whole < 60 ? whole : whole - 1)
    }

    /// Whether number format `code` (or built-in format `id`) shows a date: the built-in date formats, or a code
    /// with a day, month or year outside quotes, brackets and escapes (`yyyy-mm-dd`, `d/m/yyyy`).
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) {
            return true
        }
        guard let code else { return false }
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for c in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch c {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "m", "y": if !inQuotes && !inBrackets { return true }
            case ";": return false
            default: break
            }
        }
        return false
    }
}
