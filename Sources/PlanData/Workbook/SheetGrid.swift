import Foundation
import PlanModel

/// The cells of one sheet as text, the way the loader reads them: shared and inline strings, numbers as
/// stored (with thousands separators when their format groups digits), dates as `YYYY-MM-DD` when their format
/// shows a date, booleans as `TRUE`/`FALSE`. Rows with no cell are left out; each row keeps its sheet number.
struct SheetGrid {
    /// One cell: its 1-based column and its text in `bytes`.
    struct Cell {
        var column: Int
        var start: Int
        var count: Int
    }

    /// One row: its number on the sheet and its non-empty cells, in column order.
    struct Row {
        var number: Int
        var cells: [Cell]
    }

    let name: String
    private(set) var bytes: [UInt8] = []
    private(set) var rows: [Row] = []
    /// The merged ranges (`A1:C1`).
    private(set) var merged: [String] = []
    /// Cells that cannot be read (a shared string that is not there).
    private(set) var problems: [(row: Int, column: Int, message: String, thai: String)] = []

    private init(name: String) { self.name = name }

    /// The text of a cell.
    func text(_ cell: Cell) -> String { String(decoding: bytes[cell.start..<(cell.start + cell.count)], as: UTF8.self) }

    /// Reads sheet `name` from its XML part.
    static func read(_ data: Data, name: String, workbook: XLSXWorkbook) throws(Diagnostic) -> SheetGrid {
        var grid = SheetGrid(name: name)
        var row = Row(number: 0, cells: [])
        var column = 0
        var type = ""
        var style = NumberShape.plain
        var value: String?
        try WorkbookXML.parse(
            data, part: "sheet \"\(name)\"", file: workbook.file,
            .init(
                open: { element, attributes in
                    switch element {
                    case "row":
                        row = Row(number: attributes["r"].flatMap(Int.init) ?? row.number + 1, cells: [])
                        column = 0
                    case "c":
                        column = attributes["r"].flatMap(columnNumber) ?? column + 1
                        type = attributes["t"] ?? "n"
                        let s = attributes["s"].flatMap(Int.init) ?? 0
                        style = s < workbook.cellStyles.count ? workbook.cellStyles[s] : .plain
                        value = nil
                    case "mergeCell":
                        if let ref = attributes["ref"] { grid.merged.append(ref) }
                    default: break
                    }
                },
                close: { element, text in
                    switch element {
                    case "v": value = text
                    case "t" where type == "inlineStr": value = (value ?? "") + text
                    case "c":
                        if let text = grid.cellText(
                            value, type: type, style: style, workbook: workbook, row: row.number, column: column),
                            !text.isEmpty
                        {
                            let start = grid.bytes.count
                            grid.bytes.append(contentsOf: text.utf8)
                            row.cells.append(Cell(column: column, start: start, count: grid.bytes.count - start))
                        }
                    case "row":
                        if !row.cells.isEmpty { grid.rows.append(row) }
                    default: break
                    }
                }, collectsText: { $0 == "v" || $0 == "t" }))
        return grid
    }

    /// The text the loader reads for a cell of type `type` (the `t` attribute) whose `<v>` or inline text is
    /// `value`.
    private mutating func cellText(
        _ value: String?, type: String, style: NumberShape, workbook: XLSXWorkbook, row: Int, column: Int
    ) -> String? {
        guard let value else { return nil }
        switch type {
        case "s":
            guard let i = Int(value), i >= 0, i < workbook.sharedStrings.count else {
                problems.append(
                    (
                        row, column, "the cell refers to shared string \(value), which the workbook does not have",
                        "ช่องนี้อ้างถึงข้อความที่ \(value) ซึ่งไม่มีในเวิร์กบุ๊ก"
                    ))
                return nil
            }
            return workbook.sharedStrings[i]
        case "b": return value == "1" || value == "true" ? "TRUE" : "FALSE"
        case "d": return String(value.prefix(10))
        case "n":
            let value = NumberShape.significant(value)
            switch style {
            case .date:
                guard let serial = Double(value), let day = ExcelDate.day(serial: serial, date1904: workbook.date1904)
                else { return value }
                return day.description
            case .amount: return NumberShape.grouped(value)
            case .plain: return value
            }
        default: return value
        }
    }

    /// The 1-based column of a cell reference (`B12` → 2); `nil` when it is not one.
    static func columnNumber(_ ref: String) -> Int? {
        var n = 0
        for c in ref.utf8 {
            if c >= 0x41 && c <= 0x5A {
                n = n * 26 + Int(c - 0x40)
            } else if c >= 0x61 && c <= 0x7A {
                n = n * 26 + Int(c - 0x60)
            } else {
                break
            }
            guard n <= 16_384 else { return nil }
        }
        return n > 0 ? n : nil
    }

    /// The letters of 1-based column `n` (2 → `B`).
    static func columnLetters(_ n: Int) -> String {
        var n = n
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(0x41 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// The first and last row of a range `A1:C2` (a single cell `A1` too).
    static func rows(ofRange ref: String) -> ClosedRange<Int>? {
        let parts = ref.split(separator: ":")
        func row(_ cell: Substring) -> Int? { Int(cell.drop { !$0.isNumber }) }
        guard let first = parts.first.flatMap(row) else { return nil }
        let last = parts.count > 1 ? row(parts[1]) ?? first : first
        return min(first, last)...max(first, last)
    }
}
