import PlanModel
import PlanSim

/// The tables that `tables`, `describe`, `set`, `history` and `simulate` show.
extension Session {
    func tablesListing() -> Table {
        var name = ColumnBuilder(type: .text), kind = ColumnBuilder(type: .text)
        var rows = ColumnBuilder(type: .int), cols = ColumnBuilder(type: .int)
        for n in workspace.tableNames {
            guard let t = workspace.table(named: n) else { continue }
            name.appendText(n)
            kind.appendText(
                workspace.bindings[n] != nil ? "let" : workspace.userTables[n] != nil ? "file" : "plan")
            rows.append(.int(Int64(t.rowCount)))
            cols.append(.int(Int64(t.columns.count)))
        }
        return Table(name: "tables", columnNames: ["table", "kind", "rows", "columns"],
                     columns: [name.build(), kind.build(), rows.build(), cols.build()])
    }

    static func describe(_ table: Table) -> Table {
        var name = ColumnBuilder(type: .text), type = ColumnBuilder(type: .text)
        var nulls = ColumnBuilder(type: .int), links = ColumnBuilder(type: .text)
        for (i, column) in table.columns.enumerated() {
            let n = table.columnNames[i]
            name.appendText(n)
            type.appendText(column.type.rawValue)
            nulls.append(.int(Int64(column.nulls?.lazy.filter { $0 }.count ?? 0)))
            if let r = table.relation(from: n) { links.appendText("→ \(r.target)") } else { links.appendNull() }
        }
        return Table(name: "describe \(table.name)", columnNames: ["column", "type", "nulls", "links"],
                     columns: [name.build(), type.build(), nulls.build(), links.build()])
    }

    func settingsListing() -> Table {
        var name = ColumnBuilder(type: .text), value = ColumnBuilder(type: .text), values = ColumnBuilder(type: .text)
        for (option, current) in settings.listing {
            name.appendText(option)
            value.appendText(current)
            values.appendText(Settings.options.first { $0.name == option }?.values ?? "")
        }
        return Table(name: "set", columnNames: ["option", "value", "choices"],
                     columns: [name.build(), value.build(), values.build()])
    }

    func historyListing() -> Table {
        var n = ColumnBuilder(type: .int), text = ColumnBuilder(type: .text)
        for (i, s) in ran.enumerated() {
            n.append(.int(Int64(i + 1)))
            text.appendText(s)
        }
        return Table(name: "history", columnNames: ["n", "statement"], columns: [n.build(), text.build()])
    }

    static func loadedSummary(_ plan: Plan) -> String {
        let counts = PlanSchema.tables.compactMap { spec in
            plan.tables[spec.name].map { "\($0.rowCount) \(spec.name)" }
        }.joined(separator: ", ")
        return "loaded \(plan.office), fiscal year \(plan.fiscalYear.buddhistEra): \(counts)"
    }

    static func loadedSummaryThai(_ plan: Plan) -> String {
        let counts = PlanSchema.tables.compactMap { spec in
            plan.tables[spec.name].map { "\(spec.name) \($0.rowCount)" }
        }.joined(separator: ", ")
        return "โหลด \(plan.office) ปีงบประมาณ \(plan.fiscalYear.buddhistEra) แล้ว: \(counts)"
    }

    /// The simulation's result, its section headings in the language of the session.
    static func simulationReport(_ result: SimulationResult, _ o: SimulationOptions, thai: Bool) -> Report {
        Report(
            title: "Simulation from Q\(o.fromQuarter): \(o.runs) runs, seed \(o.seed)",
            thaiTitle: "การจำลองจากไตรมาส \(o.fromQuarter): \(o.runs) รอบ seed \(o.seed)",
            facts: [],
            sections: [
                (thai ? "รายไตรมาส (simulation)" : "by quarter (simulation)", result.byQuarter),
                (thai ? "รายโครงการ (simulation_projects)" : "by project (simulation_projects)", result.byProject),
            ])
    }
}
