import PlanModel

/// The slip model v1's inputs, flattened for the simulator, and its closed-form expectation.
///
/// As of the end of quarter A, each item (an activity, or a project without activities) carries a backlog =
/// max(0, planned to date − disbursed to date). In each quarter k = A+1…4 the amount due (plan_qk + what is
/// carried) is paid in full with probability 1 − p, or all of it slips to k+1; what is due after Q4 is unspent.
/// An item paid ahead of its plan owes that much less in its next quarters, so no item pays more than its plan.
/// Disbursements of a project that name no activity go to its activities in order: first their backlogs, then
/// their plans ahead.
/// Cancelled projects pay nothing more: their budget not yet disbursed is unspent.
struct SlipModel {
    let fromQuarter: Int
    let projectCount: Int
    /// The items of project `p` are `itemStart[p]..<itemStart[p+1]`.
    let itemStart: [Int]
    /// Amount due per quarter, 4 an item: plan_qk for k > A (the backlog added to quarter A+1), 0 before.
    let due: [Int64]
    /// Each project's slip probability.
    let slip: [Double]
    /// The slip probability scaled to 2³²: a 32-bit uniform draw below it slips (exact at p = 0 and p = 1).
    let threshold: [UInt64]
    /// Unspent whatever happens: a cancelled project's budget not yet disbursed.
    let fixedUnspent: [Int64]
    /// The whole plan's budget after the transfers dated up to the end of each quarter 1…4: the base of that
    /// quarter's percentages, as in `progress(Qn)` and the reports.
    let budgetAtQuarterEnd: [Int64]
    /// The budget at the year's end: the base of the year-end target and of the shortfall against it.
    var yearEndBudget: Int64 { budgetAtQuarterEnd[3] }
    /// Disbursed, cumulative to the end of each quarter 1…A (all projects).
    let actualToDate: [Int64]
    /// Risk drivers (model v2): each one's probability, scaled to 2³² as `threshold` is, and the quarter (0…3)
    /// in which it stops payment.
    private(set) var driverThreshold: [UInt64]
    private(set) var driverProbability: [Double]
    let driverQuarter: [Int]
    let driverNames: [String]
    /// Per project, bit d set when driver d touches it.
    let driverMask: [UInt64]

