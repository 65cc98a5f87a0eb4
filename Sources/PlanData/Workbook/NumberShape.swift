import Foundation
import PlanModel

/// How a cell's number format shows its number, which decides the text the loader reads for it: a date
/// (`2018-10-01`), an amount with thousands separators (`1,250,000.5`, so that the column is money), or the
/// number as stored.
enum NumberShape {
    case plain, date, amount

    /// The shape of built-in number format `formatID`, or of the workbook's own format `code`.
    init(formatID: Int, code: String?) {
        if ExcelDate.isDateFormat(id: formatID, code: code) {
            self = .date
        } else if [3, 4, 37, 38, 39, 40].contains(formatID) || code?.contains("#,##0") == true {
            self = .amount
        } else {
            self = .plain
        }
    }

    /// A number as a workbook stores it, with at most the 15 significant digits Excel shows and keeps:
    /// `86267.429999999993` (the double nearest 86,267.43) reads `86267.43`, as the sheet shows it.
    static func significant(_ stored: String) -> String {
        guard stored.utf8.count > 16, stored.utf8.filter({ $0 >= 0x30 && $0 <= 0x39 }).count > 15,
            let v = Double(stored), v.isFinite, abs(v) < 1e15
        else { return stored }
        var text = String(format: "%.15g", v)
        if text.contains("e") { return stored }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `digits` (a number as a workbook stores it: `-1250000.5`) with thousands separators in its whole part;
    /// unchanged when it is in exponent form.
    static func grouped(_ digits: String) -> String {
        guard !digits.contains(where: { $0 == "e" || $0 == "E" }) else { return digits }
        let point = digits.firstIndex(of: ".") ?? digits.endIndex
        return DigitGrouping.grouped(digits[..<point]) + digits[point...]
    }
}
