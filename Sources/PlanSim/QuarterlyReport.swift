import PlanModel

/// The cumulative 3/6/9/12-month report on the plan (`domain/SEED-EN.md`: the office reports every quarter,
/// cumulative from 1 October, due on the 15th of the month after the quarter).
public enum QuarterlyReport {
    /// The report for quarter `q` (1–4) as of the quarter's last day.
    ///
    /// Facts: office, fiscal year, months covered, as-of date, due date (Buddhist Era, English and Thai), the
    /// cumulative disbursement target. Sections: a summary by source (basic, strategic, total), the strategies,
    /// one line per project (strategy, responsible group, budget, obligated and disbursed to date, % disbursed
    /// against the quarter's target, % of activities complete, mean indicator achievement, status in English
    /// and Thai), and each indicator's target and latest result.
    public static func make(_ plan: Plan, quarter q: Int) throws -> Report {
        let f = try ProgressFigures(plan, quarter: q)
        let year = plan.fiscalYear
        let months = FiscalYear.reportMonths(quarter: q)
        let asOf = year.endOf(quarter: q)
        let due = year.reportDue(quarter: q)
        let covered = "\(ThaiDate.english(year.start)) – \(ThaiDate.english(asOf))"
        let coveredThai = "\(ThaiDate.thai(year.start)) – \(ThaiDate.thai(asOf))"
        let facts: [(String, String)] = [
            ("office / หน่วยงาน", plan.office),
            ("fiscal year / ปีงบประมาณ", "\(year.buddhistEra)"),
            ("months covered / ระยะเวลา", "\(months) months: \(covered) · \(months) เดือน: \(coveredThai)"),
            ("as of / ณ วันที่", ThaiDate.both(asOf)),
            ("due / กำหนดส่ง", ThaiDate.both(due)),
            ("disbursement target / เป้าหมายการเบิกจ่าย", "\(String(format2: f.target))%"),
        ]
        return Report(
            title: "\(months)-month report (Q\(q)), fiscal year \(year.buddhistEra)",
            thaiTitle: "รายงานผลการดำเนินงานตามแผนปฏิบัติการ รอบ \(months) เดือน ปีงบประมาณ พ.ศ. \(year.buddhistEra)",
            facts: facts,
            sections: [
                ("Summary by source / สรุปตามประเภทงบประมาณ", try summary(f)),
                ("By strategy / ตามกลยุทธ์", try Progress.byStrategy(f)),
                ("Projects / โครงการ", projectLines(f)),
                ("Indicators / ตัวชี้วัด", indicatorLines(f)),
            ])
    }

    /// Budget, obligated and disbursed to date by source (basic, strategic, any other as given), then the total.
    static func summary(_ f: ProgressFigures) throws -> Table {
        let index = f.index
        var sources = ["basic", "strategic"]
        for source in index.projectSource.compactMap({ $0 }) where !sources.contains(source) { sources.append(source) }
        let rows = sources.count + 1
        var count = [Int](repeating: 0, count: rows)
        var budget = [Int64](repeating: 0, count: rows)
        var obligated = budget
        var disbursed = budget
        for p in 0..<index.projectCount {
            let row = index.projectSource[p].flatMap { sources.firstIndex(of: $0) }
            for r in [row, rows - 1].compactMap({ $0 }) {
                count[r] += 1
                budget[r] = try PlanIndex.add(budget[r], index.projectBudget[p])
                obligated[r] = try PlanIndex.add(obligated[r], f.obligated[p])
                disbursed[r] = try PlanIndex.add(disbursed[r], f.disbursed[p])
            }
        }
        let thai = ["basic": "งบประมาณตามความจำเป็นพื้นฐาน", "strategic": "งบประมาณเพิ่มประสิทธิผลกลยุทธ์"]
        let pct = (0..<rows).map { percent(disbursed[$0], of: budget[$0]) }
        var out = ResultColumns()
        out.text("source", sources + ["total"])
        out.text("name", sources.map { thai[$0] } + ["รวม"])
        out.int("projects", count)
        out.money("budget", budget)
        out.money("obligated_to_date", obligated)
        out.money("disbursed_to_date", disbursed)
        out.float("disbursed_pct", pct)
        out.float("target_pct", Array(repeating: f.target, count: rows))
        out.float("gap_pct", pct.map { $0.map { rounded($0 - f.target) } })
        return out.table("report_summary")
    }

    /// One line per project, as the report lists them.
    static func projectLines(_ f: ProgressFigures) -> Table {
        let index = f.index
        let n = index.projectCount
        var out = ResultColumns()
        out.text("code", index.projectCode)
        out.text("name", index.projectName)
        out.text("strategy", index.projectStrategy)
        out.text("owner", index.projectOwner)
        out.money("budget", index.projectBudget)
        out.money("obligated_to_date", f.obligated)
        out.money("disbursed_to_date", f.disbursed)
        out.float("disbursed_pct", f.disbursedPercent)
        out.float("target_pct", Array(repeating: f.target, count: n))
        out.float("activities_done_pct", f.activitiesDone)
        out.float(
            "indicators_pct",
            (0..<n).map { p in f.indicators.projectAchievement(p, quarter: f.quarter).map { rounded($0 * 100) } })
        out.text("status", f.state)
        out.text("status_th", f.state.map { StatusAliases.thaiState[$0] })
        return out.table("report_projects")
    }

    /// Each indicator's target and its latest result as of the quarter, by project.
    static func indicatorLines(_ f: ProgressFigures) -> Table {
        let ind = f.indicators
        let rows = (0..<f.index.projectCount).flatMap { p in ind.byProject[p].map { (p, $0) } }
        var out = ResultColumns()
        out.text("project", rows.map { f.index.projectCode[$0.0] })
        out.text("code", rows.map { ind.code[$0.1] })
        out.text("name", rows.map { ind.name[$0.1] })
        out.text("unit", rows.map { ind.unit[$0.1] })
        out.text("direction", rows.map { ind.lowerIsBetter[$0.1] ? "lower" : "higher" })
        out.float("target", rows.map { ind.target[$0.1] })
        out.float("result", rows.map { ind.result($0.1, quarter: f.quarter) })
        out.float("achieved_pct", rows.map { rounded(ind.achievement($0.1, quarter: f.quarter) * 100) })
        return out.table("report_indicators")
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
}