    init(
        _ plan: Plan, index: PlanIndex, fromQuarter a: Int, slipBySource: [String: Double],
        slipByTarget: [ScenarioTarget: Double] = [:], drivers: [RiskDriver] = []
    ) throws {
        fromQuarter = a
        let n = index.projectCount
        projectCount = n
        var itemStart = [0]
        itemStart.reserveCapacity(n + 1)
        var due: [Int64] = []
        due.reserveCapacity(4 * (index.activityPlan.count / 4 + n))
        var slip = [Double](repeating: 0, count: n)
        var fixedUnspent = [Int64](repeating: 0, count: n)
        var totalBudget: Int64 = 0
        var checkedTotal: Int64 = 0
        // Each activity's disbursements to date, reused from project to project.
        var paid: [Int64] = []
        for p in 0..<n {
            totalBudget = try PlanIndex.add(totalBudget, index.projectBudget[p])
            let disbursed = PlanIndex.toDate(index.projectPaid, row: p, quarter: a)
            if index.projectStatus[p] == "cancelled" {
                fixedUnspent[p] = max(0, index.projectBudget[p] - disbursed)
                itemStart.append(itemStart[p])
                continue
            }
            let source = index.projectSource[p] ?? ""
            guard let probability = slipBySource[source] else {
                throw Diagnostic(
                    message: "project \(index.projectCode[p]) has source \(source.isEmpty ? "(empty)" : source), "
                        + "which has no slip probability",
                    thai: "โครงการ \(index.projectCode[p]) มีประเภทงบประมาณ \(source) ซึ่งไม่มีค่าความน่าจะเป็นที่จะล่าช้า")
            }
            slip[p] =
                slipByTarget.isEmpty
                ? probability
                : slipByTarget[.project(index.projectCode[p])]
                    ?? index.projectStrategy[p].flatMap { slipByTarget[.strategy($0)] }
                    ?? slipByTarget[.source(source)] ?? slipByTarget[.everything] ?? probability
            let activities = index.activities(of: p)
            if activities.isEmpty {
                try Self.appendDue(
                    &due, &checkedTotal, plan: index.projectPlan, row: p, paid: disbursed, fromQuarter: a)
            } else {
                paid.removeAll(keepingCapacity: true)
                for row in activities { paid.append(PlanIndex.toDate(index.activityPaid, row: row, quarter: a)) }
                // What the project paid without naming an activity fills its activities' backlogs, then pays
                // their plans ahead, in activity order.
                var unassigned = PlanIndex.toDate(index.projectUnassignedPaid, row: p, quarter: a)
                if unassigned != 0 {
                    for limitQuarter in [a, 4] {
                        for (i, row) in activities.enumerated() {
                            let limit = PlanIndex.toDate(index.activityPlan, row: row, quarter: limitQuarter)
                            let applied = min(unassigned, max(0, limit - paid[i]))
                            unassigned -= applied
                            paid[i] += applied
                        }
                    }
                }
                for (i, row) in activities.enumerated() {
                    try Self.appendDue(
                        &due, &checkedTotal, plan: index.activityPlan, row: row, paid: paid[i], fromQuarter: a)
                }
            }
            itemStart.append(due.count / 4)
        }
        guard totalBudget > 0 else {
            throw Diagnostic(
                message: "the plan's budget is 0: there is nothing to simulate",
                thai: "งบประมาณของแผนเป็น 0 ไม่มีสิ่งใดให้จำลอง")
        }
        let transfers = try ProjectTransfers(plan, projectCode: index.projectCode)
        var budgetAt: [Int64] = []
        for q in 1...4 {
            let moved = try transfers.totals(asOf: plan.fiscalYear.endOf(quarter: q).ordinal, count: n)
            let budget = try ProjectTransfers.budgets(index.projectBudget, after: moved).reduce(0, PlanIndex.add)
            guard budget > 0 else {
                throw Diagnostic(
                    message:
                        "the plan's budget after the transfers up to the end of Q\(q) is \(Money(satang: budget)): "
                        + "there is nothing to take a percentage of",
                    thai: "งบประมาณของแผนหลังการโอนถึงสิ้นไตรมาส \(q) เป็น \(Money(satang: budget)) ไม่มีฐานให้คิดร้อยละ")
            }
            budgetAt.append(budget)
        }
        var actual: [Int64] = []
        var running: Int64 = 0
        for k in 0..<a {
            for p in 0..<n { running = try PlanIndex.add(running, index.projectPaid[p * 4 + k]) }
            actual.append(running)
        }
        _ = try PlanIndex.add(checkedTotal, running)
        self.itemStart = itemStart
        self.due = due
        self.slip = slip
        threshold = slip.map(Self.scaled)
        driverProbability = drivers.map(\.probability)
        driverThreshold = drivers.map { Self.scaled($0.probability) }
        driverQuarter = drivers.map { $0.quarter - 1 }
        driverNames = drivers.map(\.name)
        driverMask = (0..<n).map { p in
            var mask: UInt64 = 0
            for (d, driver) in drivers.enumerated() where Self.touches(driver.touches, project: p, index) {
                mask |= 1 << UInt64(d)
            }
            return mask
        }
        self.fixedUnspent = fixedUnspent
        budgetAtQuarterEnd = budgetAt
        actualToDate = actual
    }

    /// Appends one item's amounts due per quarter: its plan for each quarter k > A, less what it paid ahead of
    /// its plan (credited against its next quarters), with its backlog added to quarter A+1; 0 before.
    private static func appendDue(
        _ due: inout [Int64], _ checkedTotal: inout Int64, plan: [Int64], row: Int, paid: Int64, fromQuarter a: Int
    ) throws {
        let planned = PlanIndex.toDate(plan, row: row, quarter: a)
        let backlog = max(0, planned - paid)
        var paidAhead = max(0, paid - planned)
        for k in 0..<4 {
            var amount: Int64 = 0
            if k >= a {
                amount = plan[row * 4 + k]
                let covered = min(paidAhead, max(0, amount))
                paidAhead -= covered
                amount -= covered
                if k == a { amount += backlog }
            }
            due.append(amount)
            checkedTotal = try PlanIndex.add(checkedTotal, amount)
        }
    }

