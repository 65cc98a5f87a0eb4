import PlanModel

extension BudgetSheet {
    /// Applies one budget or plan change (not `slip` or `driver`, which the simulator reads).
    mutating func apply(_ change: ScenarioChange) throws {
        switch change {
        case .delay(let target, let quarters):
            guard (1...3).contains(quarters) else { throw ScenarioDiagnostics.delayPastYear(quarters) }
            for item in try items(target) {
                let old = plan(item)
                var moved = [Int64](repeating: 0, count: 4)
                for k in 0..<4 { moved[min(3, k + quarters)] = try PlanIndex.add(moved[min(3, k + quarters)], old[k]) }
                try set(item, budget: budget(item), plan: moved)
            }
        case .cut(let target, let amount):
            try changeBudget(target, by: amount, raising: false)
        case .raise(let target, let amount):
            try changeBudget(target, by: amount, raising: true)
        case .shift(let amount, let from, let to, let target):
            guard (1...4).contains(from), (1...4).contains(to) else {
                throw Diagnostic.badQuarter((1...4).contains(from) ? to : from, allowed: 1...4)
            }
            guard from != to else { throw ScenarioDiagnostics.shiftToItself(from) }
            let chosen = try items(target)
            let planned = try chosen.reduce(Int64(0)) { try PlanIndex.add($0, plan($1)[from - 1]) }
            guard amount.satang <= planned else {
                throw ScenarioDiagnostics.shiftMoreThanPlanned(amount, planned: Money(satang: planned), target, from)
            }
            guard amount.satang > 0 else { return }
            let parts = try ScenarioDiagnostics.exact(
                ExactSplit.spread(amount.satang, over: chosen.map { plan($0)[from - 1] }))
            for (item, part) in zip(chosen, parts) {
                var quarters = plan(item)
                quarters[from - 1] -= part
                quarters[to - 1] = try PlanIndex.add(quarters[to - 1], part)
                try set(item, budget: budget(item), plan: quarters)
            }
        case .transfer(let amount, let from, let to):
            for target in [from, to] {
                switch target {
                case .project, .activity: continue
                default: throw ScenarioDiagnostics.transferEnds(target)
                }
            }
            let available = try items(from).reduce(Int64(0)) { try PlanIndex.add($0, budget($1)) }
            guard amount.satang <= available else {
                throw ScenarioDiagnostics.transferMoreThanBudget(amount, budget: Money(satang: available), from)
            }
            _ = try items(to)
            try changeBudget(from, by: .money(amount), raising: false)
            try changeBudget(to, by: .money(amount), raising: true)
        case .slip, .driver:
            return
        }
    }

    /// Cuts or raises the target's budget by an amount or a proportion: the change is spread over its items in
    /// proportion to their budgets, and over each item's quarters in proportion to its plan (evenly when the item
    /// has no plan yet), so every total stays exact.
    private mutating func changeBudget(_ target: ScenarioTarget, by amount: ScenarioAmount, raising: Bool) throws {
        let chosen = try items(target)
        let budgets = chosen.map(budget)
        let total = try budgets.reduce(Int64(0)) { try PlanIndex.add($0, $1) }
        let delta: Int64
        switch amount {
        case .money(let m):
            delta = m.satang
        case .proportion(let p):
            if !raising && p.numerator > p.denominator { throw ScenarioDiagnostics.cutOverWhole(p) }
            delta = try ScenarioDiagnostics.exact(p.of(total))
        }
        if !raising && delta > total {
            throw ScenarioDiagnostics.cutMoreThanBudget(Money(satang: delta), budget: Money(satang: total), target)
        }
        guard delta > 0 else { return }
        let weights: [Int64]
        if raising {
            weights = total > 0 ? budgets : budgets.map { _ in Int64(1) }
        } else {
            weights = try room(target, chosen, cut: delta)
        }
        let parts = try ScenarioDiagnostics.exact(ExactSplit.spread(delta, over: weights))
        for (item, part) in zip(chosen, parts) where part > 0 {
            let old = plan(item)
            let sum = try old.reduce(Int64(0)) { try PlanIndex.add($0, $1) }
            let spreadOver = sum > 0 && old.allSatisfy({ $0 >= 0 }) ? old : [1, 1, 1, 1]
            let planPart = raising || spreadOver != old ? part : min(part, sum)
            let quarterParts = try ScenarioDiagnostics.exact(ExactSplit.spread(planPart, over: spreadOver))
            var quarters = old
            for k in 0..<4 {
                quarters[k] =
                    raising
                    ? try PlanIndex.add(quarters[k], quarterParts[k]) : quarters[k] - quarterParts[k]
            }
            let newBudget = raising ? try PlanIndex.add(budget(item), part) : budget(item) - part
            try set(item, budget: newBudget, plan: quarters)
        }
    }

    /// What each item can lose: its budget not yet disbursed. Money already paid cannot be cut, so a cut is spread
    /// over this room (nothing is taken from an item that has spent its budget); a cut of more than the room of
    /// all the items is an error that says how much there is.
    private mutating func room(_ target: ScenarioTarget, _ chosen: [Item], cut: Int64) throws -> [Int64] {
        let paid = try disbursements()
        let spent = chosen.map { item -> Int64 in
            switch item {
            case .activity(let a): paid.activity[a]
            case .project(let p): paid.project[p]
            }
        }
        let room = zip(chosen, spent).map { max(0, budget($0) - $1) }
        let total = try room.reduce(Int64(0)) { try PlanIndex.add($0, $1) }
        guard cut <= total else {
            throw ScenarioDiagnostics.cutBelowDisbursed(
                Money(satang: cut), target, room: Money(satang: total),
                disbursed: Money(satang: try spent.reduce(Int64(0)) { try PlanIndex.add($0, $1) }))
        }
        return room
    }

    private func describe(_ item: Item) -> ScenarioTarget {
        switch item {
        case .project(let p): .project(projectCode[p])
        case .activity(let a): .activity(activityCode[a])
        }
    }
}
