import PlanModel
import TextWidth

/// Draws `chart bar VALUE by LABEL` as a horizontal bar chart in text, labels aligned by display width.
public enum ChartRenderer {
    /// The longest bar, in columns.
    public static let barWidth = 40

    /// The chart as lines of text; rows whose value is null or not a number are left out.
    public static func bar(_ table: Table, value: String, label: String) -> String {
        guard let v = table.column(value), let l = table.column(label) else { return "" }
        var rows: [(String, Double, String)] = []
        for r in 0..<table.rowCount {
            let amount: Double
            switch v[r] {
            case .int(let i): amount = Double(i)
            case .money(let m): amount = m.baht
            case .float(let d) where d.isFinite: amount = d
            default: continue
            }
            rows.append((TableRenderer.cellText(l[r]).truncated(toWidth: 30), amount, TableRenderer.cellText(v[r])))
        }
        let top = rows.map { abs($0.1) }.max() ?? 0
        let labelWidth = rows.map { $0.0.displayWidth }.max() ?? 0
        return rows.map { name, amount, text in
            let n = top > 0 ? Int((abs(amount) / top * Double(barWidth)).rounded()) : 0
            return name.padded(to: labelWidth) + " │" + String(repeating: "█", count: n) + " " + text
        }.joined(separator: "\n")
    }
}