    /// The same model with driver `d` never happening (for its share of the shortfall).
    func withoutDriver(_ d: Int) -> SlipModel {
        var copy = self
        copy.driverProbability[d] = 0
        copy.driverThreshold[d] = 0
        return copy
    }

    /// A probability scaled to 2³².
    static func scaled(_ p: Double) -> UInt64 { UInt64((p * 4_294_967_296).rounded()) }

    static func touches(_ target: ScenarioTarget, project p: Int, _ index: PlanIndex) -> Bool {
        switch target {
        case .project(let code): index.projectCode[p] == code
        case .strategy(let code): index.projectStrategy[p] == code
        case .source(let name): index.projectSource[p] == name
        case .activity: false
        case .everything: true
        }
    }

    /// Disbursed to the end of quarter A.
    var actualAtStart: Int64 { actualToDate.last ?? 0 }

    /// Calls `body` with each state of the drivers touching project `p`: its probability and the quarters (bit k
    /// for quarter k, 0…3) in which nothing of the project is paid. One state, of probability 1, without drivers.
    /// The states are the subsets of those drivers that happen, taken without building them.
    func forEachDriverState(_ p: Int, _ body: (_ probability: Double, _ blocked: Int) -> Void) {
        let touching = driverMask[p]
        var happening = touching
        while true {
            var probability = 1.0
            var blocked = 0
            var bits = touching
            while bits != 0 {
                let d = bits.trailingZeroBitCount
                bits &= bits - 1
                if happening & 1 << UInt64(d) != 0 {
                    probability *= driverProbability[d]
                    blocked |= 1 << driverQuarter[d]
                } else {
                    probability *= 1 - driverProbability[d]
                }
            }
            body(probability, blocked)
            if happening == 0 { return }
            happening = (happening - 1) & touching
        }
    }

    /// Each quarter's slip probability for project `p` when the drivers block `blocked`.
    func quarterSlip(_ p: Int, blocked: Int) -> SIMD4<Double> {
        var s = SIMD4(repeating: slip[p])
        for k in 0..<4 where blocked & 1 << k != 0 { s[k] = 1 }
        return s
    }

    /// The expected amount paid by the end of each quarter 1…4 in the simulation (0 up to A), summed over all
    /// items. With slip probability s_i in quarter i, money due in j is paid by k unless it slips in every quarter
    /// j…k: Σ_j due_j × (1 − s_j ⋯ s_k). With drivers this is the mixture over the states of the drivers that
    /// touch the project (a driver's quarter slips with probability 1). The items of a project share its s_i, so
    /// their amounts due are added up first.
    func expectedPaidToDate() -> [Double] {
        var out = [Double](repeating: 0, count: 4)
        for p in 0..<projectCount {
            let owed = projectDue(p)
            forEachDriverState(p) { probability, blocked in
                let s = quarterSlip(p, blocked: blocked)
                for k in fromQuarter..<4 {
                    var slipAll = 1.0
                    for j in stride(from: k, through: fromQuarter, by: -1) {
                        slipAll *= s[j]
                        out[k] += probability * owed[j] * (1 - slipAll)
                    }
                }
            }
        }
        return out
    }

    /// Each project's expected unspent amount in satang: what is fixed, plus Σ_j due_j × s_j ⋯ s_4, mixed over the
    /// drivers' states.
    func expectedUnspent() -> [Double] {
        (0..<projectCount).map { p in
            var total = Double(fixedUnspent[p])
            let owed = projectDue(p)
            forEachDriverState(p) { probability, blocked in
                let s = quarterSlip(p, blocked: blocked)
                var slipAll = 1.0
                for j in stride(from: 3, through: fromQuarter, by: -1) {
                    slipAll *= s[j]
                    total += probability * owed[j] * slipAll
                }
            }
            return total
        }
    }

    /// Project `p`'s amounts due in each quarter, added over its items.
    private func projectDue(_ p: Int) -> SIMD4<Double> {
        var sum = SIMD4<Double>()
        for item in itemStart[p]..<itemStart[p + 1] {
            sum += SIMD4(
                Double(due[item * 4]), Double(due[item * 4 + 1]), Double(due[item * 4 + 2]), Double(due[item * 4 + 3]))
        }
        return sum
    }
}
