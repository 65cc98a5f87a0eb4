import PlanModel

/// The cumulative 3/6/9/12-month report on the plan (`domain/SEED-EN.md`: the office reports every quarter,
/// cumulative from 1 October, due on the 15th of the month after the quarter), with the columns Thai forms show
/// (`domain/REPORT-FORMS.md`), written in one language.
public enum QuarterlyReport {
    /// The report for quarter `q` (1–4) as of the quarter's last day, in `language`.
    ///
    /// Facts: office, fiscal year, months covered, as-of and due dates (Buddhist Era), the cumulative target.
    /// Sections: roll-ups by source, strategy and responsible group (`ReportRollup`), by expense type (each
    /// against its own target when the plan states one), one line per project (ที่, code, name, strategy, group,
    /// allocated, transfers in and out, budget after transfers, obligated, disbursed, used, remaining, % disbursed
    /// and % used of the budget after transfers, the target, % activities done, each indicator's target and
    /// result, status, problems and suggestions), each indicator, and the month-by-month cumulative curve. The
    /// 12-month report adds indicators met by strategy and a summary in words (`YearEndSummary`).
    public static func make(_ plan: Plan, quarter q: Int, language: ReportLanguage = .en) throws -> Report {
        let f = try ReportFigures(plan, quarter: q)
        let l = language
        let year = plan.fiscalYear
        let months = FiscalYear.reportMonths(quarter: q)
        let asOf = year.endOf(quarter: q)
        let due = year.reportDue(quarter: q)
        let facts: [(String, String)] = [
            (l.pick("Office", "หน่วยงาน"), plan.office),
            (l.pick("Fiscal year", "ปีงบประมาณ"), "\(year.buddhistEra)"),
            (
                l.pick("Period", "ระยะเวลา"),
                l.pick("\(months) months", "\(months) เดือน") + ": "
                    + "\(ThaiDate.written(year.start, l)) – \(ThaiDate.written(asOf, l))"
            ),
            (l.pick("As of", "ข้อมูล ณ วันที่"), ThaiDate.written(asOf, l)),
            (l.pick("Due", "กำหนดส่ง"), ThaiDate.written(due, l)),
            (
                l.pick("Cumulative disbursement target", "เป้าหมายการเบิกจ่ายสะสม"),
                "\(String(format2: f.progress.target))%"
            ),
        ]
        let strategyNames = Dictionary(
            zip(PlanIndex.texts(f.progress.strategies, "code"), PlanIndex.texts(f.progress.strategies, "name"))
                .compactMap { code, name in code.map { ($0, name) } }, uniquingKeysWith: { a, _ in a })
        let strategyOrder = PlanIndex.texts(f.progress.strategies, "code").compactMap { $0 }
        let sourceNames = [
            "basic": l.pick("Basic-necessity budget", "งบประมาณตามความจำเป็นพื้นฐาน"),
            "strategic": l.pick("Strategy-effectiveness budget", "งบประมาณเพิ่มประสิทธิผลกลยุทธ์"),
        ]
        let none = l.pick("(not stated)", "(ไม่ระบุ)")
        var sections: [(title: String, table: Table)] = [
            (
                l.pick("Summary by budget source", "สรุปตามประเภทงบประมาณ"),
                try ReportRollup.by(f.index.projectSource, first: ["basic", "strategic"]) { sourceNames[$0] ?? $0 }
                    .table(f, keyColumn: "source", name: "report_sources", language: l)
            ),
            (
                l.pick("By strategy", "ตามกลยุทธ์"),
                try ReportRollup.by(f.index.projectStrategy, first: strategyOrder) { strategyNames[$0] ?? nil }
                    .table(f, keyColumn: "strategy", name: "report_strategies", language: l)
            ),
            (
                l.pick("By responsible group", "ตามกลุ่มผู้รับผิดชอบ"),
                try ReportRollup.by(f.index.projectOwner.map { $0 ?? none }, names: nil)
                    .table(f, keyColumn: "owner", name: "report_groups", language: l)
            ),
            (l.pick("By expense type", "ตามประเภทงบรายจ่าย"), try expenseTypes(f, l)),
            (l.pick("Projects", "รายละเอียดโครงการ"), projectLines(f, l)),
            (l.pick("Indicators", "ตัวชี้วัด"), indicatorLines(f, l)),
            (l.pick("Cumulative disbursement by month", "การเบิกจ่ายสะสมรายเดือน"), try monthLines(f, l)),
        ]
        var paragraphs: [String] = []
        if q == 4 {
            sections.append((l.pick("Indicators met by strategy", "ผลการบรรลุตัวชี้วัดตามกลยุทธ์"), indicatorsMet(f, l)))
            paragraphs = YearEndSummary.paragraphs(f, sections: sections.map(\.table), language: l)
        }
        return Report(
            title: "\(months)-month report (Q\(q)), fiscal year \(year.buddhistEra)",
            thaiTitle: "รายงานผลการดำเนินงานตามแผนปฏิบัติการ รอบ \(months) เดือน ปีงบประมาณ พ.ศ. \(year.buddhistEra)",
            facts: facts, sections: sections, language: l, paragraphs: paragraphs)
    }

