import PlanModel

/// Projects' report figures summed into groups (a source, a strategy, a responsible group), then a total row:
/// allocated budget, transfers in and out, budget after transfers, obligated, disbursed, used, remaining, and %
/// disbursed and % used of the budget after transfers against the quarter's target. Money exact, sums checked.
struct ReportRollup {
    /// The group keys in order, each with its display name; `group[p]` is project `p`'s key's position.
    var keys: [String]
    /// Display names of the keys, or nil when the keys are names themselves (responsible groups).
    var names: [String?]?
    var group: [Int]

    /// The table, named `name`, whose first column `keyColumn` holds the keys and then `total`.
    func table(_ f: ReportFigures, keyColumn: String, name: String, language: ReportLanguage) throws -> Table {
        let rows = keys.count + 1
        var count = [Int](repeating: 0, count: rows)
        var budget = [Int64](repeating: 0, count: rows)
        var transfersIn = budget
        var transfersOut = budget
        var after = budget
        var obligated = budget
        var disbursed = budget
        var used = budget
        var remaining = budget
        for p in 0..<f.index.projectCount {
            for r in [group[p], rows - 1] {
                count[r] += 1
                budget[r] = try PlanIndex.add(budget[r], f.index.projectBudget[p])
                transfersIn[r] = try PlanIndex.add(transfersIn[r], f.transfersIn[p])
                transfersOut[r] = try PlanIndex.add(transfersOut[r], f.transfersOut[p])
                after[r] = try PlanIndex.add(after[r], f.budgetAfter[p])
                obligated[r] = try PlanIndex.add(obligated[r], f.progress.obligated[p])
                disbursed[r] = try PlanIndex.add(disbursed[r], f.progress.disbursed[p])
                used[r] = try PlanIndex.add(used[r], f.used[p])
                remaining[r] = try PlanIndex.add(remaining[r], f.remaining[p])
            }
        }
        let target = f.progress.target
        let pct = (0..<rows).map { percent(disbursed[$0], of: after[$0]) }
        var out = ResultColumns()
        out.text(keyColumn, keys + ["total"])
        if let names { out.text("name", names + [language.pick("Total", "รวม")]) }
        out.int("projects", count)
        out.money("budget", budget)
        out.money("transfers_in", transfersIn)
        out.money("transfers_out", transfersOut)
        out.money("budget_after_transfers", after)
        out.money("obligated_to_date", obligated)
        out.money("disbursed_to_date", disbursed)
        out.money("used_to_date", used)
        out.money("remaining", remaining)
        out.float("disbursed_pct", pct)
        out.float("used_pct", (0..<rows).map { percent(used[$0], of: after[$0]) })
        out.float("target_pct", Array(repeating: target, count: rows))
        out.float("gap_pct", pct.map { $0.map { rounded($0 - target) } })
        return out.table(name)
    }

    /// Groups by a text of each project, in order of first appearance after `first` (a null is `none`).
    static func by(_ values: [String?], first: [String] = [], names: ((String) -> String?)?) -> ReportRollup {
        var keys = first
        var slot: [String: Int] = [:]
        for (i, key) in keys.enumerated() where slot[key] == nil { slot[key] = i }
        let group = values.map { value -> Int in
            let key = value ?? "none"
            if let s = slot[key] { return s }
            slot[key] = keys.count
            keys.append(key)
            return keys.count - 1
        }
        return ReportRollup(keys: keys, names: names.map { keys.map($0) }, group: group)
    }
}
