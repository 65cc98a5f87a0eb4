import PlanModel

/// Forecast columns of `progress` and `progress_by_strategy` (earned-value practice, `docs/DESIGN-NOTES.md`):
/// EAC = BAC / CPI = BAC × AC / EV (the estimate at completion if spending keeps its efficiency so far),
/// ETC = EAC − AC (still to spend), VAC = BAC − EAC (the variance at completion), TCPI = (BAC − EV) / (BAC − AC)
/// (the efficiency the rest of the work needs), with BAC the budget after transfers; and needed_by_next_quarter: how much must
/// still be disbursed by the end of the next quarter to reach that quarter's cumulative target (0 when already
/// reached; null after Q4). Money is exact: EAC rounds half to even to the satang, the amount needed rounds up.
enum ProgressForecast {
    static func appendProjectColumns(_ out: inout ResultColumns, _ f: ProgressFigures) {
        let index = f.index
        let n = index.projectCount
        let eac: [Int64?] = (0..<n).map { p in
            guard let ev = f.earned[p], ev > 0, f.budget[p] >= 0, f.disbursed[p] >= 0 else { return nil }
            return ExactSplit.scaled(f.budget[p], by: f.disbursed[p], over: ev)
        }
        out.money("eac", eac)
        out.money("etc", (0..<n).map { p in eac[p].flatMap { difference($0, f.disbursed[p]) } })
        out.money("vac", (0..<n).map { p in eac[p].flatMap { difference(f.budget[p], $0) } })
        out.float(
            "tcpi",
            (0..<n).map { p in
                guard let ev = f.earned[p], let rest = difference(f.budget[p], f.disbursed[p]), rest != 0,
                    let work = difference(f.budget[p], ev)
                else { return nil }
                return rounded(Double(work) / Double(rest))
            })
        out.money(
            "needed_by_next_quarter", (0..<n).map { p in needed(f.budget[p], f.disbursed[p], f, index) })
    }

    /// needed_by_next_quarter for rolled-up rows (strategies and the total).
    static func appendRollUpColumns(
        _ out: inout ResultColumns, budget: [Int64], disbursed: [Int64], _ f: ProgressFigures
    ) {
        out.money("needed_by_next_quarter", budget.indices.map { needed(budget[$0], disbursed[$0], f, f.index) })
    }

    /// What must still be disbursed by the end of quarter q + 1 to reach its target: ⌈budget × target⌉ − disbursed,
    /// at least 0; nil after Q4 or when the product does not fit.
    static func needed(_ budget: Int64, _ disbursed: Int64, _ f: ProgressFigures, _ index: PlanIndex) -> Int64? {
        guard f.quarter < 4, budget >= 0 else { return nil }
        let basisPoints = Int64((index.targets[f.quarter] * 100).rounded())
        guard basisPoints >= 0 else { return nil }
        let product = UInt64(budget).multipliedFullWidth(by: UInt64(basisPoints))
        guard product.high < 10_000 else { return nil }
        let (q, r) = UInt64(10_000).dividingFullWidth(product)
        let required = Int64(q) + (r > 0 ? 1 : 0)
        return max(0, required - disbursed)
    }

    static func difference(_ a: Int64, _ b: Int64) -> Int64? {
        let (d, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? nil : d
    }
}
