import PlanModel

/// Criteria-based allocation, as OBEC allocates the basic-necessity budget: by numbers of students, teachers and
/// schools, by remoteness and by the schools that passed external evaluation (`domain/SEED-EN.md`).
public enum Allocation {
    /// Shares `amount` among the rows of `units`: unit u gets amount × Σ_c weight_c/100 × value_uc / total_c.
    ///
    /// A criterion is a numeric column named exactly, or by its prefix before `_` (`distance` for
    /// `distance_km`); a null value counts as 0. Shares are rounded to the satang by largest remainder (ties to
    /// the earlier row), so they sum exactly to `amount`. Weights must be ≥ 0 and sum to 100; every weighted
    /// criterion needs a positive total; values must not be negative.
    ///
    /// Columns: code, name, `<criterion>_pct` for each criterion (the unit's share of its total, 2 decimals),
    /// share_pct (the unit's weighted share of the amount, 4 decimals), amount (money).
    public static func allocate(
        _ amount: Money, over units: Table, weights: [(column: String, percent: Double)]
    ) throws -> Table {
        guard amount.satang >= 0 else {
            throw Diagnostic(
                message: "the amount to allocate must not be negative, not \(amount)",
                thai: "จำนวนเงินที่จะจัดสรรต้องไม่ติดลบ (ได้ \(amount))")
        }
        guard units.rowCount > 0 else {
            throw Diagnostic(
                message: "\(units.name) has no rows to allocate to", thai: "ตาราง \(units.name) ไม่มีแถวให้จัดสรร")
        }
        guard !weights.isEmpty else {
            throw Diagnostic(
                message: "give at least one criterion with its weight", thai: "ต้องระบุเกณฑ์อย่างน้อยหนึ่งเกณฑ์พร้อมน้ำหนัก")
        }
        var columns: [String] = []
        var values: [[Double]] = []
        for weight in weights {
            let column = try resolve(weight.column, in: units)
            guard !columns.contains(column) else {
                throw Diagnostic(
                    message: "criterion \(column) is given twice", thai: "เกณฑ์ \(column) ถูกระบุซ้ำ")
            }
            guard weight.percent >= 0 && weight.percent.isFinite else {
                throw Diagnostic(
                    message: "the weight of \(column) must be 0% or more, not \(weight.percent)%",
                    thai: "น้ำหนักของเกณฑ์ \(column) ต้องไม่ติดลบ (ได้ \(weight.percent)%)")
            }
            columns.append(column)
            values.append(try criterionValues(units, column))
        }
        let sum = weights.reduce(0) { $0 + $1.percent }
        guard abs(sum - 100) < 1e-9 else {
            throw Diagnostic(
                message: "the weights sum to \(shown(sum))%; they must sum to 100%",
                thai: "น้ำหนักรวมกันได้ \(shown(sum))% ต้องรวมกันได้ 100%")
        }
        let totals = values.map { $0.reduce(0, +) }
        for (c, total) in totals.enumerated() where total <= 0 && weights[c].percent > 0 {
            throw Diagnostic(
                message: "criterion \(columns[c]) totals 0 over \(units.name): nothing to share by",
                thai: "เกณฑ์ \(columns[c]) รวมได้ 0 ในตาราง \(units.name) จึงใช้แบ่งสรรไม่ได้")
        }
        let n = units.rowCount
        let shares = (0..<n).map { u in
            (0..<columns.count).reduce(0.0) { acc, c in
                totals[c] > 0 ? acc + weights[c].percent / 100 * values[c][u] / totals[c] : acc
            }
        }
        let weightedTotal = shares.reduce(0, +)
        let satang = largestRemainder(amount.satang, shares: shares.map { $0 / weightedTotal })

        var out = ResultColumns()
        out.text("code", PlanIndex.texts(units, "code"))
        out.text("name", PlanIndex.texts(units, "name"))
        for (c, column) in columns.enumerated() {
            out.float(column + "_pct", values[c].map { totals[c] > 0 ? rounded($0 / totals[c] * 100) : 0 })
        }
        out.float("share_pct", shares.map { rounded($0 * 100, places: 4) })
        out.money("amount", satang)
        return out.table("allocation")
    }

    /// `total` satang split in proportion to `shares` (which sum to 1): each row gets the whole satang of its
    /// exact share, and the satang left over go one each to the largest remainders (the earlier row on a tie).
    static func largestRemainder(_ total: Int64, shares: [Double]) -> [Int64] {
        let exact = shares.map { Double(total) * $0 }
        var out = exact.map { Int64($0.rounded(.down)) }
        var left = total - out.reduce(0, +)
        let order = exact.indices.sorted { i, j in
            let ri = exact[i] - exact[i].rounded(.down)
            let rj = exact[j] - exact[j].rounded(.down)
            return ri != rj ? ri > rj : i < j
        }
        var next = 0
        while left != 0 && !order.isEmpty {
            let step: Int64 = left > 0 ? 1 : -1
            out[order[next % order.count]] += step
            left -= step
            next += 1
        }
        return out
    }

    /// A percentage as typed: `90`, `12.5`.
    static func shown(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    /// The column a criterion names: exactly, or the one column whose name starts with it and `_`.
    static func resolve(_ name: String, in units: Table) throws -> String {
        if units.column(name) != nil { return name }
        let candidates = units.columnNames.filter { $0.hasPrefix(name + "_") }
        if candidates.count == 1 { return candidates[0] }
        let numeric = units.columnNames.filter { [.int, .float, .money].contains(units.column($0)!.type) }
        let listed = numeric.map { "`\($0)`" }.joined(separator: ", ")
        throw Diagnostic(
            message: "`\(units.name)` has no column `\(name)`",
            thai: "ตาราง `\(units.name)` ไม่มีคอลัมน์ `\(name)`",
            notes: ["criteria available: \(listed) (เกณฑ์ที่ใช้ได้: \(listed))"])
    }

    /// A criterion's values as numbers (null → 0); throws for text or a negative value.
    static func criterionValues(_ units: Table, _ column: String) throws -> [Double] {
        let values = try Indicators.numbers(units, column)
        return try values.enumerated().map { row, value in
            guard (value ?? 0) >= 0 else {
                throw Diagnostic(
                    message: "\(units.name) row \(row + 1): \(column) is negative",
                    thai: "ตาราง \(units.name) แถวที่ \(row + 1): \(column) ติดลบ")
            }
            return value ?? 0
        }
    }
}
