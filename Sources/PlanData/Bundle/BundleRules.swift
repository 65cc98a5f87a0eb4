import PlanModel

/// The data contract's rules over a bundle's tables once read: unique codes, links that resolve (which become
/// the model's `Relation`s), canonical enumerations, quarterly plans that add up, budgets that match their
/// activities, payments and transfers that are positive and inside the fiscal year, transfers that a project's
/// budget covers, quarters 1–4.
enum BundleRules {
    /// Checks every rule, reporting each violation at its cell, and returns each table's resolved relations.
    /// Dates are checked against the fiscal year only when it is known.
    static func apply(_ tables: inout [String: BundleTable], fiscalYear: FiscalYear?, sink: inout DiagnosticSink)
        -> [String: [Relation]]
    {
        var keyRows: [String: [String: Int32]] = [:]
        for spec in PlanSchema.tables {
            guard let table = tables[spec.name], let key = spec.key else { continue }
            keyRows[spec.name] = uniqueKeys(table, key: key, sink: &sink)
        }
        var relations: [String: [Relation]] = [:]
        for spec in PlanSchema.tables {
            guard let table = tables[spec.name] else { continue }
            for column in spec.columns {
                guard let target = column.references, let rows = keyRows[target], let targetTable = tables[target]
                else { continue }
                relations[spec.name, default: []].append(
                    resolve(
                        table, column: column.name, target: target, rows: rows, targetFile: targetTable.file,
                        sink: &sink))
            }
        }
        canonicalize(&tables, "projects", "source", aliases: PlanSchema.sourceAliases, fallback: nil, sink: &sink)
        canonicalize(
            &tables, "activities", "expense_type", aliases: PlanSchema.expenseTypeAliases, fallback: nil, sink: &sink)
        canonicalize(
            &tables, "disbursements", "kind", aliases: PlanSchema.kindAliases, fallback: "disbursement",
            sink: &sink)
        for name in ["projects", "activities"] {
            if let table = tables[name] { checkQuarterlyPlans(table, sink: &sink) }
        }
        if let projects = tables["projects"], let activities = tables["activities"],
            let link = relations["activities"]?.first(where: { $0.column == "project" })
        {
            checkBudgetsMatchActivities(projects, activities, link: link, sink: &sink)
        }
        if let disbursements = tables["disbursements"] {
            checkPayments(disbursements, fiscalYear: fiscalYear, sink: &sink)
            if let links = relations["disbursements"], let activities = tables["activities"],
                let activityProject = relations["activities"]?.first(where: { $0.column == "project" })
            {
                checkActivityProjects(
                    disbursements, links: links, activities: activities,
                    activityProject: activityProject, sink: &sink)
            }
        }
        for name in ["results", "notes"] {
            if let table = tables[name] { checkQuarters(table, sink: &sink) }
        }
        if let transfers = tables["transfers"], let projects = tables["projects"] {
            checkPayments(transfers, fiscalYear: fiscalYear, sink: &sink)
            TransferRules.check(transfers, projects: projects, projectRows: keyRows["projects"] ?? [:], sink: &sink)
        }
        return relations
    }

    /// Each key's row; a repeated key is reported where it repeats.
    private static func uniqueKeys(_ table: BundleTable, key: String, sink: inout DiagnosticSink) -> [String: Int32] {
        guard case .text(let codes, let dictionary)? = table.column(key)?.storage else { return [:] }
        var firstRow = [Int32](repeating: -1, count: dictionary.count)
        for (row, code) in codes.enumerated() where code >= 0 {
            if firstRow[Int(code)] < 0 {
                firstRow[Int(code)] = Int32(row)
            } else {
                let first = table.locator.locate(row: Int(firstRow[Int(code)]), field: 0).line
                let value = dictionary[Int(code)]
                sink.add(
                    table.diagnostic(
                        row: row, column: key, "duplicate \(key) `\(value)` (first on line \(first))",
                        thai: "รหัส \(value) ซ้ำ (พบครั้งแรกที่บรรทัด \(first))"))
            }
        }
        var rows: [String: Int32] = [:]
        for (code, value) in dictionary.enumerated() where firstRow[code] >= 0 { rows[value] = firstRow[code] }
        return rows
    }