    /// Budget, obligated and disbursed to date per expense type, each against its own cumulative target.
    static func expenseTypes(_ f: ReportFigures, _ l: ReportLanguage) throws -> Table {
        let types = ReportFigures.typeRows
        let used = try (0..<types.count).map { try PlanIndex.add(f.typeObligated[$0], f.typeDisbursed[$0]) }
        var out = ResultColumns()
        out.text("expense_type", types)
        out.text(
            "name",
            types.map { type in
                l == .th ? PlanSchema.expenseTypeThai[type] ?? "ไม่ระบุ" : englishTypes[type] ?? "(not stated)"
            })
        out.int("activities", f.typeActivities)
        out.money("budget", f.typeBudget)
        out.money("obligated_to_date", f.typeObligated)
        out.money("disbursed_to_date", f.typeDisbursed)
        out.money("used_to_date", used)
        out.float("disbursed_pct", (0..<types.count).map { percent(f.typeDisbursed[$0], of: f.typeBudget[$0]) })
        out.float("used_pct", (0..<types.count).map { percent(used[$0], of: f.typeBudget[$0]) })
        out.float("target_pct", types.map { f.plan.target(quarter: f.quarter, expenseType: $0) })
        return out.table("report_expense_types")
    }

    static let englishTypes = [
        "personnel": "Personnel", "operating": "Operating", "investment": "Investment", "subsidy": "Subsidies",
        "other": "Other expenses",
    ]

    /// One line per project, as the forms list them.
    static func projectLines(_ f: ReportFigures, _ l: ReportLanguage) -> Table {
        let index = f.index
        let n = index.projectCount
        let notes = ProjectNotes(f.plan)
        let ind = f.progress.indicators
        var out = ResultColumns()
        out.int("no", (0..<n).map { $0 + 1 })
        out.text("code", index.projectCode)
        out.text("name", index.projectName)
        out.text("strategy", index.projectStrategy)
        out.text("owner", index.projectOwner)
        out.money("budget", index.projectBudget)
        out.money("transfers_in", f.transfersIn)
        out.money("transfers_out", f.transfersOut)
        out.money("budget_after_transfers", f.budgetAfter)
        out.money("obligated_to_date", f.progress.obligated)
        out.money("disbursed_to_date", f.progress.disbursed)
        out.money("used_to_date", f.used)
        out.money("remaining", f.remaining)
        out.float("disbursed_pct", (0..<n).map { percent(f.progress.disbursed[$0], of: f.budgetAfter[$0]) })
        out.float("used_pct", (0..<n).map { percent(f.used[$0], of: f.budgetAfter[$0]) })
        out.float("target_pct", Array(repeating: f.progress.target, count: n))
        out.float("activities_done_pct", f.progress.activitiesDone)
        out.text(
            "indicator_results",
            (0..<n).map { p in
                let own = ind.byProject[p]
                guard !own.isEmpty else { return nil }
                return own.map { i in
                    let result = ind.result(i, quarter: f.quarter).map(number) ?? "–"
                    return "\(number(ind.target[i])) / \(result)"
                }.joined(separator: "; ")
            })
        out.text("status", f.progress.state.map { l == .th ? StatusAliases.thaiState[$0] ?? $0 : $0 })
        out.text("problems", index.projectCode.map { notes.problems($0, quarter: f.quarter) })
        out.text("suggestions", index.projectCode.map { notes.suggestions($0, quarter: f.quarter) })
        return out.table("report_projects")
    }

