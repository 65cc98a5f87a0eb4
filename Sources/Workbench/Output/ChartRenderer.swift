import PlanModel
import PlanQuery
import TextWidth

/// Draws `chart bar|line VALUE by LABEL` in text, one row a label, labels aligned by display width.
///
/// A bar chart draws each value as a bar from an axis `│`: positive values as `█` to its right, negative ones
/// as `░` to its left, so a shortfall cannot be taken for a surplus. A line chart draws each value as a point `●`
/// across the range from the smallest value to the largest, joined to the previous row's point, so that the
/// rows read downwards as a line over time.
///
/// A bar chart of a percentage (`…_pct`) from a table that also has `target_pct` (as `progress(Q2)` and the
/// reports do) marks each row's target with `┃` on the same scale, and says so under the chart.
public enum ChartRenderer {
    /// The longest bar, or the width of a line chart's range, in columns.
    public static let barWidth = 40

    /// The chart as lines of text; rows whose value is null or not a number are left out.
    public static func render(_ kind: ChartKind, _ table: Table, value: String, label: String) -> String {
        let rows = points(table, value: value, label: label)
        guard !rows.isEmpty else { return "" }
        switch kind {
        case .bar: return bar(rows, marked: rows.contains { $0.target != nil })
        case .line: return line(rows)
        }
    }

    private struct Point {
        var label: String
        var amount: Double
        var text: String
        /// The row's target on the value's scale, when the chart marks one.
        var target: Double?
    }

    /// The column holding each row's target for `value`, if the chart marks one.
    static func targetColumn(_ table: Table, value: String) -> Column? {
        guard value.hasSuffix("_pct"), value != "target_pct", let column = table.column("target_pct"),
            [.float, .percent, .int].contains(column.type)
        else { return nil }
        return column
    }

    private static func points(_ table: Table, value: String, label: String) -> [Point] {
        guard let v = table.column(value), let l = table.column(label) else { return [] }
        let targets = targetColumn(table, value: value)
        var rows: [Point] = []
        for r in 0..<table.rowCount {
            let amount: Double
            switch v[r] {
            case .int(let i): amount = Double(i)
            case .money(let m): amount = m.baht
            case .float(let d) where d.isFinite, .percent(let d) where d.isFinite: amount = d
            default: continue
            }
            let target: Double? =
                switch targets?[r] {
                case .float(let d)? where d.isFinite, .percent(let d)? where d.isFinite: d
                case .int(let i)?: Double(i)
                default: nil
                }
            rows.append(
                Point(
                    label: TableRenderer.cellText(l[r]).truncated(toWidth: 30), amount: amount,
                    text: TableRenderer.cellText(v[r]), target: target))
        }
        return rows
    }

    /// Bars from one axis: the columns left of it are shared by the negative values, those right of it by the
    /// positive ones, on one scale; a positive target is drawn as `┃` at its place, over the bar or beyond it.
    private static func bar(_ rows: [Point], marked: Bool) -> String {
        let targets = rows.compactMap(\.target)
        let lowest = min(rows.map(\.amount).min() ?? 0, 0)
        let highest = max(rows.map(\.amount).max() ?? 0, targets.max() ?? 0, 0)
        let span = highest - lowest
        let scale = span > 0 ? Double(barWidth) / span : 0
        let left = Int((-lowest * scale).rounded())
        let labelWidth = rows.map { $0.label.displayWidth }.max() ?? 0
        let lines = rows.map { row in
            let n = Int((abs(row.amount) * scale).rounded())
            let head = row.label.padded(to: labelWidth) + " "
            if row.amount < 0 {
                return head + String(repeating: " ", count: left - n) + String(repeating: "░", count: n) + "│ "
                    + row.text
            }
            var cells = [Character](repeating: "█", count: n)
            if let target = row.target, target > 0 {
                let at = max(1, Int((target * scale).rounded())) - 1
                if at >= cells.count { cells += [Character](repeating: " ", count: at - cells.count + 1) }
                cells[at] = "┃"
            }
            return head + String(repeating: " ", count: left) + "│" + String(cells) + " " + row.text
        }
        guard marked else { return lines.joined(separator: "\n") }
        return (lines + [String(repeating: " ", count: labelWidth + 1 + left) + "┃ target_pct"]).joined(separator: "\n")
    }

    /// Points across the values' range, each joined to the one above by `╭─`/`─╮` … `╰─`/`─╯`.
    private static func line(_ rows: [Point]) -> String {
        let lowest = rows.map(\.amount).min() ?? 0
        let highest = rows.map(\.amount).max() ?? 0
        let span = highest - lowest
        let labelWidth = rows.map { $0.label.displayWidth }.max() ?? 0
        var previous: Int?
        return rows.map { row in
            let at = span > 0 ? Int(((row.amount - lowest) / span * Double(barWidth)).rounded()) : 0
            var cells = [Character](repeating: " ", count: barWidth + 1)
            if let from = previous, from != at {
                for c in min(from, at)...max(from, at) { cells[c] = "─" }
                cells[from] = from < at ? "╰" : "╯"
            }
            cells[at] = "●"
            previous = at
            return row.label.padded(to: labelWidth) + " │" + String(cells) + " " + row.text
        }.joined(separator: "\n")
    }
}
