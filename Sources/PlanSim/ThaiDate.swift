import PlanModel

/// Dates written out as Thai documents and their English translations write them, with the year in Buddhist Era.
enum ThaiDate {
    static let thaiMonths = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
        "พฤศจิกายน", "ธันวาคม",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `31 มีนาคม 2561`
    static func thai(_ day: Day) -> String {
        let (y, m, d) = day.components
        return "\(d) \(thaiMonths[m - 1]) \(y + BuddhistEra.offset)"
    }

    /// `31 March 2561`
    static func english(_ day: Day) -> String {
        let (y, m, d) = day.components
        return "\(d) \(englishMonths[m - 1]) \(y + BuddhistEra.offset)"
    }

    /// `31 March 2561 (2018-03-31) · 31 มีนาคม 2561`: both languages and the ISO date in one value.
    static func both(_ day: Day) -> String { "\(english(day)) (\(day)) · \(thai(day))" }
}
