import PlanModel

/// Infers a column's type from all of its cells, for files that come with no schema, and says why when the type
/// is not the obvious one (`reason`). Each cell is looked at once, in one pass over its bytes that stops at the
/// first byte no number can have, so inference is linear in the file's size however long a cell is.
///
/// Empty cells are null and do not vote. Zero-padded cells (`007`) are codes, not numbers. In order of
/// preference:
/// - bool: every cell `true`/`false` (lower, title or upper case);
/// - int: every cell a whole number with no separators;
/// - money: every cell an amount as `LooseAmount` reads it (separators, a lone `-` for zero, `(1,000.00)` for a
///   negative, any number of decimals rounded to the satang), with at least one cell showing it is money — a
///   thousands separator, parentheses or exactly two decimals — and, when a cell has more than two decimals,
///   at least one with a thousands separator (otherwise the column is a float: `0.125` is not money);
/// - float, then date (`YYYY-MM-DD`, BE or CE), else text.
/// An amount too large for Int64 satang (with at most two decimals, or separators) makes the column text, never a
/// float that would lose its last digits.
struct TypeInference {
    private var canBool = true
    private var canInt = true
    private var canMoney = true
    private var canFloat = true
    private var canDate = true
    private var sawValue = false
    private var separated = false
    private var parenthesized = false
    private var twoDecimals = false
    private(set) var numbers = 0
    private(set) var notNumbers = 0
    private(set) var rounded = 0
    private(set) var dashes = 0
    /// The first cell that is not a number, once its location is known (`place`).
    private(set) var firstNotNumber: Place?
    /// The first amount too large for money.
    private(set) var firstTooLarge: Place?
    /// The first amount rounded to the satang.
    private(set) var firstRounded: Place?

    /// A cell that made a difference, as messages show it.
    struct Place {
        var line: Int
        var column: Int
        var quoted: String
    }

    /// What the reader wants to know of a cell just observed.
    enum Notable {
        case nothing, firstNotNumber, firstTooLarge, firstRounded
    }

    /// Looks at one cell; says when it is the first of its kind, for the caller to `place` it.
    @discardableResult
    mutating func observe(_ cell: UnsafeBufferPointer<UInt8>) -> Notable {
        guard !cell.isEmpty else { return .nothing }
        sawValue = true
        if canBool { canBool = CellParsing.bool(cell) != nil }
        if canDate { canDate = Day.parse(cell) != nil }
        if CellParsing.isZeroPadded(cell) {
            (canInt, canMoney, canFloat) = (false, false, false)
            return noteNotNumber()
        }
        if canInt { canInt = CellParsing.int(cell) != nil }
        if let amount = LooseAmount.read(cell), !amount.tooLarge || amount.decimals <= 2 || amount.separated {
            numbers += 1
            if amount.dash {
                dashes += 1
                canFloat = false
                return .nothing
            }
            separated = separated || amount.separated
            parenthesized = parenthesized || amount.parenthesized
            twoDecimals = twoDecimals || amount.decimals == 2
            if canFloat && (amount.parenthesized || amount.separated) { canFloat = CellParsing.float(cell) != nil }
            if amount.tooLarge {
                canMoney = false
                canFloat = false
                if firstTooLarge == nil { return .firstTooLarge }
            } else if amount.rounded {
                rounded += 1
                if firstRounded == nil { return .firstRounded }
            }
            return .nothing
        }
        canMoney = false
        if canFloat {
            canFloat = CellParsing.float(cell) != nil
            if canFloat {
                numbers += 1
                return .nothing
            }
        }
        return noteNotNumber()
    }

    private mutating func noteNotNumber() -> Notable {
        notNumbers += 1
        return firstNotNumber == nil && notNumbers == 1 ? .firstNotNumber : .nothing
    }

    /// Records where the cell `observe` called notable is.
    mutating func place(_ notable: Notable, line: Int, column: Int, cell: UnsafeBufferPointer<UInt8>) {
        let place = Place(line: line, column: column, quoted: CellParsing.quote(cell))
        switch notable {
        case .nothing: break
        case .firstNotNumber: firstNotNumber = place
        case .firstTooLarge: firstTooLarge = place
        case .firstRounded: firstRounded = place
        }
    }

    private var isMoney: Bool {
        canMoney && (separated || parenthesized || twoDecimals) && (rounded == 0 || separated)
    }

    /// The inferred type.
    var type: DataType {
        guard sawValue else { return .text }
        if canBool { return .bool }
        if canInt { return .int }
        if isMoney { return .money }
        if canFloat { return .float }
        if canDate { return .date }
        return .text
    }

    /// Why the column got its type, when that is not plain from its cells (nil otherwise), in English and Thai.
    var reason: ColumnNote? {
        switch type {
        case .money:
            var en: [String] = []
            var th: [String] = []
            if rounded > 0, let p = firstRounded {
                en.append(
                    "\(TypeInference.count(rounded, "cell")) with more than two decimals rounded to the satang "
                        + "(first: line \(p.line), column \(p.column): \(p.quoted))")
                th.append(
                    "\(rounded) ช่องมีทศนิยมเกินสองตำแหน่ง ปัดเป็นสตางค์ (ช่องแรก: บรรทัด \(p.line) คอลัมน์ \(p.column): \(p.quoted))"
                )
            }
            if dashes > 0 {
                en.append("\(TypeInference.count(dashes, "cell")) `-` read as 0.00")
                th.append("\(dashes) ช่องเป็น `-` อ่านเป็น 0.00")
            }
            guard !en.isEmpty else { return nil }
            return ColumnNote(
                english: "money: " + en.joined(separator: "; "), thai: "เงิน: " + th.joined(separator: "; "))
        case .float:
            guard numbers > 0 else { return nil }
            return ColumnNote(
                english: "float: no cell shows money (a thousands separator, or exactly two decimals throughout)",
                thai: "ทศนิยม: ไม่มีช่องใดเป็นรูปแบบเงิน (ตัวคั่นหลักพัน หรือทศนิยมสองตำแหน่ง)")
        case .text:
            if let p = firstTooLarge {
                return ColumnNote(
                    english: "text: line \(p.line), column \(p.column): \(p.quoted) is too large for money "
                        + "(at most 92,233,720,368,547,758.07)",
                    thai: "ข้อความ: บรรทัด \(p.line) คอลัมน์ \(p.column): \(p.quoted) มากเกินกว่าจะเป็นจำนวนเงิน")
            }
            guard numbers > 0, numbers >= notNumbers, let p = firstNotNumber else { return nil }
            let are = notNumbers == 1 ? "is" : "are"
            return ColumnNote(
                english:
                    "text: \(TypeInference.count(numbers, "cell")) \(numbers == 1 ? "is a number" : "are numbers"), "
                    + "\(notNumbers) \(are) not — line \(p.line), column \(p.column): \(p.quoted)",
                thai:
                    "ข้อความ: \(numbers) ช่องเป็นตัวเลข \(notNumbers) ช่องไม่ใช่ — บรรทัด \(p.line) คอลัมน์ \(p.column): \(p.quoted)"
            )
        default:
            return nil
        }
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
