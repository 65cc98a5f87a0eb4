import PlanModel

/// Progress against the plan as of the end of a quarter, cumulative from 1 October.
public enum Progress {
    /// One row per project as of the end of quarter `q` (1–4), cumulative from 1 October.
    ///
    /// Columns: code, name, strategy, owner, source, status, budget (after the transfers dated up to the quarter's
    /// end, as the report's budget_after_transfers), planned_to_date (plan_q1..q, from the
    /// activities when the project has any; a row without plan_q* spreads its budget evenly), obligated_to_date
    /// (kind = obligation), disbursed_to_date (kind = disbursement, dated up to the quarter's end), disbursed_pct
    /// (% of budget, 2 decimals), target_pct (the plan's cumulative target for q), gap_pct (disbursed − target),
    /// pv, ev, ac (earned value: PV = planned, EV = budget × mean indicator achievement, AC = disbursed), spi,
    /// cpi (2 decimals; null when a divisor is 0 or there are no indicators), activities_done_pct (% of activities
    /// fully disbursed) and state: cancelled (status says so), done (status says so, or the budget is fully
    /// disbursed), not_started (nothing planned, obligated or disbursed yet), behind (disbursed < planned),
    /// else on_track; then the forecast columns eac, etc, vac, tcpi, needed_by_next_quarter (`ProgressForecast`).
    public static func byProject(_ plan: Plan, quarter q: Int) throws -> Table {
        byProject(try ProgressFigures(plan, quarter: q))
    }

    /// `byProject(plan, quarter:)` from an index of the plan read earlier.
    public static func byProject(_ index: ProgressIndex, quarter q: Int) throws -> Table {
        byProject(try ProgressFigures(index, quarter: q))
    }

    static func byProject(_ f: ProgressFigures) -> Table {
        let index = f.index
        let n = index.projectCount
        var out = ResultColumns()
        out.text("code", index.projectCode)
        out.text("name", index.projectName)
        out.text("strategy", index.projectStrategy)
        out.text("owner", index.projectOwner)
        out.text("source", index.projectSource)
        out.text("status", index.projectStatus)
        out.money("budget", f.budget)
        out.money("planned_to_date", f.planned)
        out.money("obligated_to_date", f.obligated)
        out.money("disbursed_to_date", f.disbursed)
        let pct = f.disbursedPercent
        out.float("disbursed_pct", pct)
        out.float("target_pct", Array(repeating: f.target, count: n))
        out.float("gap_pct", pct.map { $0.map { rounded($0 - f.target) } })
        out.money("pv", f.planned)
        out.money("ev", f.earned)
        out.money("ac", f.disbursed)
        out.float("spi", (0..<n).map { p in f.earned[p].flatMap { ratio($0, f.planned[p]) } })
        out.float("cpi", (0..<n).map { p in f.earned[p].flatMap { ratio($0, f.disbursed[p]) } })
        out.float("activities_done_pct", f.activitiesDone)
        out.text("state", f.state)
        ProgressForecast.appendProjectColumns(&out, f)
        return out.table("progress")
    }

    /// `byProject` rolled up by strategy, in the strategies table's order (then any strategy only projects name),
    /// with a final total row (strategy `total`, name `รวม`). Columns: strategy, name, projects, budget (after transfers),
    /// planned_to_date, obligated_to_date, disbursed_to_date, disbursed_pct, target_pct, needed_by_next_quarter.
    /// Money is exact.
    public static func byStrategy(_ plan: Plan, quarter q: Int) throws -> Table {
        try byStrategy(try ProgressFigures(plan, quarter: q))
    }

    /// `byStrategy(plan, quarter:)` from an index of the plan read earlier.
    public static func byStrategy(_ index: ProgressIndex, quarter q: Int) throws -> Table {
        try byStrategy(try ProgressFigures(index, quarter: q))
    }

    static func byStrategy(_ f: ProgressFigures) throws -> Table {
        let index = f.index
        let strategies = f.strategies
        var codes = strategies.rowCount == 0 ? [] : try PlanIndex.requiredTexts(strategies, "code")
        var names = PlanIndex.texts(strategies, "name")
        var slot: [String: Int] = [:]
        for (i, code) in codes.enumerated() where slot[code] == nil { slot[code] = i }
        var group = [Int](repeating: 0, count: index.projectCount)
        for p in 0..<index.projectCount {
            let code = index.projectStrategy[p] ?? ""
            // A plan has a handful of strategies: comparing short codes in turn is cheaper than hashing one.
            if codes.count <= 16, let s = codes.firstIndex(of: code) {
                group[p] = s
            } else if let s = slot[code] {
                group[p] = s
            } else {
                slot[code] = codes.count
                group[p] = codes.count
                codes.append(code)
                names.append(nil)
            }
        }
        let rows = codes.count + 1
        var count = [Int](repeating: 0, count: rows)
        var budget = [Int64](repeating: 0, count: rows)
        var planned = budget
        var obligated = budget
        var disbursed = budget
        for p in 0..<index.projectCount {
            for r in [group[p], rows - 1] {
                count[r] += 1
                budget[r] = try PlanIndex.add(budget[r], f.budget[p])
                planned[r] = try PlanIndex.add(planned[r], f.planned[p])
                obligated[r] = try PlanIndex.add(obligated[r], f.obligated[p])
                disbursed[r] = try PlanIndex.add(disbursed[r], f.disbursed[p])
            }
        }
        var out = ResultColumns()
        out.text("strategy", codes + ["total"])
        out.text("name", names + ["รวม"])
        out.int("projects", count)
        out.money("budget", budget)
        out.money("planned_to_date", planned)
        out.money("obligated_to_date", obligated)
        out.money("disbursed_to_date", disbursed)
        out.float("disbursed_pct", (0..<rows).map { percent(disbursed[$0], of: budget[$0]) })
        out.float("target_pct", Array(repeating: f.target, count: rows))
        ProgressForecast.appendRollUpColumns(&out, budget: budget, disbursed: disbursed, f)
        return out.table("progress_by_strategy")
    }

    /// `a / b` to 2 decimals, or `nil` when `b` is 0.
    static func ratio(_ a: Int64, _ b: Int64) -> Double? {
        b == 0 ? nil : rounded(Double(a) / Double(b))
    }
}