    /// The relation from `column` to `target`, reporting every value that names no row there.
    private static func resolve(
        _ table: BundleTable, column: String, target: String, rows: [String: Int32], targetFile: String,
        sink: inout DiagnosticSink
    ) -> Relation {
        guard case .text(let codes, let dictionary)? = table.column(column)?.storage else {
            return Relation(column: column, target: target, targetRows: [])
        }
        let byCode = dictionary.map { rows[$0] ?? -1 }
        var targetRows = [Int32](repeating: -1, count: codes.count)
        for (row, code) in codes.enumerated() where code >= 0 {
            let t = byCode[Int(code)]
            targetRows[row] = t
            if t < 0 {
                let value = dictionary[Int(code)]
                sink.add(
                    table.diagnostic(
                        row: row, column: column, "unknown \(column) `\(value)`: no such code in \(targetFile)",
                        thai: "ไม่พบรหัส \(value) ใน \(targetFile)"))
            }
        }
        return Relation(column: column, target: target, targetRows: targetRows)
    }

    /// Rewrites an enumeration column to its canonical values (`พื้นฐาน` → `basic`), filling empty cells with
    /// `fallback` and reporting values that are not accepted. The codes are rewritten in place: the column is
    /// taken out of its table first, so that nothing else holds them.
    private static func canonicalize(
        _ tables: inout [String: BundleTable], _ name: String, _ column: String, aliases: [String: String],
        fallback: String?, sink: inout DiagnosticSink
    ) {
        guard var table = tables.removeValue(forKey: name) else { return }
        defer { tables[name] = table }
        guard let storage = table.column(column)?.storage, case .text = storage else { return }
        table.replace(column, with: Column(.bool([])))
        guard case .text(var codes, let dictionary) = consume storage else { return }
        var canonical: [String] = []
        func code(of value: String) -> Int32 {
            if let i = canonical.firstIndex(of: value) { return Int32(i) }
            canonical.append(value)
            return Int32(canonical.count - 1)
        }
        let mapped = dictionary.map { aliases[$0].map(code(of:)) ?? -1 }
        let fallbackCode = fallback.map(code(of:)) ?? -1
        let accepted = Set(aliases.values).sorted().joined(separator: ", ")
        var anyNull = false
        for row in codes.indices {
            let c = codes[row]
            if c < 0 {
                codes[row] = fallbackCode
            } else if mapped[Int(c)] >= 0 {
                codes[row] = mapped[Int(c)]
            } else {
                codes[row] = -1
                let value = dictionary[Int(c)]
                sink.add(
                    table.diagnostic(
                        row: row, column: column, "unknown \(column) `\(value)` (expected one of: \(accepted))",
                        thai: "ค่า \(column) `\(value)` ไม่ถูกต้อง (ใช้ได้: \(accepted))"))
            }
            anyNull = anyNull || codes[row] < 0
        }
        let nulls = anyNull ? codes.map { $0 < 0 } : nil
        table.replace(column, with: Column(.text(codes: codes, dictionary: canonical), nulls: nulls))
    }

    private static func money(_ table: BundleTable, _ name: String) -> (values: [Int64], column: Column)? {
        guard let column = table.column(name), case .money(let values) = column.storage else { return nil }
        return (values, column)
    }

    /// plan_q1..plan_q4, where any is given, must add up to the budget. Sums are checked: one past the largest
    /// amount is reported at its row, never wrapped round to a wrong total.
    private static func checkQuarterlyPlans(_ table: BundleTable, sink: inout DiagnosticSink) {
        guard let budget = money(table, "budget") else { return }
        let quarters = (1...4).compactMap { money(table, "plan_q\($0)") }
        guard quarters.count == 4 else { return }
        rows: for row in 0..<table.rowCount where !budget.column.isNull(row) {
            var sum: Int64 = 0
            var any = false
            for (q, quarter) in zip(1..., quarters) where !quarter.column.isNull(row) {
                any = true
                let (total, overflow) = sum.addingReportingOverflow(quarter.values[row])
                if overflow {
                    sink.add(
                        table.diagnostic(
                            row: row, column: "plan_q\(q)",
                            "plan_q1..plan_q\(q) add up to more than the largest amount, \(Money(satang: .max))",
                            thai: "แผนรายไตรมาสรวมกันเกินจำนวนเงินสูงสุด \(Money(satang: .max))"))
                    continue rows
                }
                sum = total
            }
            guard any, sum != budget.values[row] else { continue }
            let total = Money(satang: sum)
            let stated = Money(satang: budget.values[row])
            sink.add(
                table.diagnostic(
                    row: row, column: "budget", "plan_q1..plan_q4 add up to \(total), not the budget \(stated)",
                    thai: "แผนรายไตรมาสรวม \(total) ไม่เท่ากับงบประมาณ \(stated)"))
        }
    }