    /// Each indicator's target and its latest result as of the quarter, by project, and whether it is met.
    static func indicatorLines(_ f: ReportFigures, _ l: ReportLanguage) -> Table {
        let ind = f.progress.indicators
        let rows = (0..<f.index.projectCount).flatMap { p in ind.byProject[p].map { (p, $0) } }
        var out = ResultColumns()
        out.text("project", rows.map { f.index.projectCode[$0.0] })
        out.text("code", rows.map { ind.code[$0.1] })
        out.text("name", rows.map { ind.name[$0.1] })
        out.text("unit", rows.map { ind.unit[$0.1] })
        out.text(
            "direction",
            rows.map { ind.lowerIsBetter[$0.1] ? l.pick("lower", "ยิ่งน้อยยิ่งดี") : l.pick("higher", "ยิ่งมากยิ่งดี") })
        out.float("target", rows.map { ind.target[$0.1] })
        out.float("result", rows.map { ind.result($0.1, quarter: f.quarter) })
        out.float("achieved_pct", rows.map { rounded(ind.achievement($0.1, quarter: f.quarter) * 100) })
        out.text(
            "met",
            rows.map { ind.achievement($0.1, quarter: f.quarter) >= 1 ? l.pick("yes", "บรรลุ") : l.pick("no", "ไม่บรรลุ") }
        )
        return out.table("report_indicators")
    }

    /// Month by month from October: the cumulative plan as % of the allocated budget (the plan is made for it),
    /// disbursed and used as % of the budget after transfers, and the cumulative target at each quarter's last
    /// month. Spending after the report's date is left out.
    static func monthLines(_ f: ReportFigures, _ l: ReportLanguage) throws -> Table {
        let total = try f.budgetAfter.reduce(0, PlanIndex.add)
        let allocated = try f.index.projectBudget.reduce(0, PlanIndex.add)
        let shown = f.quarter * 3
        let start = f.plan.fiscalYear.start.components
        var out = ResultColumns()
        out.text(
            "month",
            (0..<12).map { k in
                let m = (start.month - 1 + k) % 12
                let y = start.year + (start.month - 1 + k) / 12
                return l == .th
                    ? "\(ThaiDate.thaiShortMonths[m]) \((y + BuddhistEra.offset) % 100)"
                    : "\(ThaiDate.englishShortMonths[m]) \(y)"
            })
        var disbursed: [Double?] = []
        var used: [Double?] = []
        var target: [Double?] = []
        for k in 0..<12 {
            let spent = try PlanIndex.add(f.monthDisbursed[k], f.monthObligated[k])
            disbursed.append(k < shown ? percent(f.monthDisbursed[k], of: total) : nil)
            used.append(k < shown ? percent(spent, of: total) : nil)
            target.append((k + 1) % 3 == 0 ? f.plan.targets[k / 3] : nil)
        }
        out.float("planned_pct", f.monthPlanned.map { percent($0, of: allocated) })
        out.float("disbursed_pct", disbursed)
        out.float("used_pct", used)
        out.float("target_pct", target)
        return out.table("report_months")
    }

    /// Per strategy: how many indicators, how many met their target by the year's end, how many not.
    static func indicatorsMet(_ f: ReportFigures, _ l: ReportLanguage) -> Table {
        let ind = f.progress.indicators
        var keys = PlanIndex.texts(f.progress.strategies, "code").compactMap { $0 }
        var met = [Int](repeating: 0, count: keys.count)
        var all = met
        for p in 0..<f.index.projectCount {
            let key = f.index.projectStrategy[p] ?? "none"
            let s =
                keys.firstIndex(of: key)
                ?? {
                    keys.append(key)
                    met.append(0)
                    all.append(0)
                    return keys.count - 1
                }()
            for i in ind.byProject[p] {
                all[s] += 1
                if ind.achievement(i, quarter: f.quarter) >= 1 { met[s] += 1 }
            }
        }
        var out = ResultColumns()
        out.text("strategy", keys + ["total"])
        out.int("indicators", all + [all.reduce(0, +)])
        out.int("met", met + [met.reduce(0, +)])
        out.int("not_met", zip(all, met).map { $0 - $1 } + [all.reduce(0, +) - met.reduce(0, +)])
        return out.table("report_indicators_met")
    }

    /// A number as a person writes it: `90`, `52.5`.
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(format2: x).trimmingTrailingZero()
    }
}

extension String {
    /// `x` with exactly two decimals (`52.00`), without Foundation.
    init(format2 x: Double) {
        let hundredths = Int64((x * 100).rounded(.toNearestOrAwayFromZero))
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        self = (hundredths < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0\(cents)" : "\(cents)")
    }

    /// `52.50` → `52.5`.
    fileprivate func trimmingTrailingZero() -> String { hasSuffix("0") && contains(".") ? String(dropLast()) : self }
}
