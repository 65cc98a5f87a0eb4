import PlanModel

/// Dates and months written out as Thai documents write them (Buddhist Era), and as English ones do.
enum ThaiDate {
    static let thaiMonths = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
        "พฤศจิกายน", "ธันวาคม",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static let thaiShortMonths = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]
    static let englishShortMonths = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// A day as a report in `language` writes it: `31 มีนาคม พ.ศ. 2561` in Thai, `31 March 2018` in English.
    static func written(_ day: Day, _ language: ReportLanguage) -> String {
        let (y, m, d) = day.components
        return language == .th
            ? "\(d) \(thaiMonths[m - 1]) พ.ศ. \(y + BuddhistEra.offset)" : "\(d) \(englishMonths[m - 1]) \(y)"
    }
}