    /// A project with activities must have a budget equal to the sum of theirs.
    private static func checkBudgetsMatchActivities(
        _ projects: BundleTable, _ activities: BundleTable, link: Relation, sink: inout DiagnosticSink
    ) {
        guard let budget = money(projects, "budget"), let activityBudget = money(activities, "budget") else { return }
        var sums = [Int64](repeating: 0, count: projects.rowCount)
        var has = [Bool](repeating: false, count: projects.rowCount)
        var overflowed = [Bool](repeating: false, count: projects.rowCount)
        for (row, project) in link.targetRows.enumerated() where project >= 0 && !overflowed[Int(project)] {
            let p = Int(project)
            let (total, overflow) = sums[p].addingReportingOverflow(activityBudget.values[row])
            sums[p] = total
            has[p] = true
            if overflow {
                overflowed[p] = true
                has[p] = false
                sink.add(
                    activities.diagnostic(
                        row: row, column: "budget",
                        "the project's activities up to this one add up to more than the largest amount,"
                            + " \(Money(satang: .max))",
                        thai: "งบของกิจกรรมในโครงการนี้รวมกันถึงแถวนี้เกินจำนวนเงินสูงสุด \(Money(satang: .max))"))
            }
        }
        for row in 0..<projects.rowCount where has[row] && !budget.column.isNull(row) && sums[row] != budget.values[row]
        {
            let total = Money(satang: sums[row])
            let stated = Money(satang: budget.values[row])
            sink.add(
                projects.diagnostic(
                    row: row, column: "budget",
                    "the budget \(stated) is not the sum of the project's activities, \(total)",
                    thai: "งบประมาณ \(stated) ไม่เท่ากับผลรวมงบของกิจกรรม \(total)"))
        }
    }

    /// Amounts above zero, dates inside the fiscal year.
    private static func checkPayments(_ table: BundleTable, fiscalYear: FiscalYear?, sink: inout DiagnosticSink) {
        if let amount = money(table, "amount") {
            for (row, satang) in amount.values.enumerated() where satang <= 0 && !amount.column.isNull(row) {
                sink.add(
                    table.diagnostic(
                        row: row, column: "amount", "the amount \(Money(satang: satang)) is not above zero",
                        thai: "จำนวนเงิน \(Money(satang: satang)) ต้องมากกว่าศูนย์"))
            }
        }
        if let fiscalYear, let column = table.column("date"), case .date(let days) = column.storage {
            let (start, end) = (fiscalYear.start.ordinal, fiscalYear.end.ordinal)
            let span = "\(Self.buddhistISO(fiscalYear.start)) to \(Self.buddhistISO(fiscalYear.end))"
            for (row, day) in days.enumerated() where (day < start || day > end) && !column.isNull(row) {
                let d = Day(ordinal: day)
                sink.add(
                    table.diagnostic(
                        row: row, column: "date",
                        "\(Self.buddhistISO(d)) (\(d)) is outside fiscal year \(fiscalYear.buddhistEra) (\(span))",
                        thai: "วันที่ \(d.buddhistEra) อยู่นอกปีงบประมาณ \(fiscalYear.buddhistEra)"))
            }
        }
    }

    /// `2561-03-31`: a day as Thai plans write it, Buddhist Era first (the fiscal year is named in BE).
    static func buddhistISO(_ day: Day) -> String {
        let (y, m, d) = day.components
        return "\(y + BuddhistEra.offset)-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)")
    }

    /// A payment naming both a project and an activity must name the activity's own project.
    private static func checkActivityProjects(
        _ table: BundleTable, links: [Relation], activities: BundleTable, activityProject: Relation,
        sink: inout DiagnosticSink
    ) {
        guard let project = links.first(where: { $0.column == "project" }),
            let activity = links.first(where: { $0.column == "activity" }),
            case .text(let codes, let dictionary)? = activities.column("project")?.storage
        else { return }
        for row in 0..<table.rowCount {
            let a = activity.targetRows[row]
            let p = project.targetRows[row]
            guard a >= 0, p >= 0, activityProject.targetRows[Int(a)] >= 0, activityProject.targetRows[Int(a)] != p
            else { continue }
            let owner = dictionary[Int(codes[Int(a)])]
            sink.add(
                table.diagnostic(
                    row: row, column: "activity", "the activity belongs to project `\(owner)`, not this row's project",
                    thai: "กิจกรรมนี้เป็นของโครงการ \(owner) ไม่ใช่โครงการในแถวนี้"))
        }
    }

    /// Result and note quarters are 1 to 4.
    private static func checkQuarters(_ table: BundleTable, sink: inout DiagnosticSink) {
        guard let column = table.column("quarter"), case .int(let quarters) = column.storage else { return }
        for (row, q) in quarters.enumerated() where !(1...4).contains(q) && !column.isNull(row) {
            sink.add(
                table.diagnostic(
                    row: row, column: "quarter", "quarter \(q) is not 1, 2, 3 or 4",
                    thai: "ไตรมาส \(q) ต้องเป็น 1 ถึง 4"))
        }
    }
}
