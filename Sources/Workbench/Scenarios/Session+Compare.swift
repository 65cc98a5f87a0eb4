import PlanModel
import PlanQuery
import PlanSim

extension Session {
    /// `compare A, B, … on PIPELINE`: the pipeline in each scenario, side by side. Rows are matched on the
    /// columns that are not numbers (code, name, …); each number column `c` (percentages and money included)
    /// gives `A_c`, `B_c`, … and `diff_c` (the last scenario minus the first; with more than two, `diff_B_c` …
    /// against the first). The result is kept as the table `comparison`, and shown with a chart of one column
    /// (`ComparisonChart`).
    func compare(_ names: [(String, SourceRange)], _ pipeline: Pipeline, _ workspace: inout Workspace) throws
        -> StatementOutput
    {
        var results: [Table] = []
        for (name, range) in names {
            results.append(
                try inScenario(name, at: range, &workspace) { workspace in
                    try evaluate(pipeline, in: workspace).table
                })
        }
        let scenarios = names.map(\.0)
        let table = try Self.sideBySide(scenarios, results)
        workspace.name(table, as: "comparison", binding: true)
        let th = settings.language == .th
        var sections: [(title: String, table: Table)] = [(th ? "ตารางเปรียบเทียบ (comparison)" : "comparison", table)]
        if let column = ComparisonChart.chartedColumn(results[0]) {
            let keys = results[0].columns.indices.filter { !results[0].columns[$0].type.isNumber }
                .map { results[0].columnNames[$0] }
            sections.append(
                (
                    th ? "แผนภูมิ: \(column) ในแต่ละฉากทัศน์" : "chart: \(column) in each scenario",
                    ComparisonChart.table(table, scenarios: scenarios, column: column, keys: keys)
                ))
        }
        let list = scenarios.joined(separator: ", ")
        return .report(
            Report(
                title: "compare \(list)", thaiTitle: "เปรียบเทียบฉากทัศน์ \(list)", facts: [], sections: sections,
                language: th ? .th : .en, result: table))
    }

    static func sideBySide(_ names: [String], _ tables: [Table]) throws -> Table {
        let first = tables[0]
        let keys = first.columns.indices.filter { !first.columns[$0].type.isNumber }
        let values = first.columns.indices.filter { first.columns[$0].type.isNumber }
        func key(_ table: Table, _ row: Int) -> String {
            keys.map { k in table.column(first.columnNames[k]).map { "\($0[row])" } ?? "" }.joined(separator: "\u{1F}")
        }
        let rowMaps: [[String: Int]] = tables.map { table in
            var map: [String: Int] = [:]
            for row in 0..<table.rowCount where map[key(table, row)] == nil { map[key(table, row)] = row }
            return map
        }
        let firstKeys = (0..<first.rowCount).map { key(first, $0) }
        var columnNames: [String] = []
        var columns: [Column] = []
        for k in keys {
            columnNames.append(first.columnNames[k])
            columns.append(first.columns[k])
        }
        for v in values {
            let column = first.columnNames[v]
            let type = first.columns[v].type
            var perScenario: [[Value]] = []
            for (s, table) in tables.enumerated() {
                let source = table.column(column)
                perScenario.append(
                    firstKeys.map { k in
                        guard let row = rowMaps[s][k], let source else { return .null }
                        return source[row]
                    })
                var builder = ColumnBuilder(type: type)
                for value in perScenario[s] { builder.append(value) }
                columnNames.append("\(names[s])_\(column)")
                columns.append(builder.build())
            }
            for s in 1..<tables.count {
                var builder = ColumnBuilder(type: type)
                for row in 0..<firstKeys.count {
                    builder.append(try difference(perScenario[s][row], perScenario[0][row]))
                }
                columnNames.append(tables.count == 2 ? "diff_\(column)" : "diff_\(names[s])_\(column)")
                columns.append(builder.build())
            }
        }
        return Table(name: "comparison", columnNames: columnNames, columns: columns)
    }

    /// `a − b` for two numbers of one type (null when either is); money exact and overflow checked.
    static func difference(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.money(let x), .money(let y)):
            guard let d = x.subtracting(y) else { throw Diagnostic.moneyOverflowInComparison }
            return .money(d)
        case (.int(let x), .int(let y)):
            let (d, overflow) = x.subtractingReportingOverflow(y)
            if overflow { throw Diagnostic.moneyOverflowInComparison }
            return .int(d)
        case (.float(let x), .float(let y)):
            return .float(((x - y) * 1e6).rounded() / 1e6)
        case (.percent(let x), .percent(let y)):
            return .percent(((x - y) * 1e6).rounded() / 1e6)
        default:
            return .null
        }
    }
}

extension Diagnostic {
    static let moneyOverflowInComparison = Diagnostic(
        message: "a difference is too large to hold exactly", thai: "ผลต่างมีค่ามากเกินกว่าจะเก็บได้อย่างถูกต้อง")
}
