import PlanModel

/// How a trainee's result differs from the model answer's: the columns, the number of rows, the order, or the
/// first row (or total) that differs, a line each. Only the result is compared, never the text typed.
struct TableDifference {
    var english: String
    var thai: String

    /// The first difference between `yours` and `expected`, or nil when they are the same table.
    static func between(_ yours: Table, _ expected: Table) -> TableDifference? {
        let missing = expected.columnNames.filter { !yours.columnNames.contains($0) }
        let extra = yours.columnNames.filter { !expected.columnNames.contains($0) }
        if !missing.isEmpty || !extra.isEmpty {
            var english: [String] = []
            var thai: [String] = []
            if !missing.isEmpty {
                english.append("missing columns: \(list(missing))")
                thai.append("ขาดคอลัมน์: \(list(missing))")
            }
            if !extra.isEmpty {
                english.append("columns not asked for: \(list(extra))")
                thai.append("คอลัมน์ที่ไม่ได้ขอ: \(list(extra))")
            }
            return TableDifference(english: english.joined(separator: "\n"), thai: thai.joined(separator: "\n"))
        }
        if yours.columnNames != expected.columnNames {
            return TableDifference(
                english: "the columns should come in this order: \(list(expected.columnNames))",
                thai: "คอลัมน์ควรเรียงเป็น \(list(expected.columnNames))")
        }
        let count = yours.rowCount
        let wanted = expected.rowCount
        if count != wanted {
            return TableDifference(
                english: "your result has \(rows(count)); the answer has \(rows(wanted))",
                thai: "ผลของคุณมี \(count) แถว แต่คำตอบมี \(wanted) แถว")
        }
        let differing = (0..<count).first { row(yours, $0) != row(expected, $0) }
        guard let differing else { return nil }
        if count > 1, Set((0..<count).map { row(yours, $0) }) == Set((0..<count).map { row(expected, $0) }) {
            return TableDifference(
                english:
                    "the rows are right but in another order (row \(differing + 1) should be \(shown(expected, differing)))",
                thai: "แถวถูกต้องแต่ลำดับต่างไป (แถวที่ \(differing + 1) ควรเป็น \(shown(expected, differing)))")
        }
        return cell(yours, expected, differing)
    }

    /// The first column of `row` whose values differ.
    private static func cell(_ yours: Table, _ expected: Table, _ row: Int) -> TableDifference {
        let column = yours.columnNames.indices.first { yours.columns[$0][row] != expected.columns[$0][row] } ?? 0
        let name = yours.columnNames[column]
        let mine = TableRenderer.cellText(yours.columns[column][row])
        let theirs = TableRenderer.cellText(expected.columns[column][row])
        let place = yours.rowCount == 1 ? "" : " in row \(row + 1)"
        let thaiPlace = yours.rowCount == 1 ? "" : " ในแถวที่ \(row + 1)"
        return TableDifference(
            english: "\(name)\(place) is \(mine), the answer has \(theirs)",
            thai: "\(name)\(thaiPlace) เป็น \(mine) แต่คำตอบเป็น \(theirs)")
    }

    private static func row(_ table: Table, _ row: Int) -> [Value] { table.columns.map { $0[row] } }

    private static func shown(_ table: Table, _ row: Int) -> String {
        table.columns.prefix(2).map { TableRenderer.cellText($0[row]) }.joined(separator: " ")
    }

    /// Up to four names, then how many more.
    private static func list(_ names: [String]) -> String {
        let shown = names.prefix(4).joined(separator: ", ")
        return names.count > 4 ? "\(shown) (+\(names.count - 4))" : shown
    }

    private static func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }
}
