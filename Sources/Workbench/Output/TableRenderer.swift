import PlanModel
import TextWidth

/// Draws a table as aligned text for a terminal: widths in display columns (Thai marks take none), numbers
/// right-aligned, money with thousands separators, long results cut with "… N more rows".
public enum TableRenderer {
    /// The widest a cell is drawn before it is cut with `…`.
    public static let maxCellWidth = 48

    /// The text of one cell as shown in a table.
    public static func cellText(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .int(let v): return grouped(v)
        case .money(let m): return m.description
        case .float(let d): return formatFloat(d)
        case .percent(let p): return formatFloat(p) + (p.isFinite ? "%" : "")
        case .date(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        case .text(let s): return s.replacingOccurrences(of: "\n", with: " ")
        }
    }

    /// An integer with thousands separators for 5 digits or more (years and codes stay readable).
    static func grouped(_ v: Int64) -> String {
        v.magnitude < 10_000 ? String(v) : DigitGrouping.grouped(v)
    }

    /// A float with two decimals (percentages, ratios); NaN and infinities spelt out.
    public static func formatFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-∞" : "∞" }
        let scaled = (d * 100).rounded()
        guard abs(scaled) < 9e17 else { return String(d) }
        let cents = Int64(scaled)
        let whole = grouped(cents.magnitude == 0 ? 0 : Int64(cents.magnitude / 100))
        let frac = cents.magnitude % 100
        let sign = cents < 0 ? "-" : ""
        return sign + whole + (frac < 10 ? ".0\(frac)" : ".\(frac)")
    }

    /// The table as lines of text. `rowLimit` 0 shows all rows. Given a `width` (a terminal's), it is fitted to
    /// it as `wide` says (see `TableLayout`); `colour` draws headers in bold and negative numbers in red.
    public static func render(
        _ table: Table, rowLimit: Int, language: Settings.Language, width: Int? = nil, wide: Settings.Wide = .auto,
        colour: Bool = false
    ) -> String {
        let shown = rowLimit > 0 ? min(rowLimit, table.rowCount) : table.rowCount
        guard !table.columns.isEmpty else {
            return language == .th ? "(ไม่มีคอลัมน์)" : "(no columns)"
        }
        var out = TableLayout(table, rows: shown, colour: colour).lines(fitting: width, wide: wide, language: language)
        let hidden = table.rowCount - shown
        if hidden > 0 {
            out.append(language == .th ? "… อีก \(grouped(Int64(hidden))) แถว" : "… \(grouped(Int64(hidden))) more rows")
        } else if table.rowCount == 0 {
            out.append(language == .th ? "(ไม่มีแถว)" : "(no rows)")
        }
        return out.joined(separator: "\n")
    }

    /// The table as a GitHub-flavoured Markdown table (all rows).
    public static func markdown(_ table: Table) -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = ["| " + table.columnNames.map(esc).joined(separator: " | ") + " |"]
        out.append("|" + table.columns.map { $0.type.isNumber ? "---:|" : "---|" }.joined())
        for r in 0..<table.rowCount {
            out.append("| " + table.columns.map { esc(cellText($0[r])) }.joined(separator: " | ") + " |")
        }
        return out.joined(separator: "\n")
    }
}
