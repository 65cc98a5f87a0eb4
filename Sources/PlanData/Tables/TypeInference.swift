import PlanModel

/// Infers a column's type from all of its cells, for files that come with no schema. Empty cells are null and
/// do not vote. Zero-padded cells (`007`) are codes, not numbers. In order of preference: bool (`true`/`False`…),
/// int, money (every cell an amount as `CellParsing.looseMoney` reads it, at least one with thousands
/// separators or exactly two decimals), float, date (`YYYY-MM-DD`, BE or CE), else text. A column with a whole
/// number or amount too large for int and money (`CellParsing.isExactNumberTooLarge`) is text, never a float that
/// would lose its last digits.
struct TypeInference {
    private var canBool = true
    private var canInt = true
    private var canMoney = true
    private var looksLikeMoney = false
    private var canFloat = true
    private var canDate = true
    private var tooLargeForExact = false
    private var sawValue = false

    mutating func observe(_ cell: UnsafeBufferPointer<UInt8>) {
        guard !cell.isEmpty else { return }
        sawValue = true
        if canBool { canBool = CellParsing.bool(cell) != nil }
        if CellParsing.isZeroPadded(cell) { (canInt, canMoney, canFloat) = (false, false, false) }
        if canInt { canInt = CellParsing.int(cell) != nil }
        if canMoney {
            canMoney = CellParsing.looseMoney(cell) != nil
            if canMoney && !looksLikeMoney {
                let comma = cell.contains(UInt8(ascii: ","))
                let twoDecimals = cell.count >= 3 && cell[cell.count - 3] == UInt8(ascii: ".")
                looksLikeMoney = comma || twoDecimals
            }
        }
        if canFloat {
            canFloat = CellParsing.float(cell) != nil
            if canFloat && !canInt && !tooLargeForExact { tooLargeForExact = CellParsing.isExactNumberTooLarge(cell) }
        }
        if canDate { canDate = Day.parse(cell) != nil }
    }

    /// The inferred type.
    var type: DataType {
        guard sawValue else { return .text }
        if canBool { return .bool }
        if canInt { return .int }
        if canMoney && looksLikeMoney { return .money }
        if canFloat && !tooLargeForExact { return .float }
        if canDate { return .date }
        return .text
    }
}
