import LineBreaking
import PlanModel
import TextWidth

/// A table's shown rows laid out as text, at full width or fitted to a terminal's width. Fitting first narrows
/// the text columns (their cells cut with `…`); a table that still does not fit is shown as `Settings.Wide`
/// says: its columns that do not fit left out with a note, one `column │ value` record a row, or its text
/// wrapped within the columns. A number is never cut or split, and a Thai character never parted from its marks.
struct TableLayout {
    /// The narrowest a text column is made while others still do not fit (its header may keep it wider).
    static let textFloor = 16
    /// `wide auto` shows at most this many rows as records; a longer table leaves columns out instead.
    static let expandedRows = 8

    let headers: [String]
    /// The shown rows' cells, whole.
    let cells: [[String]]
    let numeric: [Bool]
    /// Whether each cell is a negative number (drawn in red when colouring).
    let negative: [[Bool]]
    let colour: Bool

    init(_ table: Table, rows: Int, colour: Bool) {
        headers = table.columnNames
        numeric = table.columns.map { $0.type.isNumber }
        var cells: [[String]] = []
        var negative: [[Bool]] = []
        cells.reserveCapacity(rows)
        for r in 0..<rows {
            cells.append(table.columns.map { TableRenderer.cellText($0[r]) })
            negative.append(table.columns.map { Self.isNegative($0[r]) })
        }
        self.cells = cells
        self.negative = negative
        self.colour = colour
    }

    static func isNegative(_ value: Value) -> Bool {
        switch value {
        case .int(let i): i < 0
        case .money(let m): m.description.hasPrefix("-")
        case .float(let d): d < 0 && (d * 100).rounded() != 0
        default: false
        }
    }

    /// Each column's width at full size: its header, or its widest cell up to `TableRenderer.maxCellWidth`.
    var naturalWidths: [Int] {
        var widths = headers.map { $0.displayWidth }
        for row in cells {
            for (c, text) in row.enumerated() {
                widths[c] = max(widths[c], min(text.displayWidth, TableRenderer.maxCellWidth))
            }
        }
        return widths
    }

    static func total(_ widths: [Int]) -> Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }

    /// The lines of the table, fitted to `width` columns when one is given.
    func lines(fitting width: Int?, wide: Settings.Wide, language: Settings.Language) -> [String] {
        let natural = naturalWidths
        guard let width, Self.total(natural) > width else { return aligned(natural) }
        if wide == .expanded { return expanded(width: width) }
        let narrowed = narrowing(natural, to: width, floor: Self.textFloor)
        if Self.total(narrowed) <= width && wide != .wrap { return aligned(narrowed) }
        switch wide {
        case .wrap:
            let wrapped = narrowing(natural, to: width, floor: 8)
            if Self.total(wrapped) <= width { return aligned(wrapped, wrapping: true) }
        case .auto where cells.count <= Self.expandedRows:
            return expanded(width: width)
        default: break
        }
        return cut(narrowed, width: width, language: language)
    }

    /// The widths with the widest text columns narrowed, one column at a time, until the table fits in `width`
    /// or no text column is wider than `floor` (or its header).
    func narrowing(_ natural: [Int], to width: Int, floor: Int) -> [Int] {
        var widths = natural
        var excess = Self.total(widths) - width
        while excess > 0 {
            let candidates = widths.indices.filter {
                !numeric[$0] && widths[$0] > max(min(natural[$0], floor), headers[$0].displayWidth)
            }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }

    /// The first columns that fit in `width`, then a note naming the ones left out.
    func cut(_ widths: [Int], width: Int, language: Settings.Language) -> [String] {
        var kept = 1
        while kept < widths.count && Self.total(Array(widths.prefix(kept + 1))) <= width { kept += 1 }
        var shown = Array(widths.prefix(kept))
        if Self.total(shown) > width && !numeric[0] { shown[0] = max(1, width) }
        let hidden = headers.count - kept
        let names = headers.suffix(hidden).joined(separator: ", ")
        let note =
            language == .th
            ? "… อีก \(hidden) คอลัมน์ (set wide expanded): \(names)"
            : "… \(hidden) more \(hidden == 1 ? "column" : "columns") (set wide expanded): \(names)"
        return aligned(shown) + LineWrapping.wrap(line: note, width: width, indent: 2)
    }

    /// The header, its rule and the rows, in `widths.count` columns of those widths: cells cut with `…` to fit,
    /// or with `wrapping`, text wrapped onto further lines of the row.
    func aligned(_ widths: [Int], wrapping: Bool = false) -> [String] {
        func line(_ texts: [String], header: Bool, negative: [Bool]?) -> String {
            var parts: [String] = []
            for (c, w) in widths.enumerated() {
                let text = texts[c].displayWidth > w ? texts[c].truncated(toWidth: w) : texts[c]
                let padded = text.padded(to: w, left: !numeric[c])
                parts.append(paint(padded, header: header, negative: negative?[c] == true))
            }
            return parts.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = [
            line(headers, header: true, negative: nil),
            widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "),
        ]
        for (r, row) in cells.enumerated() {
            guard wrapping else {
                out.append(line(row, header: false, negative: negative[r]))
                continue
            }
            let pieces = widths.indices.map { c in
                numeric[c] ? [row[c]] : LineWrapping.wrap(line: row[c], width: widths[c], indent: 0)
            }
            for k in 0..<(pieces.map(\.count).max() ?? 1) {
                out.append(line(pieces.map { k < $0.count ? $0[k] : "" }, header: false, negative: negative[r]))
            }
        }
        return out
    }

    /// One record a row: `column │ value`, values wrapped under themselves, records headed `─[ 1 ]───`.
    func expanded(width: Int) -> [String] {
        let keyWidth = min(headers.map { $0.displayWidth }.max() ?? 0, max(4, width / 3))
        let valueWidth = max(1, width - keyWidth - 3)
        var out: [String] = []
        for (r, row) in cells.enumerated() {
            let head = "─[ \(r + 1) ]"
            out.append(head + String(repeating: "─", count: max(0, min(width, keyWidth + 3 + valueWidth) - head.count)))
            for (c, text) in row.enumerated() {
                let key = paint(
                    headers[c].truncated(toWidth: keyWidth).padded(to: keyWidth), header: true, negative: false)
                let values = LineWrapping.wrap(line: text, width: valueWidth, indent: 0)
                for (k, value) in values.enumerated() {
                    let lead = k == 0 ? key : String(repeating: " ", count: keyWidth)
                    out.append(
                        (lead + " │ " + paint(value, header: false, negative: negative[r][c])).trimmingTrailingSpaces())
                }
            }
        }
        return out
    }

    /// Text in bold (a header) or red (a negative number) when colouring; as it is otherwise.
    /// Only the text between the padding is coloured, so that trailing spaces can still be trimmed.
    func paint(_ text: String, header: Bool, negative: Bool) -> String {
        guard colour, header || negative, let first = text.firstIndex(where: { $0 != " " }),
            let last = text.lastIndex(where: { $0 != " " })
        else { return text }
        let code = header ? "\u{1B}[1m" : "\u{1B}[31m"
        return text[..<first] + code + text[first...last] + "\u{1B}[0m" + text[text.index(after: last)...]
    }
}

extension String {
    /// The text without its trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
