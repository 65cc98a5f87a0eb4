import PlanModel
import PlanSim

/// `compare`'s chart: for each row of the comparison, one bar a scenario of the column it charts, on one scale,
/// so that what a scenario changes shows at a glance beside the table of differences.
enum ComparisonChart {
    /// The longest bar, in characters.
    static let width = 30

    /// The column of `first` (a table as compared, before its columns were spread out per scenario) that the
    /// chart draws: the first percentage, else the first amount of money, else the first number.
    static func chartedColumn(_ first: Table) -> String? {
        for wanted: [DataType] in [[.percent], [.money], [.int, .float]] {
            if let k = first.columns.indices.first(where: { wanted.contains(first.columns[$0].type) }) {
                return first.columnNames[k]
            }
        }
        return nil
    }

    /// The chart as a table: the row's label (on its first line), the scenario, the bar and the value. A `total`
    /// row is left out, as the report's charts leave it: it would set the scale for all the others.
    static func table(_ comparison: Table, scenarios: [String], column: String, keys: [String]) -> Table {
        let rows = (0..<comparison.rowCount).filter { comparison.columns.first?[$0] != .text("total") }
        let columns = scenarios.map { comparison.column("\($0)_\(column)") }
        func amount(_ v: Value) -> Double? {
            switch v {
            case .int(let i): Double(i)
            case .money(let m): m.baht
            case .float(let d) where d.isFinite, .percent(let d) where d.isFinite: d
            default: nil
            }
        }
        var largest = 0.0
        for case let column? in columns {
            for row in rows { largest = max(largest, abs(amount(column[row]) ?? 0)) }
        }
        var label = ColumnBuilder(type: .text)
        var scenario = ColumnBuilder(type: .text)
        var bar = ColumnBuilder(type: .text)
        var value = ColumnBuilder(type: .text)
        for row in rows {
            let name = keys.compactMap { comparison.column($0).map { TableRenderer.cellText($0[row]) } }
                .joined(separator: " ")
            for (s, column) in columns.enumerated() {
                let v = column?[row] ?? .null
                let x = amount(v) ?? 0
                let n = largest > 0 ? Int((abs(x) / largest * Double(width)).rounded()) : 0
                label.appendText(s == 0 ? name : "")
                scenario.appendText(scenarios[s])
                bar.appendText(String(repeating: x < 0 ? "░" : "█", count: n))
                value.appendText(TableRenderer.cellText(v))
            }
        }
        return Table(
            name: "comparison_chart", columnNames: ["row", "scenario", column, "value"],
            columns: [label.build(), scenario.build(), bar.build(), value.build()])
    }
}
